import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  isSecureOrLoopback
} from "./chunk-BKZXKTCB.js";
import {
  checkPlainQueueFileAt,
  checkQueueFileAt,
  checkSkillClaims,
  readYamlFile,
  schemaProblems,
  validators
} from "./chunk-IHX4MFJ2.js";
import {
  agentRef,
  desiredEntry
} from "./chunk-R75TXLSG.js";
import {
  isMovable,
  isTransferable,
  kFieldCount,
  kQueueOptions,
  kRequestCountField,
  kResponseCountField,
  kTransferable,
  kValue,
  markMovable,
  withNullPrototype
} from "./chunk-KNMBURMO.js";

// src/domain/problem.ts
function sortProblems(problems) {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.code.localeCompare(b.code));
}
var hasErrors = (problems) => problems.some((p) => p.severity === "error");

// src/config/tenant-folder.ts
import { access, readdir, stat } from "node:fs/promises";
import path from "node:path";
var TENANTS_DIR = "tenants";
var SETTINGS = "skillops.yaml";
var TENANT_NAME = /^[a-z0-9][a-z0-9_-]{0,39}$/;
var isTenantName = (name) => TENANT_NAME.test(name);
var TENANT_NAME_RULE = 'lowercase letters, digits, "-" and "_", starting with a letter or digit, at most 40 characters';
function tenantOfSettings(settingsFile) {
  const absolute = path.resolve(settingsFile);
  if (path.basename(absolute) !== SETTINGS) return void 0;
  const dir = path.dirname(absolute);
  const parent = path.dirname(dir);
  if (path.basename(parent) !== TENANTS_DIR) return void 0;
  const name = path.basename(dir);
  if (!isTenantName(name)) return void 0;
  return { name, dir, repoRoot: path.dirname(parent) };
}
var exists = (file) => access(file).then(
  () => true,
  () => false
);
var isDirectory = (dir) => stat(dir).then(
  (s) => s.isDirectory(),
  () => false
);
async function findTenantsRoot(cwd) {
  let dir = path.resolve(cwd);
  for (; ; ) {
    if (await isDirectory(path.join(dir, TENANTS_DIR))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir || await exists(path.join(dir, ".git"))) return void 0;
    dir = parent;
  }
}
async function listTenantFolders(repoRoot) {
  const base = path.join(repoRoot, TENANTS_DIR);
  const entries = await readdir(base, { withFileTypes: true });
  const listing = { tenants: [], refused: [] };
  for (const entry of entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    if (!isTenantName(entry.name)) {
      listing.refused.push({ name: entry.name, why: `a tenant folder's name must be ${TENANT_NAME_RULE}` });
    } else if (!await exists(path.join(base, entry.name, SETTINGS))) {
      listing.refused.push({ name: entry.name, why: `it has no ${SETTINGS}` });
    } else {
      listing.tenants.push({ name: entry.name, dir: path.join(base, entry.name), repoRoot });
    }
  }
  return listing;
}

// src/config/settings.ts
import { access as access2 } from "node:fs/promises";
import path2 from "node:path";

// src/domain/settings.ts
var DEFAULT_SETTINGS = {
  cxone: { authUrl: "https://cxone.niceincontact.com", apiVersion: "v34.0" },
  skillsDir: "skills",
  proficiencyScale: { min: 1, max: 20 },
  timeZone: "UTC",
  apply: { batchSize: 50, concurrency: 4, requestsPerSecond: 20, bulkPairs: 1e3 },
  read: { pageSize: 1e4, concurrency: 4 },
  safety: { maxRemovePercent: 30, maxChangePercent: 50, minExistingAssignments: 10 },
  queueDefaults: { staffing: [], teams: [] },
  agents: { protected: [] },
  audit: { directory: "audit", branch: "skillops-audit" },
  schedule: { selfHeal: false, catchUpDays: 3 },
  webhook: {},
  impact: { enabled: true, lookbackDays: 0 },
  exclude: [],
  expectedWarnings: []
};
var TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var isTenantId = (id) => TENANT_ID.test(id);

// src/config/settings.ts
var SETTINGS_FILE = "skillops.yaml";
function resolveSettings(raw, tenant) {
  const d = tenant ? tenantDefaults(tenant) : DEFAULT_SETTINGS;
  const settings = {
    cxone: { ...d.cxone, ...raw.cxone },
    skillsDir: raw.skillsDir ?? d.skillsDir,
    proficiencyScale: { ...d.proficiencyScale, ...raw.proficiencyScale },
    timeZone: raw.timeZone ?? d.timeZone,
    apply: { ...d.apply, ...raw.apply },
    read: { ...d.read, ...raw.read },
    safety: { ...d.safety, ...raw.safety },
    queueDefaults: {
      ...raw.queueDefaults?.minActiveAgents !== void 0 ? { minActiveAgents: raw.queueDefaults.minActiveAgents } : {},
      staffing: [...raw.queueDefaults?.staffing ?? d.queueDefaults.staffing],
      teams: [...raw.queueDefaults?.teams ?? d.queueDefaults.teams],
      ...raw.queueDefaults?.liveImpact ? { liveImpact: { ...raw.queueDefaults.liveImpact } } : {}
    },
    agents: {
      ...raw.agents?.maxActiveSkills !== void 0 ? { maxActiveSkills: raw.agents.maxActiveSkills } : {},
      protected: [...raw.agents?.protected ?? []]
    },
    ...raw.changeWindows ? {
      changeWindows: {
        timeZone: raw.changeWindows.timeZone ?? raw.timeZone ?? d.timeZone,
        weekly: [...raw.changeWindows.weekly ?? []],
        freezes: [...raw.changeWindows.freezes ?? []]
      }
    } : {},
    audit: { ...d.audit, ...raw.audit },
    schedule: { ...d.schedule, ...raw.schedule },
    webhook: { ...raw.webhook },
    impact: { ...d.impact, ...raw.impact },
    exclude: [...raw.exclude ?? []],
    expectedWarnings: [...raw.expectedWarnings ?? []]
  };
  return settings;
}
function tenantDefaults(tenant) {
  const directory = path2.relative(tenant.dir, path2.join(tenant.repoRoot, "audit", tenant.name)).split(path2.sep).join("/");
  return { ...DEFAULT_SETTINGS, audit: { ...DEFAULT_SETTINGS.audit, directory } };
}
async function findSettingsFile(cwd) {
  let dir = path2.resolve(cwd);
  for (; ; ) {
    const candidate = path2.join(dir, SETTINGS_FILE);
    if (await exists2(candidate)) return candidate;
    const parent = path2.dirname(dir);
    if (parent === dir || await exists2(path2.join(dir, ".git"))) return void 0;
    dir = parent;
  }
}
var exists2 = (file) => access2(file).then(
  () => true,
  () => false
);
async function loadSettings(settingsPath, cwd = process.cwd()) {
  const absolute = path2.resolve(cwd, settingsPath);
  const root = path2.dirname(absolute);
  const display = path2.relative(cwd, absolute) || settingsPath;
  const tenant = tenantOfSettings(absolute);
  const defaults = tenant ? tenantDefaults(tenant) : DEFAULT_SETTINGS;
  const base = { root, ...tenant ? { tenant } : {} };
  try {
    await access2(absolute);
  } catch {
    return { ...base, settings: defaults, file: void 0, problems: [] };
  }
  const read = readYamlFile(absolute, display, root);
  if (!read.ok) return { ...base, settings: defaults, file: display, problems: read.problems };
  const { parsed } = read;
  const validate = validators().settings;
  const schemaErrors = validate(parsed.data) ? [] : schemaProblems(validate.errors ?? [], parsed).problems;
  const settings = resolvedOrUndefined(parsed.data, tenant);
  if (!settings) return { ...base, settings: defaults, file: display, problems: schemaErrors };
  const problems = [...schemaErrors];
  const taken = new Set(schemaErrors.map((p) => `${p.line}:${p.col}`));
  const at = (segments, code, message) => {
    const { line, col } = parsed.locate(segments);
    if (taken.has(`${line}:${col}`)) return;
    problems.push({ file: display, line, col, severity: "error", code, message });
  };
  const text = (value) => typeof value === "string";
  const scale = settings.proficiencyScale;
  if (typeof scale.min === "number" && typeof scale.max === "number" && scale.min > scale.max) {
    at(["proficiencyScale"], "scale-inverted", `proficiencyScale min ${scale.min} is above max ${scale.max}`);
  }
  if (text(settings.timeZone) && !isValidTimeZone(settings.timeZone)) {
    at(["timeZone"], "time-zone", `timeZone "${settings.timeZone}" is not an IANA time zone (e.g. Europe/London)`);
  }
  const tenantId = settings.cxone.tenantId;
  if (text(tenantId) && !isTenantId(tenantId)) {
    at(
      ["cxone", "tenantId"],
      "tenant-id",
      `cxone.tenantId must be the tenant's UUID (e.g. 11eb2f3c-5a1d-4a3b-9c2e-0242ac110002; CXone discovery accepts nothing else), not "${tenantId.slice(0, 80)}"`
    );
  }
  const windows = settings.changeWindows;
  if (windows && text(parsed.data.changeWindows?.timeZone) && !isValidTimeZone(windows.timeZone)) {
    at(["changeWindows", "timeZone"], "time-zone", `changeWindows.timeZone "${windows.timeZone}" is not an IANA time zone (e.g. Europe/London)`);
  }
  (Array.isArray(windows?.freezes) ? windows.freezes : []).forEach((f, i) => {
    if (text(f?.from) && text(f?.until) && f.from > f.until)
      at(["changeWindows", "freezes", i, "from"], "dates-inverted", `freeze from ${f.from} is after until ${f.until}`);
  });
  for (const key of ["apiBase", "authUrl"]) {
    const url = settings.cxone[key];
    if (!text(url)) continue;
    if (!URL.canParse(url)) at(["cxone", key], "url", `cxone.${key} is not a URL (e.g. https://api-na1.niceincontact.com)`);
    else if (!isSecureOrLoopback(url)) at(["cxone", key], "insecure-url", `cxone.${key} must use https (http is allowed only for loopback addresses)`);
  }
  const hook = settings.webhook.url;
  if (text(hook) && !isSecureOrLoopback(hook)) {
    at(["webhook", "url"], "insecure-url", "webhook.url must use https (http is allowed only for loopback addresses)");
  }
  if (schemaErrors.length > 0) return { ...base, settings: defaults, file: display, problems };
  return { ...base, settings, file: display, problems };
}
function resolvedOrUndefined(raw, tenant) {
  if (typeof raw !== "object" || raw === null) return void 0;
  try {
    return resolveSettings(raw, tenant);
  } catch {
    return void 0;
  }
}
function isValidTimeZone(zone) {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

// src/config/list-queue-files.ts
import { readdir as readdir2 } from "node:fs/promises";
import path3 from "node:path";
var MAX_FOLDER_DEPTH = 16;
async function listQueueFiles(folder) {
  const found = [];
  const walk = async (relative, depth, entries) => {
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      const absolute = path3.join(folder, rel);
      if (entry.isDirectory()) {
        if (depth < MAX_FOLDER_DEPTH) await walk(rel, depth + 1, await readdir2(absolute, { withFileTypes: true }).catch(() => []));
      } else if (/\.ya?ml$/i.test(entry.name)) found.push({ relative: rel, absolute, regular: entry.isFile() });
    }
  };
  await walk("", 0, await readdir2(folder, { withFileTypes: true }));
  return found.sort((a, b) => a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0);
}

// src/config/load-desired-state.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { stat as stat2 } from "node:fs/promises";
import path5 from "node:path";

// src/text/time-slice.ts
var SLICE_MS = 15;
var DUE_SLACK_MS = 1;
var dues = /* @__PURE__ */ new Set();
var nextDue = Number.POSITIVE_INFINITY;
function expectDue(at) {
  const due = { at };
  dues.add(due);
  nextDue = Math.min(nextDue, at);
  return () => {
    dues.delete(due);
    nextDue = Number.POSITIVE_INFINITY;
    for (const d of dues) nextDue = Math.min(nextDue, d.at);
  };
}
function timeSlices(ms = SLICE_MS) {
  let start = performance.now();
  return {
    pause() {
      const now = performance.now();
      if (now - start <= ms && now < nextDue - DUE_SLACK_MS) return void 0;
      return new Promise(
        (resolve) => setImmediate(() => {
          start = performance.now();
          resolve();
        })
      );
    }
  };
}

// src/config/check-cache.ts
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { readdirSync } from "node:fs";
import { lstat, mkdir, open, readFile, rename, writeFile } from "node:fs/promises";
import path4 from "node:path";
import { fileURLToPath } from "node:url";
var CACHE_FILE = "queue-files.jsonl";
var FORMAT = "skillops-check-cache/3";
var codeFingerprint;
function fingerprintOfCode() {
  codeFingerprint ??= (async () => {
    const code = fileURLToPath(new URL("..", new URL("./config/check-cache.js", import.meta.url).href));
    const root = fileURLToPath(new URL("../../", new URL("./config/check-cache.js", import.meta.url).href));
    const names = readdirSync(code, { recursive: true, encoding: "utf8" }).filter((name) => /\.(js|ts)$/.test(name) && !name.includes("node_modules")).sort();
    const files = [
      path4.join(root, "package.json"),
      ...["queue.schema.json", "settings.schema.json"].map((schema) => path4.join(root, "schemas", schema)),
      ...names.map((name) => path4.join(code, name))
    ];
    const contents = await Promise.all(files.map((file) => readFile(file).catch(() => void 0)));
    const hash = createHash("sha256").update(FORMAT);
    files.forEach((file, i) => {
      const bytes = contents[i];
      if (bytes) hash.update(file.slice(root.length)).update(bytes);
      else hash.update(`${file}:missing`);
    });
    return hash.digest("hex");
  })();
  return codeFingerprint;
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function packAgent(agent, file) {
  const keys = 5 + (agent.from !== void 0 ? 1 : 0) + (agent.until !== void 0 ? 1 : 0);
  const same = Object.keys(agent).length === keys && agent.at.file === file && Object.keys(agent.at).length === 3 && JSON.stringify(agentRef(agent.written)) === JSON.stringify(agent.agent);
  return same ? [agent.written, agent.proficiency, agent.active ? 1 : 0, agent.at.line, agent.at.col, agent.from ?? 0, agent.until ?? 0] : agent;
}
function unpackAgent(packed, file) {
  if (isObject(packed))
    return isObject(packed.agent) && typeof packed.written === "string" && isObject(packed.at) ? packed : void 0;
  if (!Array.isArray(packed) || packed.length !== 7) return void 0;
  const [written, proficiency, active, line, col, from, until] = packed;
  if (typeof written !== "string" || typeof proficiency !== "number" || active !== 0 && active !== 1 || typeof line !== "number" || typeof col !== "number")
    return void 0;
  if (from !== 0 && typeof from !== "string" || until !== 0 && typeof until !== "string") return void 0;
  return desiredEntry(written, proficiency, active === 1, from || void 0, until || void 0, file, line, col);
}
function pack(result) {
  if (!result.queue) return JSON.stringify(result);
  const { file } = result.queue;
  return JSON.stringify({ ...result, queue: { ...result.queue, agents: result.queue.agents.map((a) => packAgent(a, file)) } });
}
function unpack(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (!isObject(value) || !Array.isArray(value.problems)) return void 0;
  if (!value.problems.every(
    (p) => isObject(p) && typeof p.file === "string" && typeof p.line === "number" && typeof p.col === "number" && typeof p.message === "string" && typeof p.code === "string" && (p.severity === "error" || p.severity === "warning")
  ))
    return void 0;
  const c = value.claim;
  if (c !== void 0 && !(isObject(c) && typeof c.skill === "string" && typeof c.file === "string" && isObject(c.at) && (c.skillId === void 0 || typeof c.skillId === "number")))
    return void 0;
  if (value.queue === void 0) return value;
  const q = value.queue;
  if (!(isObject(q) && typeof q.skill === "string" && typeof q.file === "string" && Array.isArray(q.agents) && isObject(q.at) && isObject(q.proficiency)))
    return void 0;
  const agents = [];
  for (const packed of q.agents) {
    const agent = unpackAgent(packed, q.file);
    if (!agent) return void 0;
    agents.push(agent);
  }
  q.agents = agents;
  return value;
}
var SECRET_BYTES = 32;
var WRITE_CHUNK = 1 << 20;
async function machineCacheSecret(file) {
  const read = async () => {
    const bytes = await readFile(file);
    return bytes.length === SECRET_BYTES ? bytes : void 0;
  };
  try {
    return await read();
  } catch {
    try {
      await mkdir(path4.dirname(file), { recursive: true, mode: 448 });
      await writeFile(file, randomBytes(SECRET_BYTES), { flag: "wx", mode: 384 });
    } catch {
    }
    try {
      return await read();
    } catch {
      return void 0;
    }
  }
}
var macOf = (secret, key, result) => createHmac("sha256", secret).update(key).update(" ").update(result).digest("hex");
var verifies = (secret, key, mac, result) => {
  const expected = Buffer.from(macOf(secret, key, result));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected);
};
async function isPlainFolderOrAbsent(directory) {
  try {
    return (await lstat(directory)).isDirectory();
  } catch (error) {
    return error.code === "ENOENT";
  }
}
async function openCheckCache(directory, settings, secret) {
  const code = await fingerprintOfCode();
  const settingsHash = createHash("sha256").update(JSON.stringify(settings)).digest("hex");
  const file = path4.join(directory, CACHE_FILE);
  const stored = /* @__PURE__ */ new Map();
  const usable = await isPlainFolderOrAbsent(directory);
  try {
    if (!usable) throw new Error("not a plain folder");
    const text = await readFile(file, "utf8");
    const firstEnd = text.indexOf("\n");
    const header = JSON.parse(firstEnd < 0 ? text : text.slice(0, firstEnd));
    if (isObject(header) && header.format === FORMAT && header.code === code) {
      const slices = timeSlices();
      for (let start = firstEnd + 1; start > 0 && start < text.length; ) {
        await slices.pause();
        let end = text.indexOf("\n", start);
        if (end < 0) end = text.length;
        const space = text.indexOf(" ", start);
        const second = space < 0 ? -1 : text.indexOf(" ", space + 1);
        if (space > start && second > space && second < end) {
          const key = text.slice(start, space);
          const result = text.slice(second + 1, end);
          if (verifies(secret, key, text.slice(space + 1, second), result)) stored.set(key, result);
        }
        start = end + 1;
      }
    }
  } catch {
  }
  const used = /* @__PURE__ */ new Map();
  let hits = 0;
  let changed = stored.size === 0;
  return {
    keyOf: (shown, content) => createHash("sha256").update(settingsHash).update("\0").update(shown).update("\0").update(content).digest("hex"),
    get(key) {
      const line = stored.get(key);
      const entry = line === void 0 ? void 0 : unpack(line);
      if (!entry) return void 0;
      hits++;
      used.set(key, line);
      return entry;
    },
    set(key, result) {
      changed = true;
      used.set(key, result);
    },
    get hits() {
      return hits;
    },
    async save() {
      if (!usable || !changed && used.size === stored.size) return;
      const header = { format: FORMAT, code };
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        await mkdir(directory, { recursive: true });
        const handle = await open(temporary, "w");
        try {
          let chunk = `${JSON.stringify(header)}
`;
          for (const [key, entry] of used) {
            const line = typeof entry === "string" ? entry : pack(entry);
            chunk += `${key} ${macOf(secret, key, line)} ${line}
`;
            if (chunk.length >= WRITE_CHUNK) {
              await handle.writeFile(chunk);
              chunk = "";
            }
          }
          await handle.writeFile(chunk);
        } finally {
          await handle.close();
        }
        await rename(temporary, file);
      } catch {
      }
    }
  };
}

// src/config/check-files.ts
import { availableParallelism as availableParallelism2 } from "node:os";
import { extname } from "node:path";
import { fileURLToPath as fileURLToPath3 } from "node:url";

// node_modules/tinypool/dist/index.js
import { MessageChannel, MessagePort, Worker, receiveMessageOnPort } from "node:worker_threads";
import { EventEmitterAsyncResource, once } from "node:events";
import { AsyncResource } from "node:async_hooks";
import { URL as URL2, fileURLToPath as fileURLToPath2 } from "node:url";
import { inspect, types } from "node:util";
import assert from "node:assert";
import { performance as performance2 } from "node:perf_hooks";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fork } from "node:child_process";
var ThreadWorker = class {
  name = "ThreadWorker";
  runtime = "worker_threads";
  initialize(options) {
    this.thread = new Worker(fileURLToPath2(new URL2("./tinypool-worker.js", import.meta.url).href), options);
    this.threadId = this.thread.threadId;
  }
  async terminate() {
    const output = await this.thread.terminate();
    this.channel?.onClose?.();
    return output;
  }
  postMessage(message, transferListItem) {
    return this.thread.postMessage(message, transferListItem);
  }
  on(event, callback) {
    return this.thread.on(event, callback);
  }
  once(event, callback) {
    return this.thread.once(event, callback);
  }
  emit(event, ...data) {
    return this.thread.emit(event, ...data);
  }
  ref() {
    return this.thread.ref();
  }
  unref() {
    return this.thread.unref();
  }
  setChannel(channel) {
    if (channel.onMessage) throw new Error("{ runtime: 'worker_threads' } doesn't support channel.onMessage. Use transferListItem for listening to messages instead.");
    if (channel.postMessage) throw new Error("{ runtime: 'worker_threads' } doesn't support channel.postMessage. Use transferListItem for sending to messages instead.");
    if (this.channel && this.channel !== channel) this.channel.onClose?.();
    this.channel = channel;
  }
};
var __tinypool_worker_message__ = true;
var SIGKILL_TIMEOUT = 1e3;
var ProcessWorker = class {
  name = "ProcessWorker";
  runtime = "child_process";
  isTerminating = false;
  initialize(options) {
    this.process = fork(fileURLToPath2(import.meta.url + "/../entry/process.js"), options.argv, {
      ...options,
      stdio: "pipe",
      env: {
        ...options.env,
        TINYPOOL_WORKER_ID: options.workerData[0].workerId.toString()
      }
    });
    process.stdout.setMaxListeners(1 + process.stdout.getMaxListeners());
    process.stderr.setMaxListeners(1 + process.stderr.getMaxListeners());
    this.process.stdout?.pipe(process.stdout);
    this.process.stderr?.pipe(process.stderr);
    this.threadId = this.process.pid;
    this.process.on("exit", this.onUnexpectedExit);
    this.waitForExit = new Promise((r) => this.process.on("exit", r));
  }
  onUnexpectedExit = () => {
    this.process.emit("error", new Error("Worker exited unexpectedly"));
  };
  async terminate() {
    this.isTerminating = true;
    this.process.off("exit", this.onUnexpectedExit);
    const sigkillTimeout = setTimeout(() => this.process.kill("SIGKILL"), SIGKILL_TIMEOUT);
    this.process.kill();
    await this.waitForExit;
    this.process.stdout?.unpipe(process.stdout);
    this.process.stderr?.unpipe(process.stderr);
    this.port?.close();
    this.channel?.onClose?.();
    clearTimeout(sigkillTimeout);
  }
  setChannel(channel) {
    if (this.channel && this.channel !== channel) this.channel.onClose?.();
    this.channel = channel;
    this.channel.onMessage?.((message) => {
      this.send(message);
    });
  }
  send(message) {
    if (!this.isTerminating) this.process.send(message);
  }
  postMessage(message, transferListItem) {
    transferListItem?.forEach((item) => {
      if (item instanceof MessagePort) {
        this.port = item;
        this.port.start();
      }
    });
    if (this.port) this.port.on("message", (message$1) => this.send({
      ...message$1,
      source: "port",
      __tinypool_worker_message__
    }));
    return this.send({
      ...message,
      source: "pool",
      __tinypool_worker_message__
    });
  }
  on(event, callback) {
    return this.process.on(event, (data) => {
      if (event === "error") return callback(data);
      if (!data || !data.__tinypool_worker_message__) return this.channel?.postMessage?.(data);
      if (data.source === "pool") callback(data);
      else if (data.source === "port") this.port.postMessage(data);
    });
  }
  once(event, callback) {
    return this.process.once(event, callback);
  }
  emit(event, ...data) {
    return this.process.emit(event, ...data);
  }
  ref() {
    return this.process.ref();
  }
  unref() {
    this.port?.unref();
    this.process.channel?.unref?.();
    if (hasUnref(this.process.stdout)) this.process.stdout.unref();
    if (hasUnref(this.process.stderr)) this.process.stderr.unref();
    return this.process.unref();
  }
};
function hasUnref(stream) {
  return stream != null && "unref" in stream && typeof stream.unref === "function";
}
var cpuCount = availableParallelism();
function onabort(abortSignal, listener) {
  if ("addEventListener" in abortSignal) abortSignal.addEventListener("abort", listener, { once: true });
  else abortSignal.once("abort", listener);
}
var AbortError = class extends Error {
  constructor() {
    super("The task has been aborted");
  }
  get name() {
    return "AbortError";
  }
};
var CancelError = class extends Error {
  constructor() {
    super("The task has been cancelled");
  }
  get name() {
    return "CancelError";
  }
};
var ArrayTaskQueue = class {
  tasks = [];
  get size() {
    return this.tasks.length;
  }
  shift() {
    return this.tasks.shift();
  }
  push(task) {
    this.tasks.push(task);
  }
  remove(task) {
    const index = this.tasks.indexOf(task);
    assert.notStrictEqual(index, -1);
    this.tasks.splice(index, 1);
  }
  cancel() {
    while (this.tasks.length > 0) {
      const task = this.tasks.pop();
      task?.cancel();
    }
  }
};
var kDefaultOptions = {
  filename: null,
  name: "default",
  runtime: "worker_threads",
  minThreads: Math.max(cpuCount / 2, 1),
  maxThreads: cpuCount,
  idleTimeout: 0,
  maxQueue: Infinity,
  concurrentTasksPerWorker: 1,
  useAtomics: true,
  taskQueue: new ArrayTaskQueue(),
  trackUnmanagedFds: true
};
var kDefaultRunOptions = {
  transferList: void 0,
  filename: null,
  signal: null,
  name: null
};
var DirectlyTransferable = class {
  #value;
  constructor(value) {
    this.#value = value;
  }
  get [kTransferable]() {
    return this.#value;
  }
  get [kValue]() {
    return this.#value;
  }
};
var ArrayBufferViewTransferable = class {
  #view;
  constructor(view) {
    this.#view = view;
  }
  get [kTransferable]() {
    return this.#view.buffer;
  }
  get [kValue]() {
    return this.#view;
  }
};
var taskIdCounter = 0;
function maybeFileURLToPath(filename) {
  if (typeof filename !== "string") return filename.protocol === "file:" ? fileURLToPath2(filename) : filename.href;
  return filename.startsWith("file:") ? fileURLToPath2(new URL2(filename)) : filename;
}
var TaskInfo = class extends AsyncResource {
  abortListener = null;
  workerInfo = null;
  constructor(task, transferList, filename, name, callback, abortSignal, triggerAsyncId, channel) {
    super("Tinypool.Task", {
      requireManualDestroy: true,
      triggerAsyncId
    });
    this.callback = callback;
    this.task = task;
    this.transferList = transferList;
    this.cancel = () => this.callback(new CancelError(), null);
    this.channel = channel;
    if (isMovable(task)) {
      if (this.transferList == null) this.transferList = [];
      this.transferList = this.transferList.concat(task[kTransferable]);
      this.task = task[kValue];
    }
    this.filename = filename;
    this.name = name;
    this.taskId = taskIdCounter++;
    this.abortSignal = abortSignal;
    this.created = performance2.now();
    this.started = 0;
  }
  releaseTask() {
    const ret = this.task;
    this.task = null;
    return ret;
  }
  done(err, result) {
    this.emitDestroy();
    this.runInAsyncScope(this.callback, null, err, result);
    if (this.abortSignal && this.abortListener) if ("removeEventListener" in this.abortSignal && this.abortListener) this.abortSignal.removeEventListener("abort", this.abortListener);
    else this.abortSignal.off("abort", this.abortListener);
  }
  get [kQueueOptions]() {
    return kQueueOptions in this.task ? this.task[kQueueOptions] : null;
  }
};
var AsynchronouslyCreatedResource = class {
  onreadyListeners = [];
  markAsReady() {
    const listeners = this.onreadyListeners;
    assert(listeners !== null);
    this.onreadyListeners = null;
    for (const listener of listeners) listener();
  }
  isReady() {
    return this.onreadyListeners === null;
  }
  onReady(fn) {
    if (this.onreadyListeners === null) {
      fn();
      return;
    }
    this.onreadyListeners.push(fn);
  }
};
var AsynchronouslyCreatedResourcePool = class {
  pendingItems = /* @__PURE__ */ new Set();
  readyItems = /* @__PURE__ */ new Set();
  constructor(maximumUsage) {
    this.maximumUsage = maximumUsage;
    this.onAvailableListeners = [];
  }
  add(item) {
    this.pendingItems.add(item);
    item.onReady(() => {
      if (this.pendingItems.has(item)) {
        this.pendingItems.delete(item);
        this.readyItems.add(item);
        this.maybeAvailable(item);
      }
    });
  }
  delete(item) {
    this.pendingItems.delete(item);
    this.readyItems.delete(item);
  }
  findAvailable() {
    let minUsage = this.maximumUsage;
    let candidate = null;
    for (const item of this.readyItems) {
      const usage = item.currentUsage();
      if (usage === 0) return item;
      if (usage < minUsage) {
        candidate = item;
        minUsage = usage;
      }
    }
    return candidate;
  }
  *[Symbol.iterator]() {
    yield* this.pendingItems;
    yield* this.readyItems;
  }
  get size() {
    return this.pendingItems.size + this.readyItems.size;
  }
  maybeAvailable(item) {
    if (item.currentUsage() < this.maximumUsage) for (const listener of this.onAvailableListeners) listener(item);
  }
  onAvailable(fn) {
    this.onAvailableListeners.push(fn);
  }
};
var Errors = {
  ThreadTermination: () => new Error("Terminating worker thread"),
  FilenameNotProvided: () => new Error("filename must be provided to run() or in options object"),
  TaskQueueAtLimit: () => new Error("Task queue is at limit"),
  NoTaskQueueAvailable: () => new Error("No task queue available and all Workers are busy")
};
var WorkerInfo = class extends AsynchronouslyCreatedResource {
  idleTimeout = null;
  lastSeenResponseCount = 0;
  constructor(worker, port, workerId, freeWorkerId, onMessage, filename, teardown) {
    super();
    this.worker = worker;
    this.workerId = workerId;
    this.freeWorkerId = freeWorkerId;
    this.teardown = teardown;
    this.filename = filename;
    this.port = port;
    this.port.on("message", (message) => this._handleResponse(message));
    this.onMessage = onMessage;
    this.taskInfos = /* @__PURE__ */ new Map();
    this.sharedBuffer = new Int32Array(new SharedArrayBuffer(kFieldCount * Int32Array.BYTES_PER_ELEMENT));
  }
  async destroy(timeout) {
    let resolve;
    let reject;
    const ret = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    if (this.teardown && this.filename) {
      const { teardown, filename } = this;
      await new Promise((resolve$1, reject$1) => {
        this.postTask(new TaskInfo({}, [], filename, teardown, (error, result) => error ? reject$1(error) : resolve$1(result), null, 1, void 0));
      });
    }
    const timer = timeout ? setTimeout(() => reject(new Error("Failed to terminate worker")), timeout) : null;
    this.worker.terminate().then(() => {
      if (timer !== null) clearTimeout(timer);
      this.port.close();
      this.clearIdleTimeout();
      for (const taskInfo of this.taskInfos.values()) taskInfo.done(Errors.ThreadTermination());
      this.taskInfos.clear();
      resolve();
    });
    return ret;
  }
  clearIdleTimeout() {
    if (this.idleTimeout !== null) {
      clearTimeout(this.idleTimeout);
      this.idleTimeout = null;
    }
  }
  ref() {
    this.port.ref();
    return this;
  }
  unref() {
    this.port.unref();
    return this;
  }
  _handleResponse(message) {
    this.usedMemory = message.usedMemory;
    this.onMessage(message);
    if (this.taskInfos.size === 0) this.unref();
  }
  postTask(taskInfo) {
    assert(!this.taskInfos.has(taskInfo.taskId));
    const message = {
      task: taskInfo.releaseTask(),
      taskId: taskInfo.taskId,
      filename: taskInfo.filename,
      name: taskInfo.name
    };
    try {
      if (taskInfo.channel) this.worker.setChannel?.(taskInfo.channel);
      this.port.postMessage(message, taskInfo.transferList);
    } catch (err) {
      taskInfo.done(err);
      return;
    }
    taskInfo.workerInfo = this;
    this.taskInfos.set(taskInfo.taskId, taskInfo);
    this.ref();
    this.clearIdleTimeout();
    Atomics.add(this.sharedBuffer, kRequestCountField, 1);
    Atomics.notify(this.sharedBuffer, kRequestCountField, 1);
  }
  processPendingMessages() {
    const actualResponseCount = Atomics.load(this.sharedBuffer, kResponseCountField);
    if (actualResponseCount !== this.lastSeenResponseCount) {
      this.lastSeenResponseCount = actualResponseCount;
      let entry;
      while ((entry = receiveMessageOnPort(this.port)) !== void 0) this._handleResponse(entry.message);
    }
  }
  isRunningAbortableTask() {
    if (this.taskInfos.size !== 1) return false;
    const [first] = this.taskInfos;
    const [, task] = first || [];
    return task?.abortSignal !== null;
  }
  currentUsage() {
    if (this.isRunningAbortableTask()) return Infinity;
    return this.taskInfos.size;
  }
};
var ThreadPool = class {
  skipQueue = [];
  completed = 0;
  start = performance2.now();
  inProcessPendingMessages = false;
  startingUp = false;
  workerFailsDuringBootstrap = false;
  constructor(publicInterface, options) {
    this.publicInterface = publicInterface;
    this.taskQueue = options.taskQueue || new ArrayTaskQueue();
    const filename = options.filename ? maybeFileURLToPath(options.filename) : null;
    this.options = withNullPrototype({
      ...kDefaultOptions,
      ...options,
      filename,
      maxQueue: 0
    });
    if (options.maxThreads !== void 0 && this.options.minThreads >= options.maxThreads) this.options.minThreads = options.maxThreads;
    if (options.minThreads !== void 0 && this.options.maxThreads <= options.minThreads) this.options.maxThreads = options.minThreads;
    if (options.maxQueue === "auto") this.options.maxQueue = this.options.maxThreads ** 2;
    else this.options.maxQueue = options.maxQueue ?? kDefaultOptions.maxQueue;
    this.workerIds = new Map(new Array(this.options.maxThreads).fill(0).map((_, i) => [i + 1, true]));
    this.workers = new AsynchronouslyCreatedResourcePool(this.options.concurrentTasksPerWorker);
    this.workers.onAvailable((w) => this._onWorkerAvailable(w));
    this.startingUp = true;
    this._ensureMinimumWorkers();
    this.startingUp = false;
  }
  _ensureEnoughWorkersForTaskQueue() {
    while (this.workers.size < this.taskQueue.size && this.workers.size < this.options.maxThreads) this._addNewWorker();
  }
  _ensureMaximumWorkers() {
    while (this.workers.size < this.options.maxThreads) this._addNewWorker();
  }
  _ensureMinimumWorkers() {
    while (this.workers.size < this.options.minThreads) this._addNewWorker();
  }
  _addNewWorker() {
    const workerIds = this.workerIds;
    let workerId;
    workerIds.forEach((isIdAvailable, _workerId$1) => {
      if (isIdAvailable && !workerId) {
        workerId = _workerId$1;
        workerIds.set(_workerId$1, false);
      }
    });
    const tinypoolPrivateData = { workerId };
    const worker = this.options.runtime === "child_process" ? new ProcessWorker() : new ThreadWorker();
    worker.initialize({
      env: this.options.env,
      argv: this.options.argv,
      execArgv: this.options.execArgv,
      resourceLimits: this.options.resourceLimits,
      workerData: [tinypoolPrivateData, this.options.workerData],
      trackUnmanagedFds: this.options.trackUnmanagedFds,
      serialization: this.options.serialization
    });
    const onMessage = (message$1) => {
      const { taskId, result } = message$1;
      const taskInfo = workerInfo.taskInfos.get(taskId);
      workerInfo.taskInfos.delete(taskId);
      if (!this.shouldRecycleWorker(taskInfo)) this.workers.maybeAvailable(workerInfo);
      if (taskInfo === void 0) {
        const err = new Error(`Unexpected message from Worker: ${inspect(message$1)}`);
        this.publicInterface.emit("error", err);
      } else taskInfo.done(message$1.error, result);
      this._processPendingMessages();
    };
    const { port1, port2 } = new MessageChannel();
    const workerInfo = new WorkerInfo(worker, port1, workerId, () => workerIds.set(workerId, true), onMessage, this.options.filename, this.options.teardown);
    if (this.startingUp) workerInfo.markAsReady();
    const message = {
      filename: this.options.filename,
      name: this.options.name,
      port: port2,
      sharedBuffer: workerInfo.sharedBuffer,
      useAtomics: this.options.useAtomics
    };
    worker.postMessage(message, [port2]);
    worker.on("message", (message$1) => {
      if (message$1.ready === true) {
        port1.start();
        if (workerInfo.currentUsage() === 0) workerInfo.unref();
        if (!workerInfo.isReady()) workerInfo.markAsReady();
        return;
      }
      worker.emit("error", new Error(`Unexpected message on Worker: ${inspect(message$1)}`));
    });
    worker.on("error", (err) => {
      worker.ref = () => {
      };
      const taskInfos = [...workerInfo.taskInfos.values()];
      workerInfo.taskInfos.clear();
      this._removeWorker(workerInfo);
      if (workerInfo.isReady() && !this.workerFailsDuringBootstrap) this._ensureMinimumWorkers();
      else this.workerFailsDuringBootstrap = true;
      if (taskInfos.length > 0) for (const taskInfo of taskInfos) taskInfo.done(err, null);
      else this.publicInterface.emit("error", err);
    });
    worker.unref();
    port1.on("close", () => {
      worker.ref();
    });
    this.workers.add(workerInfo);
  }
  _processPendingMessages() {
    if (this.inProcessPendingMessages || !this.options.useAtomics) return;
    this.inProcessPendingMessages = true;
    try {
      for (const workerInfo of this.workers) workerInfo.processPendingMessages();
    } finally {
      this.inProcessPendingMessages = false;
    }
  }
  _removeWorker(workerInfo) {
    workerInfo.freeWorkerId();
    this.workers.delete(workerInfo);
    return workerInfo.destroy(this.options.terminateTimeout);
  }
  _onWorkerAvailable(workerInfo) {
    while ((this.taskQueue.size > 0 || this.skipQueue.length > 0) && workerInfo.currentUsage() < this.options.concurrentTasksPerWorker) {
      const taskInfo = this.skipQueue.shift() || this.taskQueue.shift();
      if (taskInfo.abortSignal && workerInfo.taskInfos.size > 0) {
        this.skipQueue.push(taskInfo);
        break;
      }
      const now = performance2.now();
      taskInfo.started = now;
      workerInfo.postTask(taskInfo);
      this._maybeDrain();
      return;
    }
    if (workerInfo.taskInfos.size === 0 && this.workers.size > this.options.minThreads) workerInfo.idleTimeout = setTimeout(() => {
      assert.strictEqual(workerInfo.taskInfos.size, 0);
      if (this.workers.size > this.options.minThreads) this._removeWorker(workerInfo);
    }, this.options.idleTimeout).unref();
  }
  runTask(task, options) {
    let { filename, name } = options;
    const { transferList = [], signal = null, channel } = options;
    if (filename == null) filename = this.options.filename;
    if (name == null) name = this.options.name;
    if (typeof filename !== "string" && !(filename instanceof URL2)) return Promise.reject(Errors.FilenameNotProvided());
    filename = maybeFileURLToPath(filename);
    let resolve;
    let reject;
    const ret = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const taskInfo = new TaskInfo(task, transferList, filename, name, (err, result) => {
      this.completed++;
      if (err !== null) reject(err);
      if (this.shouldRecycleWorker(taskInfo)) this._removeWorker(taskInfo.workerInfo).then(() => this._ensureMinimumWorkers()).then(() => this._ensureEnoughWorkersForTaskQueue()).then(() => resolve(result)).catch(reject);
      else resolve(result);
    }, signal, this.publicInterface.asyncResource.asyncId(), channel);
    if (signal !== null) {
      if (signal.aborted) return Promise.reject(new AbortError());
      taskInfo.abortListener = () => {
        reject(new AbortError());
        if (taskInfo.workerInfo !== null) {
          this._removeWorker(taskInfo.workerInfo);
          this._ensureMinimumWorkers();
        } else this.taskQueue.remove(taskInfo);
      };
      onabort(signal, taskInfo.abortListener);
    }
    if (this.taskQueue.size > 0) {
      const totalCapacity = this.options.maxQueue + this.pendingCapacity();
      if (this.taskQueue.size >= totalCapacity) if (this.options.maxQueue === 0) return Promise.reject(Errors.NoTaskQueueAvailable());
      else return Promise.reject(Errors.TaskQueueAtLimit());
      else {
        if (this.workers.size < this.options.maxThreads) this._addNewWorker();
        this.taskQueue.push(taskInfo);
      }
      return ret;
    }
    let workerInfo = this.workers.findAvailable();
    if (workerInfo !== null && workerInfo.currentUsage() > 0 && signal) workerInfo = null;
    let waitingForNewWorker = false;
    if ((workerInfo === null || workerInfo.currentUsage() > 0) && this.workers.size < this.options.maxThreads) {
      this._addNewWorker();
      waitingForNewWorker = true;
    }
    if (workerInfo === null) {
      if (this.options.maxQueue <= 0 && !waitingForNewWorker) return Promise.reject(Errors.NoTaskQueueAvailable());
      else this.taskQueue.push(taskInfo);
      return ret;
    }
    const now = performance2.now();
    taskInfo.started = now;
    workerInfo.postTask(taskInfo);
    this._maybeDrain();
    return ret;
  }
  shouldRecycleWorker(taskInfo) {
    if (taskInfo?.workerInfo?.shouldRecycle) return true;
    if (this.options.isolateWorkers && taskInfo?.workerInfo) return true;
    if (!this.options.isolateWorkers && this.options.maxMemoryLimitBeforeRecycle !== void 0 && (taskInfo?.workerInfo?.usedMemory || 0) > this.options.maxMemoryLimitBeforeRecycle) return true;
    return false;
  }
  pendingCapacity() {
    return this.workers.pendingItems.size * this.options.concurrentTasksPerWorker;
  }
  _maybeDrain() {
    if (this.taskQueue.size === 0 && this.skipQueue.length === 0) this.publicInterface.emit("drain");
  }
  async destroy() {
    while (this.skipQueue.length > 0) {
      const taskInfo = this.skipQueue.shift();
      taskInfo.done(new Error("Terminating worker thread"));
    }
    while (this.taskQueue.size > 0) {
      const taskInfo = this.taskQueue.shift();
      taskInfo.done(new Error("Terminating worker thread"));
    }
    const exitEvents = [];
    while (this.workers.size > 0) {
      const [workerInfo] = this.workers;
      exitEvents.push(once(workerInfo.worker, "exit"));
      this._removeWorker(workerInfo);
    }
    await Promise.all(exitEvents);
  }
  async recycleWorkers(_options = {}) {
    const options = withNullPrototype(_options);
    const runtimeChanged = options?.runtime && options.runtime !== this.options.runtime;
    if (options?.runtime) this.options.runtime = options.runtime;
    if (this.options.isolateWorkers && !runtimeChanged) return;
    const exitEvents = [];
    Array.from(this.workers).filter((workerInfo) => {
      if (workerInfo.currentUsage() === 0) {
        exitEvents.push(once(workerInfo.worker, "exit"));
        this._removeWorker(workerInfo);
      } else workerInfo.shouldRecycle = true;
    });
    await Promise.all(exitEvents);
    this._ensureMinimumWorkers();
  }
};
var Tinypool = class extends EventEmitterAsyncResource {
  #pool;
  constructor(_options = {}) {
    const options = withNullPrototype(_options);
    if (options.minThreads !== void 0 && options.minThreads > 0 && options.minThreads < 1) options.minThreads = Math.max(1, Math.floor(options.minThreads * cpuCount));
    if (options.maxThreads !== void 0 && options.maxThreads > 0 && options.maxThreads < 1) options.maxThreads = Math.max(1, Math.floor(options.maxThreads * cpuCount));
    super({
      ...options,
      name: "Tinypool"
    });
    if (options.minThreads !== void 0 && options.maxThreads !== void 0 && options.minThreads > options.maxThreads) throw new RangeError("options.minThreads and options.maxThreads must not conflict");
    this.#pool = new ThreadPool(this, options);
  }
  run(task, options = kDefaultRunOptions) {
    const { transferList, filename, name, signal, runtime, channel } = withNullPrototype(options);
    return this.#pool.runTask(task, {
      transferList,
      filename,
      name,
      signal,
      runtime,
      channel
    });
  }
  async destroy() {
    await this.#pool.destroy();
    this.emitDestroy();
  }
  get options() {
    return this.#pool.options;
  }
  get threads() {
    const ret = [];
    for (const workerInfo of this.#pool.workers) ret.push(workerInfo.worker);
    return ret;
  }
  get queueSize() {
    const pool = this.#pool;
    return Math.max(pool.taskQueue.size - pool.pendingCapacity(), 0);
  }
  cancelPendingTasks() {
    const pool = this.#pool;
    pool.taskQueue.cancel();
  }
  async recycleWorkers(options = {}) {
    await this.#pool.recycleWorkers(options);
  }
  get completed() {
    return this.#pool.completed;
  }
  get duration() {
    return performance2.now() - this.#pool.start;
  }
  static get isWorkerThread() {
    return process.__tinypool_state__?.isWorkerThread || false;
  }
  static get workerData() {
    return process.__tinypool_state__?.workerData || void 0;
  }
  static get version() {
    const { version } = JSON.parse(readFileSync(new URL2("../package.json", import.meta.url), "utf-8"));
    return version;
  }
  static move(val) {
    if (val != null && typeof val === "object" && typeof val !== "function") {
      if (!isTransferable(val)) if (types.isArrayBufferView(val)) val = new ArrayBufferViewTransferable(val);
      else val = new DirectlyTransferable(val);
      markMovable(val);
    }
    return val;
  }
  static get transferableSymbol() {
    return kTransferable;
  }
  static get valueSymbol() {
    return kValue;
  }
  static get queueOptionsSymbol() {
    return kQueueOptions;
  }
};
var _workerId = process.__tinypool_state__?.workerId;

// src/config/check-files.ts
var PARALLEL_FROM_FILES = 300;
var MIN_FILES_PER_TASK = 25;
var MAX_THREADS = 8;
function defaultThreads(fileCount) {
  return fileCount < PARALLEL_FROM_FILES ? 1 : Math.min(availableParallelism2(), MAX_THREADS);
}
function workerModule() {
  const here = fileURLToPath3(import.meta.url);
  const worker = new URL(`./check-files-worker${extname(here)}`, import.meta.url).href;
  if (extname(here) !== ".ts") return worker;
  const tsx = import.meta.resolve("tsx/esm/api");
  const bootstrap = `const { register } = await import(${JSON.stringify(tsx)}); register(); const m = await import(${JSON.stringify(worker)}); export default m.default;`;
  return `data:text/javascript,${encodeURIComponent(bootstrap)}`;
}
async function checkFilesInOrder(files, dir, settings, options = {}) {
  if (options.threads !== void 0) return checkOnThreads(files, dir, settings, options.threads, true);
  const results = new Array(files.length);
  const others = [];
  const slices = timeSlices();
  for (let i = 0; i < files.length; i++) {
    const result = checkPlainQueueFileAt(files[i], dir, settings);
    if (result) results[i] = result;
    else others.push(i);
    await slices.pause();
  }
  if (others.length > 0) {
    const checked = await checkOnThreads(
      others.map((i) => files[i]),
      dir,
      settings,
      defaultThreads(others.length),
      false
    );
    for (const [k, fileIndex] of others.entries()) results[fileIndex] = checked[k];
  }
  return results;
}
async function checkOnThreads(files, dir, settings, wanted, plain) {
  const perTask = Math.max(MIN_FILES_PER_TASK, Math.ceil(files.length / (wanted * 4)));
  const threads = Math.min(wanted, Math.ceil(files.length / perTask));
  if (threads <= 1) {
    return files.map((file) => checkQueueFileAt(file, dir, settings, { plain }));
  }
  const pool = new Tinypool({
    filename: workerModule(),
    minThreads: threads,
    maxThreads: threads,
    // Workers see no environment: they need none, and secrets stay out of them
    env: {}
  });
  try {
    const tasks = [];
    for (let start = 0; start < files.length; start += perTask) {
      const task = { files: files.slice(start, start + perTask), dir, settings, plain };
      tasks.push(pool.run(task));
    }
    return (await Promise.all(tasks)).flat();
  } finally {
    await pool.destroy();
  }
}

// src/config/load-desired-state.ts
async function loadDesiredState(dir, settings, cwd = process.cwd(), options = {}) {
  const target = path5.resolve(cwd, dir);
  const isFile = await stat2(target).then(
    (s) => s.isFile(),
    () => false
  );
  const absoluteDir = isFile ? path5.dirname(target) : target;
  const display = (name) => path5.relative(cwd, path5.join(absoluteDir, name)) || name;
  let listed;
  try {
    listed = await listQueueFiles(absoluteDir);
  } catch (error) {
    const code = error.code;
    return {
      desired: { queues: [] },
      filesChecked: 0,
      problems: [
        {
          file: path5.relative(cwd, absoluteDir) || dir,
          line: 1,
          col: 1,
          severity: "error",
          code: "no-skills-dir",
          message: code === "ENOENT" ? "folder does not exist" : `cannot read folder (${code ?? "unknown error"})`
        }
      ]
    };
  }
  const entries = listed.filter((e) => !isFile || e.relative === path5.basename(target));
  const files = entries.map((e) => e.relative);
  const toCheck = files.map((name) => ({ absolute: path5.join(absoluteDir, name), shown: display(name) }));
  const regular = new Set(entries.filter((e) => e.regular).map((e) => e.absolute));
  let filesCached;
  let perFile;
  if (options.cacheDir && options.cacheKey) {
    const cached = await checkWithCache(toCheck, regular, absoluteDir, settings, { dir: options.cacheDir, key: options.cacheKey }, options);
    perFile = cached.results;
    filesCached = cached.hits;
  } else {
    perFile = await checkFilesInOrder(toCheck, absoluteDir, settings, options);
  }
  const problems = perFile.flatMap((r) => r.problems);
  const queues = perFile.flatMap((r) => r.queue ? [r.queue] : []);
  problems.push(...checkSkillClaims(perFile.flatMap((r) => r.queue ? [r.queue] : r.claim ? [r.claim] : [])));
  if (files.length === 0) {
    problems.push({
      file: path5.relative(cwd, absoluteDir) || dir,
      line: 1,
      col: 1,
      severity: "warning",
      code: "no-queue-files",
      message: "no .yaml queue files found"
    });
  }
  return { desired: { queues }, problems: sortProblems(problems), filesChecked: files.length, ...filesCached !== void 0 ? { filesCached } : {} };
}
async function checkWithCache(files, regular, dir, settings, cacheAt, options) {
  const cache = await openCheckCache(cacheAt.dir, settings, cacheAt.key);
  const results = [];
  const keys = [];
  const misses = [];
  const slices = timeSlices();
  for (const file of files) {
    await slices.pause();
    let key;
    if (regular.has(file.absolute)) {
      try {
        key = cache.keyOf(file.shown, readFileSync2(file.absolute));
      } catch {
        key = void 0;
      }
    }
    const hit = key ? cache.get(key) : void 0;
    keys.push(key);
    results.push(hit);
    if (!hit) misses.push({ absolute: file.absolute, shown: file.shown });
  }
  if (misses.length > 0) {
    const checked = await checkFilesInOrder(misses, dir, settings, options);
    let next = 0;
    for (let i = 0; i < results.length; i++) {
      if (results[i]) continue;
      const result = checked[next++];
      results[i] = result;
      const key = keys[i];
      if (key) cache.set(key, result);
    }
  }
  await cache.save();
  return { results, hits: cache.hits };
}

export {
  isTenantId,
  TENANTS_DIR,
  isTenantName,
  TENANT_NAME_RULE,
  tenantOfSettings,
  findTenantsRoot,
  listTenantFolders,
  SETTINGS_FILE,
  findSettingsFile,
  loadSettings,
  expectDue,
  timeSlices,
  machineCacheSecret,
  sortProblems,
  hasErrors,
  listQueueFiles,
  loadDesiredState
};

import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  writeActionOutputs
} from "./chunk-62VJM5YZ.js";
import "./chunk-E26C7VYQ.js";
import {
  SETTINGS_FILE,
  TENANTS_DIR,
  findTenantsRoot,
  hasErrors,
  listTenantFolders,
  loadDesiredState,
  loadSettings
} from "./chunk-PA7MRQNR.js";
import {
  plural
} from "./chunk-BKZXKTCB.js";
import {
  ConfigError,
  UsageError
} from "./chunk-4SYE6LGA.js";
import "./chunk-IHX4MFJ2.js";
import {
  agentRefKey,
  forJson,
  forTerminal
} from "./chunk-R75TXLSG.js";
import "./chunk-KNMBURMO.js";
import "./chunk-NN5INX47.js";

// src/render/tenants-text.ts
var tenantsJson = (result) => `${JSON.stringify(result.tenants)}
`;
function tenantsText(result) {
  const head = result.since === void 0 ? `${plural(result.tenants.length, "tenant")}:` : `${plural(result.tenants.length, "tenant")} of ${result.all.length} changed since ${forTerminal(result.since, 80)}:`;
  return `${[head, ...result.tenants.map((t) => `  ${t}`)].join("\n")}
`;
}
var sideText = (s) => {
  if (!s) return "not assigned";
  const dates = s.from || s.until ? ` (${s.from ?? "…"} to ${s.until ?? "…"})` : "";
  return `proficiency ${s.proficiency}${s.active ? "" : ", inactive"}${dates}`;
};
function tenantsDiffText(diff) {
  const { a, b } = diff;
  if (diff.skills.length === 0) return `Tenants ${a} and ${b} have the same queue files (${plural(diff.same, "skill")}).
`;
  const lines = [`Tenants ${a} and ${b}: ${plural(diff.skills.length, "skill")} differ, ${diff.same} the same.`, ""];
  for (const s of diff.skills) {
    const name = forTerminal(s.skill, 200);
    if (!s.fileB) lines.push(`< ${name}: only in ${a} (${forTerminal(s.fileA ?? "", 200)}, ${plural(s.agents.length, "agent")})`);
    else if (!s.fileA) lines.push(`> ${name}: only in ${b} (${forTerminal(s.fileB, 200)}, ${plural(s.agents.length, "agent")})`);
    else {
      lines.push(`~ ${name}`);
      if (s.mode) lines.push(`    mode: ${a} ${s.mode.a}, ${b} ${s.mode.b}`);
      for (const d of s.agents) {
        const mark = d.a && d.b ? "~" : d.a ? "<" : ">";
        lines.push(`  ${mark} ${forTerminal(d.agent, 200)}: ${a} ${sideText(d.a)}; ${b} ${sideText(d.b)}`);
      }
    }
  }
  return `${lines.join("\n")}
`;
}
var tenantsDiffJson = (diff) => `${forJson({ format: "skillops-tenants-diff/1", ...diff })}
`;

// src/use-cases/tenants/diff-tenants.ts
import path2 from "node:path";

// src/use-cases/tenants/list-tenants.ts
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
async function tenantsRoot(io) {
  const root = await findTenantsRoot(io.cwd);
  if (!root)
    throw new UsageError(`no ${TENANTS_DIR}/ folder in ${io.cwd} or above it: this is a single-tenant repository (see docs/tenants.md for the layout of many)`);
  const listing = await listTenantFolders(root);
  if (listing.refused.length > 0) {
    const lines = listing.refused.map((r) => `  ${TENANTS_DIR}/${JSON.stringify(r.name).slice(1, -1)}: ${r.why}`);
    throw new UsageError(`these folders under ${TENANTS_DIR}/ are not tenants:
${lines.join("\n")}
Rename or move them, or add their ${SETTINGS_FILE}.`);
  }
  return { root, tenants: listing.tenants };
}
async function listTenants(options, io) {
  const { root, tenants } = await tenantsRoot(io);
  const all = tenants.map((t) => t.name);
  let listed = all;
  if (options.changedSince !== void 0) {
    const changed = await changedFiles(root, options.changedSince);
    const touched = [];
    for (const tenant of tenants) if (await touches(tenant, root, changed)) touched.push(tenant.name);
    listed = touched;
  }
  writeActionOutputs(io.env, { tenants: JSON.stringify(listed), count: String(listed.length) });
  return { root, tenants: listed, all, ...options.changedSince !== void 0 ? { since: options.changedSince } : {} };
}
async function changedFiles(root, ref) {
  if (ref.startsWith("-") || ref.trim() === "") throw new UsageError(`--changed-since needs a git commit or ref, not "${ref}"`);
  const git = async (args) => {
    try {
      return (await run("git", args, { cwd: root, maxBuffer: 64 * 1024 * 1024 })).stdout;
    } catch (error) {
      const stderr = String(error.stderr ?? "").trim();
      throw new UsageError(`git could not list the changes since ${ref}: ${stderr.split("\n")[0] || String(error)}`);
    }
  };
  const diff = await git(["diff", "--name-only", "--no-renames", "--relative", "-z", ref, "--"]);
  const untracked = await git(["ls-files", "--others", "--exclude-standard", "-z"]);
  return new Set(
    `${diff}\0${untracked}`.split("\0").filter((f) => f !== "").map((f) => f.split(path.sep).join("/"))
  );
}
async function touches(tenant, root, changed) {
  const relative = (absolute) => path.relative(root, absolute).split(path.sep).join("/");
  const settingsFile = relative(path.join(tenant.dir, SETTINGS_FILE));
  if (changed.has(settingsFile)) return true;
  const loaded = await loadSettings(path.join(tenant.dir, SETTINGS_FILE), root);
  const folders = [relative(path.join(tenant.dir, loaded.settings.skillsDir)), relative(path.join(tenant.dir, ".skillops-cache"))];
  for (const file of changed) if (folders.some((folder) => file === folder || file.startsWith(`${folder}/`))) return true;
  return false;
}

// src/use-cases/tenants/diff-tenants.ts
async function diffTenants(a, b, io) {
  if (a === b) throw new UsageError(`diff-tenants needs two different tenants, not ${a} twice`);
  const { tenants } = await tenantsRoot(io);
  const folder = (name) => {
    const found = tenants.find((t) => t.name === name);
    if (!found) throw new UsageError(`no tenant "${name}"; the tenants are: ${tenants.map((t) => t.name).join(", ") || "none"}`);
    return found.dir;
  };
  const [queuesA, queuesB] = await Promise.all([queuesOf(folder(a), io), queuesOf(folder(b), io)]);
  const byName = (queues) => new Map(queues.map((q) => [q.skill.toLowerCase(), q]));
  const mapA = byName(queuesA);
  const mapB = byName(queuesB);
  const names = [.../* @__PURE__ */ new Set([...mapA.keys(), ...mapB.keys()])].sort();
  const skills = [];
  let same = 0;
  for (const name of names) {
    const qa = mapA.get(name);
    const qb = mapB.get(name);
    const skill = (qa ?? qb).skill;
    const agents = agentDifferences(qa?.agents ?? [], qb?.agents ?? []);
    const mode = qa && qb && qa.mode !== qb.mode ? { a: qa.mode, b: qb.mode } : void 0;
    if (qa && qb && agents.length === 0 && !mode) {
      same++;
      continue;
    }
    skills.push({ skill, ...qa ? { fileA: qa.file } : {}, ...qb ? { fileB: qb.file } : {}, ...mode ? { mode } : {}, agents });
  }
  return { a, b, skills, same };
}
async function queuesOf(dir, io) {
  const loaded = await loadSettings(path2.join(dir, SETTINGS_FILE), dir);
  if (hasErrors(loaded.problems)) throw new ConfigError(loaded.problems, `${path2.relative(io.cwd, path2.join(dir, SETTINGS_FILE))} has problems`);
  const result = await loadDesiredState(loaded.settings.skillsDir, loaded.settings, dir);
  if (hasErrors(result.problems))
    throw new ConfigError(
      result.problems,
      `the queue files of ${path2.relative(io.cwd, dir) || "."} have problems; run skillops -C ${path2.relative(io.cwd, dir)} validate`
    );
  return result.desired.queues;
}
var side = (entry) => ({
  proficiency: entry.proficiency,
  active: entry.active,
  ...entry.from ? { from: entry.from } : {},
  ...entry.until ? { until: entry.until } : {}
});
var sameSide = (x, y) => x.proficiency === y.proficiency && x.active === y.active && x.from === y.from && x.until === y.until;
function agentDifferences(a, b) {
  const key = (ref) => agentRefKey(ref);
  const mapB = new Map(b.map((e) => [key(e.agent), e]));
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const ea of a) {
    const k = key(ea.agent);
    seen.add(k);
    const eb = mapB.get(k);
    if (!eb) out.push({ agent: ea.written, a: side(ea) });
    else if (!sameSide(side(ea), side(eb))) out.push({ agent: ea.written, a: side(ea), b: side(eb) });
  }
  for (const eb of b) if (!seen.has(key(eb.agent))) out.push({ agent: eb.written, b: side(eb) });
  return out.sort((x, y) => x.agent.toLowerCase() < y.agent.toLowerCase() ? -1 : x.agent.toLowerCase() > y.agent.toLowerCase() ? 1 : 0);
}

// src/cli/commands/tenants.ts
async function tenantsCommand(options, io) {
  const result = await listTenants(options.changedSince !== void 0 ? { changedSince: options.changedSince } : {}, io);
  io.out(options.format === "text" ? tenantsText(result) : tenantsJson(result));
  return 0;
}
async function diffTenantsCommand(a, b, options, io) {
  const diff = await diffTenants(a, b, io);
  io.out(options.format === "json" ? tenantsDiffJson(diff) : tenantsDiffText(diff));
  return diff.skills.length > 0 ? 2 : 0;
}
export {
  diffTenantsCommand,
  tenantsCommand
};

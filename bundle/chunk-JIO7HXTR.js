import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  refreshFiles
} from "./chunk-5QVLFMFL.js";
import {
  queueFileNames,
  renderQueueFile,
  uniqueLogins
} from "./chunk-VDOXSWPC.js";
import {
  fileDiff,
  queueFileWriteTarget,
  writeQueueFileGated
} from "./chunk-L3LLU4VP.js";
import {
  schemaHeader,
  schemaRef
} from "./chunk-SGRLANEU.js";
import {
  assignmentsBySkill,
  makePlan,
  readLiveState
} from "./chunk-UF3C6VWZ.js";
import {
  resolveNow
} from "./chunk-E6VEJHXT.js";
import {
  NO_TARGET
} from "./chunk-GC5C2UK2.js";
import {
  createCxoneClient
} from "./chunk-BSGB53MD.js";
import {
  selectTargeted
} from "./chunk-WMZ2HHHT.js";
import {
  loadValidSettings
} from "./chunk-AF4CAHIT.js";
import {
  SETTINGS_FILE,
  hasErrors,
  loadDesiredState
} from "./chunk-PA7MRQNR.js";
import {
  plural
} from "./chunk-BKZXKTCB.js";
import {
  ConfigError,
  UsageError
} from "./chunk-4SYE6LGA.js";
import {
  readYamlText,
  suggest
} from "./chunk-IHX4MFJ2.js";
import {
  forTerminal
} from "./chunk-R75TXLSG.js";

// src/render/import-output.ts
import path from "node:path";
var IMPORT_OUTPUT_FORMAT = "skillops-import/1";
function importText(outcome, cwd) {
  const shown = (p) => forTerminal(path.relative(cwd, p) || p);
  const out = [];
  for (const f of outcome.files) {
    if (f.action === "unchanged") continue;
    if (f.reason === "managed-by-another-file")
      out.push(`skipped ${shown(f.file)}: skill "${forTerminal(f.skillName)}" is already managed by ${forTerminal(f.owner ?? "")}`);
    else if (f.reason === "exists-and-differs")
      out.push(
        `skipped ${shown(f.file)}: the file exists and differs (\`skillops refresh\` accepts the live changes in place; --force overwrites; --diff shows how)`
      );
    else out.push(`${f.action === "written" ? "wrote" : "overwrote"} ${shown(f.file)} (${plural(f.assignments, "agent")})`);
  }
  if (outcome.settingsWritten) out.push(`wrote ${shown(outcome.settingsWritten)} (defaults; set cxone.tenantId and timeZone)`);
  const count = (action) => outcome.files.filter((f) => f.action === action).length;
  const written = outcome.files.filter((f) => f.action === "written" || f.action === "overwritten");
  out.push(
    "",
    `Imported ${plural(outcome.skills, "skill")}: ${written.length} written (${written.reduce((n, f) => n + f.assignments, 0)} assignments), ${count("unchanged")} unchanged, ${count("skipped")} skipped.`
  );
  if (outcome.inactive.count > 0) {
    out.push(
      outcome.inactive.included ? `Included ${plural(outcome.inactive.count, "inactive skill")}.` : `Left out ${plural(outcome.inactive.count, "inactive skill")} (use --include-inactive to import them).`
    );
  }
  out.push('Assignments of agents who are inactive in CXone are kept, marked "inactive in CXone", so the first plan shows no changes.');
  out.push("Next: `skillops plan` should report no changes.");
  return `${out.join("\n")}
`;
}
function importJson(outcome, cwd) {
  const relative = (p) => path.relative(cwd, p) || p;
  const document = {
    format: IMPORT_OUTPUT_FORMAT,
    skills: outcome.skills,
    inactiveSkills: outcome.inactive,
    files: outcome.files.map((f) => ({ ...f, file: relative(f.file) })),
    ...outcome.settingsWritten ? { settingsWritten: relative(outcome.settingsWritten) } : {}
  };
  return `${JSON.stringify(document, null, 2)}
`;
}
function importDiffText(diff, cwd, color) {
  const shown = (p) => path.relative(cwd, p) || p;
  const out = [];
  const counts = { differ: 0, unchanged: 0, skipped: 0 };
  for (const e of diff.entries) {
    if (e.kind === "unchanged") {
      counts.unchanged++;
    } else if (e.kind === "skipped") {
      out.push(`skipped ${forTerminal(shown(e.file))}: skill "${forTerminal(e.skillName)}" is already managed by ${forTerminal(e.owner)}
`);
      counts.skipped++;
    } else if (e.kind === "new") {
      out.push(`would write ${forTerminal(shown(e.file))} (${plural(e.agents, "agent")})
`);
      counts.differ++;
    } else {
      out.push(`${fileDiff(shown(e.file), e.before, e.after, color)}
`);
      counts.differ++;
    }
  }
  for (const l of diff.leftAlone) out.push(`left as written: ${forTerminal(l.file)}: ${forTerminal(l.message)}
`);
  if (diff.wholeFilesBecause) out.push(`Showing whole-file rewrites: ${diff.wholeFilesBecause}.
`);
  const differ = `${counts.differ} ${counts.differ === 1 ? "file differs" : "files differ"}`;
  out.push(`
${differ} from the live tenant, ${counts.unchanged} unchanged${counts.skipped ? `, ${counts.skipped} skipped` : ""}. Nothing was written.
`);
  if (counts.differ > 0 && !diff.force) out.push("`skillops refresh` accepts these changes in place; `skillops import --force` rewrites whole files.\n");
  return out.join("");
}
var importDiffers = (diff) => diff.entries.some((e) => e.kind === "differs" || e.kind === "new");

// src/use-cases/import/import-queues.ts
import { access, readFile, writeFile } from "node:fs/promises";
import path3 from "node:path";

// src/use-cases/import/settings-template.ts
var settingsTemplate = (schema) => `# ${schemaHeader(schema)}
# Written by \`skillops import\`. Every key is optional; see the schema above.
# Secrets never go here: CXONE_CLIENT_ID, CXONE_CLIENT_SECRET, CXONE_ACCESS_KEY_ID and
# CXONE_ACCESS_KEY_SECRET come from the environment.
cxone:
  # tenantId: your-tenant-id     # or apiBase: https://api-na1.niceincontact.com
  apiVersion: v34.0
skillsDir: skills
timeZone: UTC                    # the tenant's IANA time zone, for from/until dates
apply:
  batchSize: 50
  concurrency: 4
  requestsPerSecond: 20
safety:
  maxRemovePercent: 30
  maxChangePercent: 50
  minExistingAssignments: 10
`;

// src/use-cases/import/write-imported-files.ts
import { mkdir } from "node:fs/promises";
import path2 from "node:path";
async function writeImportedFiles(input) {
  const { names } = input;
  await mkdir(input.outDir, { recursive: true });
  const files = [];
  const skills = [...input.selected].sort((a, b) => names.get(a.skillId).localeCompare(names.get(b.skillId)));
  const gated = /* @__PURE__ */ new Map();
  const refused = [];
  for (const skill of skills) {
    const target = path2.join(input.outDir, names.get(skill.skillId));
    const gate = queueFileWriteTarget(target, path2.relative(input.cwd, target) || target, input.outDir);
    if (gate.ok) gated.set(skill.skillId, gate);
    else refused.push(gate.problem);
  }
  if (refused.length > 0) throw new ConfigError(refused, `import writes no file: ${refused.length} of the files it would write cannot be written safely`);
  for (const skill of skills) {
    const target = path2.join(input.outDir, names.get(skill.skillId));
    const gate = gated.get(skill.skillId);
    const assignments = input.bySkill.get(skill.skillId) ?? [];
    const base = { file: target, skillId: skill.skillId, skillName: skill.skillName, assignments: assignments.length };
    const text = renderQueueFile(skill, assignments, input.agents, input.logins, input.queueSchema);
    const owner = input.claimed.get(`id:${skill.skillId}`) ?? input.claimed.get(`name:${skill.skillName.toLowerCase()}`);
    const read = gate.exists ? readYamlText(gate.path, target, input.outDir) : void 0;
    const current = read === void 0 ? void 0 : read.ok ? read.text : "";
    if (owner && path2.resolve(input.cwd, owner) !== target && !input.force) {
      files.push({ ...base, action: "skipped", reason: "managed-by-another-file", owner });
      continue;
    }
    if (current === text) {
      files.push({ ...base, action: "unchanged" });
      continue;
    }
    if (current !== void 0 && !input.force) {
      files.push({ ...base, action: "skipped", reason: "exists-and-differs" });
      continue;
    }
    await writeQueueFileGated(gate.path, text);
    files.push({ ...base, action: current === void 0 ? "written" : "overwritten" });
  }
  return files;
}

// src/use-cases/import/import-queues.ts
function refuseCaseTwins(selected) {
  const byName = /* @__PURE__ */ new Map();
  for (const skill of selected) {
    const key = skill.skillName.toLowerCase();
    byName.set(key, [...byName.get(key) ?? [], skill]);
  }
  const twins = [...byName.values()].filter((group) => group.length > 1);
  if (twins.length === 0) return;
  const described = twins.map((group) => group.map((s) => `${JSON.stringify(forTerminal(s.skillName))} (skill ${s.skillId})`).join(" and ")).join("; ");
  const drop = twins.flatMap((group) => group.slice(1).map((s) => `--exclude-queue ${s.skillId}`)).join(" ");
  throw new UsageError(
    `import would write one queue file per skill, but ${described} differ only in case, and queue files name skills case-insensitively; import one of them (e.g. ${drop})`
  );
}
function skillsNamed(wanted, skills) {
  return wanted.map((name) => {
    const found = skills.find((s) => s.skillName.toLowerCase() === name.toLowerCase() || String(s.skillId) === name);
    if (found) return found;
    const hint = suggest(
      name,
      skills.map((s) => s.skillName),
      4
    );
    throw new UsageError(`no CXone skill is named "${name}"${hint ? ` (did you mean "${hint}"?)` : ""}`);
  });
}
async function claimedSkills(outDir, loaded, cwd) {
  const claimed = /* @__PURE__ */ new Map();
  let existing;
  try {
    await access(outDir);
    existing = await loadDesiredState(path3.relative(cwd, outDir) || ".", loaded.settings, cwd);
  } catch {
    return { existing: void 0, claimed };
  }
  for (const q of existing.desired.queues) {
    claimed.set(`name:${q.skill.toLowerCase()}`, q.file);
    if (q.skillId !== void 0) claimed.set(`id:${q.skillId}`, q.file);
  }
  return { existing, claimed };
}
async function readImportSource(options, io) {
  const loaded = await loadValidSettings(options.config, io);
  const outDir = path3.resolve(io.cwd, options.out ?? path3.join(loaded.root, loaded.settings.skillsDir));
  const cxone = options.cxone ?? await createCxoneClient(loaded.settings, io.env);
  const live = await readLiveState(cxone);
  const names = queueFileNames(live.skills);
  let selected = options.skill && options.skill.length > 0 ? skillsNamed(options.skill, live.skills) : live.skills;
  selected = selectTargeted(
    selected,
    (s) => ({ skill: s.skillName, skillId: s.skillId, file: names.get(s.skillId) ?? "" }),
    options.target ?? NO_TARGET,
    "CXone skill"
  );
  const inactive = selected.filter((s) => !s.isActive);
  if (!options.includeInactive) selected = selected.filter((s) => s.isActive);
  refuseCaseTwins(selected);
  const { existing, claimed } = await claimedSkills(outDir, loaded, io.cwd);
  return {
    loaded,
    live,
    outDir,
    selected,
    inactive,
    existing,
    claimed,
    names,
    agents: new Map(live.agents.map((a) => [a.agentId, a])),
    logins: uniqueLogins(live.agents),
    bySkill: assignmentsBySkill(live.assignments),
    queueSchema: schemaRef("queue", outDir, loaded.root)
  };
}
async function importQueues(options, io) {
  const source = await readImportSource(options, io);
  const { loaded } = source;
  const files = await writeImportedFiles({ ...source, cwd: io.cwd, force: options.force ?? false });
  let settingsWritten;
  const settingsPath = path3.join(loaded.root, SETTINGS_FILE);
  if (!loaded.file && path3.resolve(io.cwd, options.config) === settingsPath) {
    const text = settingsTemplate(schemaRef("settings", loaded.root, loaded.root));
    settingsWritten = await writeFile(settingsPath, text, { flag: "wx" }).then(
      () => settingsPath,
      () => void 0
    );
  }
  return {
    files,
    skills: source.selected.length,
    inactive: { count: source.inactive.length, included: options.includeInactive ?? false },
    ...settingsWritten ? { settingsWritten } : {}
  };
}
async function refreshedExisting(source, io) {
  const { existing, loaded, live } = source;
  if (!existing) return {};
  if (hasErrors(existing.problems)) return { why: "the queue files have problems (run `skillops validate`)" };
  const settings = loaded.settings;
  const now = resolveNow(void 0, io.env, settings.timeZone);
  const planned = makePlan({ desired: existing.desired, live, now, settings, force: true });
  if (!planned.plan) return { why: "the queue files do not match the live tenant (run `skillops plan`)" };
  const texts = /* @__PURE__ */ new Map();
  for (const q of planned.plan.queues) if (q.changes.length > 0) texts.set(q.file, await readFile(path3.resolve(io.cwd, q.file), "utf8"));
  return { refreshed: refreshFiles(planned.plan, live, texts, { exclude: settings.exclude, desired: existing.desired, constraints: false }) };
}
async function diffImport(options, io) {
  const source = await readImportSource(options, io);
  const force = options.force ?? false;
  const { refreshed, why } = force ? {} : await refreshedExisting(source, io);
  const { names } = source;
  const entries = [];
  for (const skill of [...source.selected].sort((a, b) => names.get(a.skillId).localeCompare(names.get(b.skillId)))) {
    const target = path3.join(source.outDir, names.get(skill.skillId));
    const owner = source.claimed.get(`id:${skill.skillId}`) ?? source.claimed.get(`name:${skill.skillName.toLowerCase()}`);
    const ownerPath = owner ? path3.resolve(io.cwd, owner) : void 0;
    if (refreshed && ownerPath) {
      const edited = refreshed.files.find((f) => path3.resolve(io.cwd, f.file) === ownerPath);
      entries.push(edited ? { kind: "differs", file: ownerPath, before: edited.before, after: edited.after } : { kind: "unchanged", file: ownerPath });
      continue;
    }
    if (owner && ownerPath !== target && !force) {
      entries.push({ kind: "skipped", file: target, skillName: skill.skillName, owner });
      continue;
    }
    const assignments = source.bySkill.get(skill.skillId) ?? [];
    const text = renderQueueFile(skill, assignments, source.agents, source.logins, source.queueSchema);
    const current = await readFile(target, "utf8").catch(() => void 0);
    if (current === text) entries.push({ kind: "unchanged", file: target });
    else if (current === void 0) entries.push({ kind: "new", file: target, agents: assignments.length });
    else entries.push({ kind: "differs", file: target, before: current, after: text });
  }
  return { entries, leftAlone: refreshed?.leftAlone ?? [], ...why ? { wholeFilesBecause: why } : {}, force };
}

export {
  importText,
  importJson,
  importDiffText,
  importDiffers,
  importQueues,
  diffImport
};

import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  NO_TARGET
} from "./chunk-GC5C2UK2.js";
import {
  agentDirectory,
  createCxoneClient
} from "./chunk-BSGB53MD.js";
import {
  targetDesired
} from "./chunk-WMZ2HHHT.js";
import "./chunk-7RJBVBG4.js";
import {
  loadValidConfig
} from "./chunk-AF4CAHIT.js";
import "./chunk-PA7MRQNR.js";
import "./chunk-BKZXKTCB.js";
import "./chunk-4SYE6LGA.js";
import "./chunk-IHX4MFJ2.js";
import {
  forCsvCell,
  forJson
} from "./chunk-R75TXLSG.js";
import "./chunk-KNMBURMO.js";
import "./chunk-NN5INX47.js";

// src/use-cases/export/export-assignments.ts
import { writeFile } from "node:fs/promises";
import path from "node:path";

// src/config/export-rows.ts
var EXPORT_COLUMNS = ["queue", "skillId", "agent", "agentId", "proficiency", "active", "from", "until", "file"];
function exportRows(desired, lookups) {
  const rows = [];
  for (const q of desired.queues) {
    const skillId = q.skillId ?? lookups?.skillId(q) ?? null;
    for (const a of q.agents) {
      const agentId = a.agent.kind === "id" ? a.agent.agentId : lookups?.agentId(a) ?? null;
      rows.push({
        queue: q.skill,
        skillId,
        agent: a.written,
        agentId,
        proficiency: a.proficiency,
        active: a.active,
        from: a.from ?? null,
        until: a.until ?? null,
        file: q.file
      });
    }
  }
  return rows.sort((x, y) => x.queue.localeCompare(y.queue) || x.agent.localeCompare(y.agent));
}
function toCsv(rows, sink = "file") {
  const lines = [EXPORT_COLUMNS.join(","), ...rows.map((r) => EXPORT_COLUMNS.map((c) => forCsvCell(r[c], sink)).join(","))];
  return `${lines.join("\r\n")}\r
`;
}
var toExportJson = (rows) => `${forJson({ format: "skillops-export/1", columns: EXPORT_COLUMNS, rows })}
`;

// src/use-cases/export/export-assignments.ts
async function exportAssignments(options, io) {
  const { loaded, desired: all } = await loadValidConfig(options.config, io);
  const desired = targetDesired(all, options.target ?? NO_TARGET, io.cwd);
  let lookups;
  if (!options.offline) {
    const cxone = options.cxone ?? await createCxoneClient(loaded.settings, io.env);
    const [skills, agents] = await Promise.all([cxone.listSkills(), cxone.listAgents()]);
    const directory = agentDirectory(agents);
    const byName = new Map(skills.map((s) => [s.skillName.toLowerCase(), s.skillId]));
    lookups = {
      skillId: (q) => byName.get(q.skill.toLowerCase()),
      agentId: (a) => {
        const found = directory.resolveAgent(a.agent);
        return "agent" in found ? found.agent.agentId : void 0;
      }
    };
  }
  return exportRows(desired, lookups);
}
async function exportTo(options, io) {
  const rows = await exportAssignments(options, io);
  const text = options.format === "json" ? toExportJson(rows) : toCsv(rows, options.out ? "file" : "terminal");
  if (!options.out) return { rows: rows.length, text };
  await writeFile(path.resolve(io.cwd, options.out), text, "utf8");
  return { rows: rows.length };
}

// src/cli/commands/export.ts
async function exportCommand(options, io) {
  const { rows, text } = await exportTo(options, io);
  if (text !== void 0) io.out(text);
  else io.err(`wrote ${rows} assignments to ${options.out}
`);
  return 0;
}
export {
  exportCommand
};

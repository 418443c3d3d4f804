import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  readAuditRecord
} from "./chunk-7T4WKAEH.js";
import {
  editQueueFile,
  writtenAgentMatches
} from "./chunk-THN63JXE.js";
import {
  fileDiff,
  rewriteQueueFile
} from "./chunk-L3LLU4VP.js";
import "./chunk-RB62M4TY.js";
import {
  loadValidConfig
} from "./chunk-AF4CAHIT.js";
import "./chunk-PA7MRQNR.js";
import {
  plural
} from "./chunk-BKZXKTCB.js";
import {
  ConfigError
} from "./chunk-4SYE6LGA.js";
import "./chunk-IHX4MFJ2.js";
import {
  forTerminal
} from "./chunk-R75TXLSG.js";
import "./chunk-KNMBURMO.js";
import "./chunk-NN5INX47.js";

// src/render/revert-text.ts
function revertText(outcome, color, options = {}) {
  const out = [];
  const r = outcome.record;
  out.push(`Reverting the apply of ${r.startedAt}${r.commit ? ` (commit ${r.commit.slice(0, 7)})` : ""}, outcome ${r.outcome}: ${forTerminal(r.file)}`, "");
  const paint = { reverted: color.green, reset: color.cyan, kept: color.dim, conflict: color.red };
  for (const item of outcome.items) {
    const row = item.row;
    const where = item.file ? `${forTerminal(item.file)}: ` : "";
    out.push(
      paint[item.status](
        `  ${item.status.padEnd(8)} ${row.action.padEnd(6)} ${forTerminal(row.skillName)} / ${forTerminal(row.userName)} (${row.agentId}): ${where}${forTerminal(item.detail)}`
      )
    );
  }
  const count = (s) => outcome.items.filter((i) => i.status === s).length;
  out.push(
    "",
    color.bold(
      `${count("reverted")} reverted, ${count("reset")} reset, ${count("kept")} kept, ${count("conflict")} ${count("conflict") === 1 ? "conflict" : "conflicts"}; ${plural(outcome.files.length, "file")} ${outcome.written ? "written" : "would change (--dry-run)"}.`
    )
  );
  if (options.diff || !outcome.written) for (const f of outcome.files) out.push("", fileDiff(f.file, f.before, f.after, color));
  if (outcome.files.length > 0) {
    out.push(
      "",
      outcome.written ? "Next: review with `git diff`, run `skillops plan` (it shows exactly the inverse of what the run applied), and open a pull request." : "Nothing was written (--dry-run)."
    );
  }
  if (count("conflict") > 0) out.push(color.red("Rows marked conflict were left alone: edit those files by hand."));
  return `${out.join("\n")}
`;
}

// src/use-cases/revert/revert-from-record.ts
import path2 from "node:path";

// src/use-cases/revert/revert-run.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
var stateOf = (s) => s;
var matchOf = (row) => ({ agentId: row.agentId, names: [row.userName] });
var oneLine = (s) => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").trim().slice(0, 160);
var same = (entry, s) => entry.proficiency === s.proficiency && entry.active === s.isActive;
var describe = (s) => `proficiency ${s.proficiency}${s.isActive ? "" : ", inactive"}`;
function findQueue(desired, row) {
  return desired.queues.find((q) => q.skillId === row.skillId) ?? desired.queues.find((q) => q.skillId === void 0 && q.skill.trim().toLowerCase() === row.skillName.trim().toLowerCase());
}
function findEntry(queue, row) {
  return queue.agents.find((a) => a.agent.kind === "id" ? a.agent.agentId === row.agentId : writtenAgentMatches(a.agent.userName, matchOf(row)));
}
function conflictOf(queue, entry, row) {
  if (row.action === "remove") {
    if (!entry || entry.until !== void 0) return void 0;
    return `${queue.file} lists ${row.userName} again (${describe({ proficiency: entry.proficiency, isActive: entry.active })}) since the run`;
  }
  const after = stateOf(row.after);
  if (!entry) return `${queue.file} no longer lists ${row.userName}`;
  if (!same(entry, after))
    return `${queue.file} says ${describe({ proficiency: entry.proficiency, isActive: entry.active })} for ${row.userName}, not ${describe(after)} as the run applied`;
  return void 0;
}
function editFor(row, to, listed, recordName) {
  if (!to) return { agent: matchOf(row), remove: true };
  const set = { proficiency: to.proficiency, active: to.isActive };
  if (listed) return row.action === "remove" ? { agent: matchOf(row), set, unset: ["from", "until"] } : { agent: matchOf(row), set };
  const login = row.userName.trim();
  const agent = login && !/^\d+$/.test(login) && !login.startsWith("agent ") ? login : row.agentId;
  return { add: { agent, proficiency: to.proficiency, active: to.isActive, comment: oneLine(`restored by skillops revert ${recordName}`) } };
}
async function revertRun(input) {
  const { record } = input;
  const items = [];
  const editsByFile = /* @__PURE__ */ new Map();
  const recordName = path.basename(input.recordFile);
  for (const row of record.changes) {
    const applied = row.status === "applied" || row.status === "unknown";
    if (!applied && input.keepFailed) {
      items.push({ row, status: "kept", detail: `${row.status} in the run; left as it is (--keep-failed), so the next apply tries it again` });
      continue;
    }
    const queue = findQueue(input.desired, row);
    if (!queue) {
      items.push({ row, status: "conflict", detail: `no queue file in skills/ manages skill ${row.skillId} "${row.skillName}" any more` });
      continue;
    }
    const entry = findEntry(queue, row);
    const conflict = conflictOf(queue, entry, row);
    if (conflict) {
      items.push({ row, status: "conflict", file: queue.file, detail: `${conflict}; edit it by hand` });
      continue;
    }
    if (applied && row.action === "add" && queue.mode === "additive") {
      items.push({
        row,
        status: "conflict",
        file: queue.file,
        detail: `${queue.file} is additive: skillops never removes from it, so removing ${row.userName} from the file would not undo the add; remove the assignment in CXone or make the file authoritative`
      });
      continue;
    }
    const to = row.action === "add" ? void 0 : stateOf(row.before);
    const edit = editFor(row, to, entry !== void 0, recordName);
    editsByFile.set(queue.file, [...editsByFile.get(queue.file) ?? [], edit]);
    const what = to ? `back to ${describe(to)}` : "removed from the file";
    items.push({
      row,
      status: applied ? "reverted" : "reset",
      file: queue.file,
      detail: applied ? row.status === "unknown" ? `${what} (its outcome was unknown: the run stopped before CXone answered)` : what : `${row.status} in the run (CXone unchanged); ${what} so merging the undo does not retry it`
    });
  }
  const files = [];
  for (const [file, edits] of editsByFile) {
    const absolute = path.resolve(input.cwd, file);
    const before = await readFile(absolute, "utf8");
    let after;
    try {
      after = editQueueFile(before, edits, { file });
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      const p = error.problems[0];
      const why = p ? `${p.line ? `line ${p.line}: ` : ""}${p.message}` : error.message;
      for (const item of items)
        if (item.file === file && item.status !== "conflict")
          Object.assign(item, { status: "conflict", detail: `${file} cannot be edited in place (${why}); edit it by hand` });
      continue;
    }
    if (after !== before) files.push({ file, before, after });
  }
  if (!input.dryRun) for (const f of files) await rewriteQueueFile(path.resolve(input.cwd, f.file), f.file, f.after);
  return {
    record: { file: input.recordFile, startedAt: record.startedAt, outcome: record.outcome, ...record.who.commit ? { commit: record.who.commit } : {} },
    items,
    files,
    written: !input.dryRun && files.length > 0
  };
}

// src/use-cases/revert/revert-from-record.ts
async function revertFromRecord(recordFile, options, io) {
  const record = await readAuditRecord(path2.resolve(io.cwd, recordFile), recordFile);
  const { desired } = await loadValidConfig(options.config, io);
  return revertRun({
    record,
    recordFile,
    desired,
    cwd: io.cwd,
    ...options.keepFailed ? { keepFailed: true } : {},
    ...options.dryRun ? { dryRun: true } : {}
  });
}

// src/cli/commands/revert.ts
async function revertCommand(recordFile, options, io) {
  const outcome = await revertFromRecord(recordFile, options, io);
  if (outcome.items.length === 0) {
    io.out(`The record ${recordFile} holds no changes: nothing to revert.
`);
    return 0;
  }
  io.out(revertText(outcome, io.color, { ...options.diff ? { diff: true } : {} }));
  return outcome.items.some((i) => i.status === "conflict") ? 1 : 0;
}
export {
  revertCommand
};

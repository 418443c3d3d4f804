import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  STEP_SUMMARY_LIMIT_BYTES,
  boundedMarkdown,
  bytes
} from "./chunk-CPXVJA44.js";
import {
  readJsonFile
} from "./chunk-RB62M4TY.js";
import {
  PLAN_FORMAT
} from "./chunk-E26C7VYQ.js";
import {
  UsageError
} from "./chunk-4SYE6LGA.js";

// src/github/step-summary.ts
import { appendFile, stat } from "node:fs/promises";
var FULL_PLAN_POINTER = "The full plan is in the workflow run: the plan artifact (plan.json; `skillops show plan.json` renders it) and the step log.";
async function writeStepSummary(io, markdown) {
  const file = io.env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  const used = await stat(file).then(
    (s) => s.size,
    () => 0
  );
  const room = Math.max(0, STEP_SUMMARY_LIMIT_BYTES - used - 1);
  if (room < 2e3) return false;
  await appendFile(file, `${boundedMarkdown(markdown, bytes(room), FULL_PLAN_POINTER)}
`, "utf8");
  return true;
}

// src/use-cases/planning/plan-file.ts
import { constants } from "node:fs";
import { access, stat as stat2, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
async function writePlanFile(path, plan) {
  await writeFile(path, `${JSON.stringify(plan, null, 2)}
`, "utf8");
}
async function readPlanFile(path) {
  return readJsonFile(path, path, PLAN_FILE);
}
var PLAN_FILE = {
  cannotRead: "cannot read plan file",
  expected: "a plan written by `skillops plan --out`",
  check: checkPlan
};
function checkPlan(data, path) {
  const plan = data;
  if (typeof data !== "object" || data === null || plan.format !== PLAN_FORMAT) {
    throw new UsageError(`${path} is not a ${PLAN_FORMAT} plan (format: ${JSON.stringify(plan?.format ?? null)})`);
  }
  const shapeOk = Array.isArray(plan.queues) && plan.queues.every((q) => Array.isArray(q?.changes) && Array.isArray(q?.pending) && typeof q?.skillId === "number") && typeof plan.liveFingerprint === "string" && Array.isArray(plan.managedSkillIds) && typeof plan.summary === "object" && typeof plan.coverage === "object" && Array.isArray(plan.warnings) && typeof plan.policy === "object" && Array.isArray(plan.policy?.verdicts) && typeof plan.origin?.skillsDir === "string" && Array.isArray(plan.covers) && plan.covers.every((c) => typeof c?.skillId === "number" && [c.skillName, c.file, c.desiredHash, c.liveFingerprint].every((v) => typeof v === "string")) && (plan.target === void 0 || typeof plan.target === "object" && plan.target !== null && [plan.target.queues, plan.target.excludeQueues].every((l) => Array.isArray(l) && l.every((q) => typeof q === "string")));
  if (!shapeOk) throw new UsageError(`${path} is a damaged plan file; run \`skillops plan --out\` again`);
  return plan;
}
async function checkOutPath(out, cwd) {
  const absolute = resolve(cwd, out);
  const folder = dirname(absolute);
  const shown = dirname(out) || ".";
  let isDir;
  try {
    isDir = (await stat2(folder)).isDirectory();
  } catch {
    throw new UsageError(`cannot save the plan to ${out}: the folder ${shown} does not exist`);
  }
  if (!isDir) throw new UsageError(`cannot save the plan to ${out}: ${shown} is not a folder`);
  const existing = await stat2(absolute).catch(() => void 0);
  if (existing?.isDirectory()) throw new UsageError(`cannot save the plan to ${out}: it is a folder; name a file, e.g. ${join(out, "plan.json")}`);
  await access(folder, constants.W_OK).catch(() => {
    throw new UsageError(`cannot save the plan to ${out}: the folder ${shown} is not writable`);
  });
}

export {
  writeStepSummary,
  writePlanFile,
  readPlanFile,
  checkOutPath
};

// Saved plans are read back as untrusted JSON: the format version and shape are checked before
// anything renders or applies them.
import { constants } from 'node:fs';
import { access, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { type JsonFileKind, readJsonFile } from '../../config/read-json-file.js';
import { UsageError } from '../../domain/errors.js';
import { PLAN_FORMAT, type Plan } from '../../domain/plan.js';

export async function writePlanFile(path: string, plan: Plan): Promise<void> {
  await writeFile(path, `${JSON.stringify(plan, null, 2)}\n`, 'utf8');
}

export async function readPlanFile(path: string): Promise<Plan> {
  return readJsonFile(path, path, PLAN_FILE);
}

const PLAN_FILE: JsonFileKind<Plan> = {
  cannotRead: 'cannot read plan file',
  expected: 'a plan written by `skillops plan --out`',
  check: checkPlan,
};

function checkPlan(data: unknown, path: string): Plan {
  const plan = data as Partial<Plan>;
  if (typeof data !== 'object' || data === null || plan.format !== PLAN_FORMAT) {
    throw new UsageError(`${path} is not a ${PLAN_FORMAT} plan (format: ${JSON.stringify(plan?.format ?? null)})`);
  }
  const shapeOk =
    Array.isArray(plan.queues) &&
    plan.queues.every((q) => Array.isArray(q?.changes) && Array.isArray(q?.pending) && typeof q?.skillId === 'number') &&
    typeof plan.liveFingerprint === 'string' &&
    Array.isArray(plan.managedSkillIds) &&
    typeof plan.summary === 'object' &&
    typeof plan.coverage === 'object' &&
    Array.isArray(plan.warnings) &&
    typeof plan.policy === 'object' &&
    Array.isArray(plan.policy?.verdicts) &&
    typeof plan.origin?.skillsDir === 'string' &&
    Array.isArray(plan.covers) &&
    plan.covers.every((c) => typeof c?.skillId === 'number' && [c.skillName, c.file, c.desiredHash, c.liveFingerprint].every((v) => typeof v === 'string')) &&
    (plan.target === undefined ||
      (typeof plan.target === 'object' &&
        plan.target !== null &&
        [plan.target.queues, plan.target.excludeQueues].every((l) => Array.isArray(l) && l.every((q) => typeof q === 'string'))));
  if (!shapeOk) throw new UsageError(`${path} is a damaged plan file; run \`skillops plan --out\` again`);
  return plan as Plan;
}

/** --out is checked before CXone is read, so a typo costs nothing and says which folder is wrong. */
export async function checkOutPath(out: string, cwd: string): Promise<void> {
  const absolute = resolve(cwd, out);
  const folder = dirname(absolute);
  const shown = dirname(out) || '.';
  let isDir: boolean;
  try {
    isDir = (await stat(folder)).isDirectory();
  } catch {
    throw new UsageError(`cannot save the plan to ${out}: the folder ${shown} does not exist`);
  }
  if (!isDir) throw new UsageError(`cannot save the plan to ${out}: ${shown} is not a folder`);
  const existing = await stat(absolute).catch(() => undefined);
  if (existing?.isDirectory()) throw new UsageError(`cannot save the plan to ${out}: it is a folder; name a file, e.g. ${join(out, 'plan.json')}`);
  await access(folder, constants.W_OK).catch(() => {
    throw new UsageError(`cannot save the plan to ${out}: the folder ${shown} is not writable`);
  });
}

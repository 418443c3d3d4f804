// `skillops plan`: read and plan, publish the plan's counts as step outputs, and save it when
// asked (the folder is checked before CXone is read, so a typo costs nothing).
import path from 'node:path';
import { UsageError } from '../../domain/errors.js';
import type { Io } from '../../domain/io.js';
import type { Plan } from '../../domain/plan.js';
import type { QueueTarget } from '../../domain/target.js';
import { planOutputs, writeActionOutputs } from '../../github/action-output.js';
import { computePlan } from './compute-plan.js';
import { checkOutPath, writePlanFile } from './plan-file.js';

export interface PlanRequest {
  config: string;
  out?: string;
  force?: boolean;
  now?: string;
  target?: QueueTarget;
}

export async function planAndSave(options: PlanRequest, io: Io): Promise<Plan> {
  if (options.out) await checkOutPath(options.out, io.cwd);
  const { plan } = await computePlan(options, io);
  writeActionOutputs(io.env, planOutputs(plan));
  if (options.out) {
    await writePlanFile(path.resolve(io.cwd, options.out), plan).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot save the plan to ${options.out}: ${error.code ?? error.message}`);
    });
  }
  return plan;
}

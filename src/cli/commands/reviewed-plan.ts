// `skillops reviewed-plan --out plan.json`: save the plan reviewed on the merged pull request, for
// `apply plan.json`; exit 1 (nothing written) when no reviewed plan can be trusted.
import type { Io } from '../../domain/io.js';
import { forTerminal } from '../../text/untrusted.js';
import { fetchReviewedPlan, type ReviewedPlanOptions } from '../../use-cases/apply/fetch-reviewed-plan.js';

export async function reviewedPlanCommand(options: ReviewedPlanOptions, io: Io): Promise<number> {
  const found = await fetchReviewedPlan(options, io, (note) => io.err(`${note}\n`));
  for (const w of found.warnings) io.err(`Warning: ${w}\n`);
  const digest = found.artifact.digest ? ` ${found.artifact.digest}` : '';
  io.out(
    `Reviewed plan of #${found.pullRequest.number} (${forTerminal(found.pullRequest.title)}): run ${found.run.url}, artifact ${found.artifact.name}${digest}. Saved to ${options.out}.\n`,
  );
  return 0;
}

// `skillops reviewed-plan --out plan.json`: save the plan reviewed on the merged pull request, for
// `apply plan.json`; exit 1 (nothing written) when no reviewed plan can be trusted.
import type { Io } from '../../domain/io.js';
import { writeStepSummary } from '../../github/step-summary.js';
import { leftAloneMarkdown, leftAloneText } from '../../render/left-alone-text.js';
import { forTerminal } from '../../text/untrusted.js';
import { fetchReviewedPlan, type ReviewedPlanOptions } from '../../use-cases/apply/fetch-reviewed-plan.js';
import { judgeMergeGroup } from '../../use-cases/apply/judge-merge-group.js';

export async function reviewedPlanCommand(options: ReviewedPlanOptions & { judge?: boolean; config: string; now?: string }, io: Io): Promise<number> {
  const result = await fetchReviewedPlan(options, io, (note) => io.err(`${note}\n`));
  for (const w of result.warnings) io.err(`Warning: ${w}\n`);
  for (const found of result.found) {
    const artifact =
      'artifact' in found && found.artifact
        ? `, artifact ${found.artifact.name}${found.artifact.digest ? ` ${found.artifact.digest}` : ''}`
        : ' (no skills changes)';
    io.out(`Reviewed plan of #${found.pullRequest.number} (${forTerminal(found.pullRequest.title)}): run ${found.run.url}${artifact}.\n`);
  }
  io.out(
    result.saved
      ? `Saved to ${options.out}${result.found.length > 1 ? ` (the ${result.found.length} plans together)` : ''}.\n`
      : 'No plan to apply: no pull request changed skills.\n',
  );
  if (!options.judge || !result.saved) return 0;
  // merge_group: the group's head must re-plan to exactly the reviewed changes (read-only)
  const verdict = await judgeMergeGroup({ planFile: options.out, config: options.config, ...(options.now ? { now: options.now } : {}) }, io);
  const prs = result.found.map((f) => `#${f.pullRequest.number}`).join(', ');
  const held = `The reviewed plans of ${prs} hold on this commit: ${verdict.changes} changes in ${verdict.queues} queues, exactly as reviewed.`;
  io.out(`${held}\n${leftAloneText(verdict.leftAlone)}`);
  await writeStepSummary(io, `### skillops: merge group checked\n\n${held}\n${leftAloneMarkdown(verdict.leftAlone)}`);
  return 0;
}

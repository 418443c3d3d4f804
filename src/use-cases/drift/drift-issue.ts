// The scheduled drift check keeps one issue: opened when live CXone drifts from skills/,
// updated while it does, closed when it no longer does.

import type { GitHubPort } from '../../github/port.js';
import { boundedMarkdown, chars, ISSUE_BODY_LIMIT_CHARS } from '../../text/bounded-markdown.js';

const DRIFT_LABEL = 'skillops-drift';
const DRIFT_MARKER = '<!-- skillops-drift -->';
/** One issue per tenant of a repository of many; the single-tenant marker is no part of it. */
const markerFor = (tenant?: string) => (tenant ? `<!-- skillops-drift tenant=${tenant} -->` : DRIFT_MARKER);

/**
 * @param decision how to decide (e.g. a link to the pull request that accepts the changes); replaces the generic advice
 * @param tenant one tenant of a repository of many: its own issue
 */
export async function reportDrift(
  github: GitHubPort,
  drifted: boolean,
  markdown: string,
  decision?: string,
  tenant?: string,
): Promise<{ action: 'opened' | 'updated' | 'closed' | 'none'; number?: number }> {
  const marker = markerFor(tenant);
  const open = await github.findOpenIssue(DRIFT_LABEL, marker);
  const advice = decision ?? 'Merge a pull request that updates `skills/`, or run the apply workflow to put CXone back.';
  const where = tenant ? `\`tenants/${tenant}/skills/\`` : '`skills/`';
  const head = `${marker}\nLive CXone${tenant ? ` of tenant \`${tenant}\`` : ''} no longer matches ${where}. Someone changed assignments outside skillops, or a dated change is due.\n\n${advice}\n\n`;
  // GitHub refuses bodies over 65,536 characters: cut, well-formed, pointing at the full drift
  const body =
    head +
    boundedMarkdown(
      markdown,
      chars(ISSUE_BODY_LIMIT_CHARS - head.length - 100),
      "Run `skillops drift` (or see the drift workflow run's log and job summary) for every change.",
    );
  if (drifted && open) {
    await github.updateIssue(open.number, body);
    return { action: 'updated', number: open.number };
  }
  if (drifted)
    return {
      action: 'opened',
      number: (await github.createIssue(`skillops: live CXone drifted from ${tenant ? `tenants/${tenant}/skills/` : 'skills/'}`, body, DRIFT_LABEL)).number,
    };
  if (open) {
    await github.closeIssue(open.number, 'The scheduled drift check finds live CXone matching `skills/` again. Closing.');
    return { action: 'closed', number: open.number };
  }
  return { action: 'none' };
}

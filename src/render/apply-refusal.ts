// The explanation skillops leaves on a merged pull request when it applied nothing:
// why, and the one step that re-plans and applies what is on the default branch now.
import { fenceFor, forTerminal } from '../text/untrusted.js';

const REFUSAL_MARKER = '<!-- skillops-apply-refused -->';

interface RefusalMeta {
  commit?: string;
  runUrl?: string;
  /** Link to the apply workflow's "Run workflow" page. */
  dispatchUrl?: string;
}

export function applyRefusalMarkdown(reason: string, meta: RefusalMeta = {}): string {
  const text = forTerminal(reason.slice(0, 10_000));
  const fence = fenceFor(text);
  return [
    REFUSAL_MARKER,
    '',
    '## skillops apply: nothing was applied',
    '',
    `The merge${meta.commit ? ` (${meta.commit.slice(0, 7)})` : ''} was **not** applied to CXone, because the plan reviewed on this pull request could not be applied as reviewed:`,
    '',
    fence,
    text,
    fence,
    '',
    '**To re-plan and apply what is on the default branch now:** run the apply workflow by hand ' +
      `(${meta.dispatchUrl ? `[Actions → skillops apply → Run workflow](${meta.dispatchUrl})` : 'Actions → skillops apply → Run workflow'}). ` +
      'It plans afresh, shows the plan in the run summary, and waits for the `cxone-production` environment reviewers to approve before it writes.',
    ...(meta.runUrl ? ['', `---\n<sub>[apply run](${meta.runUrl})</sub>`] : []),
  ].join('\n');
}

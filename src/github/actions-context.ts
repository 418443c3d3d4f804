// Where we are in GitHub Actions: repository, pull request, commit and token, from the
// environment the runner sets, with command-line flags taking precedence.
import { readFileSync } from 'node:fs';
import { UsageError } from '../domain/errors.js';
import { workflowRunUrl } from '../text/url.js';
import { OctokitGitHub } from './octokit-adapter.js';
import type { GitHubPort } from './port.js';

interface GitHubContext {
  owner: string;
  repo: string;
  pr?: number;
  sha?: string;
  /** The pull request's base: the branch and the commit its plan was made against. */
  base?: { ref: string; sha: string };
  apiUrl?: string;
  runUrl?: string;
}

export function githubContext(env: NodeJS.ProcessEnv, flags: { repo?: string; pr?: string } = {}, command: { repoFlag?: boolean } = {}): GitHubContext {
  const full = flags.repo ?? env.GITHUB_REPOSITORY;
  const match = full ? /^([\w.-]+)\/([\w.-]+)$/.exec(full) : null;
  // only commands that have a --repo flag may suggest it (apply has none)
  if (!match)
    throw new UsageError(
      `which repository? set GITHUB_REPOSITORY=owner/name (Actions sets it)${command.repoFlag === false ? '' : ' or pass --repo owner/name'}`,
    );
  let pr: number | undefined;
  let sha = env.GITHUB_SHA;
  let base: GitHubContext['base'];
  if (env.GITHUB_EVENT_PATH) {
    try {
      const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
        pull_request?: { number?: number; head?: { sha?: string }; base?: { ref?: unknown; sha?: unknown } };
      };
      if (typeof event.pull_request?.number === 'number') pr = event.pull_request.number;
      if (event.pull_request?.head?.sha) sha = event.pull_request.head.sha;
      const b = event.pull_request?.base;
      if (typeof b?.ref === 'string' && typeof b.sha === 'string' && /^[0-9a-f]{7,64}$/i.test(b.sha)) base = { ref: b.ref, sha: b.sha };
    } catch {
      // not every event has a payload we understand; flags can still say which pull request
    }
  }
  if (flags.pr !== undefined) {
    pr = Number(flags.pr);
    if (!Number.isInteger(pr) || pr < 1) throw new UsageError(`--pr must be a pull request number, not "${flags.pr}"`);
  }
  // the run of the repository named, --repo or GITHUB_REPOSITORY (match is the whole of it)
  const runUrl = workflowRunUrl({ GITHUB_SERVER_URL: env.GITHUB_SERVER_URL, GITHUB_REPOSITORY: full, GITHUB_RUN_ID: env.GITHUB_RUN_ID });
  return {
    owner: match[1]!,
    repo: match[2]!,
    ...(pr ? { pr } : {}),
    ...(sha ? { sha } : {}),
    ...(base ? { base } : {}),
    ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}),
    ...(runUrl ? { runUrl } : {}),
  };
}

export function createGitHub(context: GitHubContext, env: NodeJS.ProcessEnv): GitHubPort {
  const token = env.GITHUB_TOKEN;
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, shown to the user
  if (!token) throw new UsageError('GITHUB_TOKEN is not set; in a workflow pass `env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}`');
  return new OctokitGitHub({ token, owner: context.owner, repo: context.repo, ...(context.apiUrl ? { baseUrl: context.apiUrl } : {}) });
}

// Who is running apply and on which commit: from the Actions environment, else the local user
// and git. The GitHub adapter adds the merged pull request when it can look it up.
import { execFile } from 'node:child_process';
import { userInfo } from 'node:os';
import { promisify } from 'node:util';
import type { Who } from './audit-record.js';

const run = promisify(execFile);

export async function whoFromEnvironment(env: NodeJS.ProcessEnv, cwd: string): Promise<Who> {
  let commit = env.GITHUB_SHA;
  if (!commit) {
    try {
      commit = (await run('git', ['rev-parse', 'HEAD'], { cwd, timeout: 5000 })).stdout.trim() || undefined;
    } catch {
      commit = undefined;
    }
  }
  let actor = env.GITHUB_ACTOR;
  if (!actor) {
    try {
      actor = userInfo().username;
    } catch {
      actor = 'unknown';
    }
  }
  const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  return {
    actor,
    ...(commit ? { commit } : {}),
    ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
    ...(runUrl ? { runUrl } : {}),
  };
}

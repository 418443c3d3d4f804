// Who is running apply and on which commit: from the Actions environment, else the local user
// and git. The GitHub adapter adds the merged pull request when it can look it up. When the
// desired-state files differ from the commit, the record says so (uncommittedChanges) instead of
// naming a commit that does not hold what was applied.
import { execFile } from 'node:child_process';
import { userInfo } from 'node:os';
import { promisify } from 'node:util';
import type { Who } from '../domain/audit.js';
import { workflowRunUrl } from '../text/url.js';

const run = promisify(execFile);

/**
 * @param desiredPaths what the apply read, relative to cwd or absolute: the skills folder and
 *   the settings file. Changes elsewhere (an audit folder, notes) do not make a run dirty.
 */
export async function whoFromEnvironment(env: NodeJS.ProcessEnv, cwd: string, desiredPaths: string[] = ['skills', 'skillops.yaml']): Promise<Who> {
  let commit = env.GITHUB_SHA;
  if (!commit) {
    try {
      commit = (await run('git', ['rev-parse', 'HEAD'], { cwd, timeout: 5000 })).stdout.trim() || undefined;
    } catch {
      commit = undefined;
    }
  }
  const uncommitted = commit ? await uncommittedChanges(cwd, desiredPaths) : undefined;
  let actor = env.GITHUB_ACTOR;
  if (!actor) {
    try {
      actor = userInfo().username;
    } catch {
      actor = 'unknown';
    }
  }
  const runUrl = workflowRunUrl(env);
  return {
    actor,
    ...(commit ? { commit } : {}),
    ...(uncommitted && uncommitted.length > 0 ? { uncommittedChanges: uncommitted } : {}),
    ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
    ...(runUrl ? { runUrl } : {}),
  };
}

/** Modified, added, deleted or untracked files under the given paths (git's view), sorted. */
async function uncommittedChanges(cwd: string, paths: string[]): Promise<string[] | undefined> {
  try {
    // -z: names exactly as stored, whatever characters they hold; untracked files count too
    const { stdout } = await run('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...paths], { cwd, timeout: 5000 });
    const entries = stdout.split('\0').filter(Boolean);
    const files: string[] = [];
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      files.push(entry.slice(3));
      // a rename is followed by its old name
      if (entry[0] === 'R' || entry[0] === 'C') i++;
    }
    return files.sort();
  } catch {
    return undefined;
  }
}

// URLs: those skillops will send to (https anywhere, plain http only to this machine: the
// simulator, tests), and the link to the workflow run a command runs in.

export function isSecureOrLoopback(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'https:') return true;
  if (parsed.protocol !== 'http:') return false;
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** What GitHub Actions sets that names the run: the server, the repository (owner/name) and the run's id. */
export interface WorkflowRunEnv {
  GITHUB_SERVER_URL?: string | undefined;
  GITHUB_REPOSITORY?: string | undefined;
  GITHUB_RUN_ID?: string | undefined;
}

/** The workflow run's page (`<server>/<owner>/<name>/actions/runs/<id>`); undefined unless all three are set. */
export function workflowRunUrl(env: WorkflowRunEnv): string | undefined {
  return env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
    ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
    : undefined;
}

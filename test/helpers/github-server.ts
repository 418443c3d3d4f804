// A loopback HTTP server that answers the GitHub REST routes skillops calls through Octokit
// (comments, issues, pull requests of a commit, reviews, and the git data API for the audit
// commit), for end-to-end tests that run the real CLI as a separate process with GITHUB_API_URL
// pointing here. It keeps state in memory, checks the token, and records every request; any
// route it does not know answers 404 and is recorded as unexpected.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GitHubState {
  defaultBranch: string;
  comments: Array<{ id: number; issue: number; body: string }>;
  issues: Array<{ number: number; title: string; body: string; labels: string[]; state: 'open' | 'closed'; stateReason?: string }>;
  /** merged pull requests by the commit they introduced (head/base/merge commit: what the reviewed-plan trust checks look at) */
  pullsByCommit: Map<
    string,
    { number: number; title: string; user: string; merged_at: string; merge_commit_sha?: string; base?: string; head_sha?: string; head_repo?: string }
  >;
  /** workflow runs (GET /actions/runs) and their artifacts (zip bytes with digest) */
  runs: Array<{ id: number; path: string; event: string; head_sha: string; head_repo: string; status: string; conclusion: string; created_at: string }>;
  artifacts: Map<number, Array<{ id: number; name: string; digest: string; zip: Uint8Array }>>;
  reviews: Map<number, Array<{ user: string; state: string; submitted_at: string }>>;
  refs: Map<string, string>;
  commits: Map<string, { tree: string; parents: string[]; message: string }>;
  trees: Map<string, { base: string; files: Array<{ path: string; content: string }> }>;
  /** pull requests by number (GET /pulls/{n}): what a merge group's check reads */
  pullsByNumber: Map<number, { number: number; title: string; user: string; state: 'open' | 'closed'; base: string; head_sha: string; head_repo?: string }>;
  /** pull requests opened through the API (the drift pull request) */
  pulls: Array<{ number: number; head: string; base: string; title: string; body: string; state: 'open' | 'closed' }>;
}

export interface FakeGitHubServer {
  url: string;
  token: string;
  state: GitHubState;
  requests: Array<{ method: string; path: string }>;
  unexpected: string[];
  /** The files committed on top of `base` on a branch, by following the branch's commits. */
  committedFiles(branch: string): Array<{ path: string; content: string; message: string }>;
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

export async function startGitHubServer(options: { owner: string; repo: string; token: string; headSha: string }): Promise<FakeGitHubServer> {
  const state: GitHubState = {
    defaultBranch: 'main',
    comments: [],
    issues: [],
    pullsByCommit: new Map(),
    runs: [],
    artifacts: new Map(),
    reviews: new Map(),
    refs: new Map([['heads/main', options.headSha]]),
    commits: new Map([[options.headSha, { tree: 'tree-base', parents: [], message: 'base' }]]),
    trees: new Map(),
    pulls: [],
    pullsByNumber: new Map(),
  };
  const requests: FakeGitHubServer['requests'] = [];
  const unexpected: string[] = [];
  let nextId = 5000;
  const repoPath = `/repos/${options.owner}/${options.repo}`;
  const user = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const method = req.method ?? 'GET';
      requests.push({ method, path: url.pathname });
      const send = (status: number, data?: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(data === undefined ? '' : JSON.stringify(data));
      };
      const auth = req.headers.authorization ?? '';
      if (auth !== `token ${options.token}` && auth !== `Bearer ${options.token}`) return send(401, { message: 'Bad credentials' });
      if (!url.pathname.startsWith(repoPath)) {
        unexpected.push(`${method} ${url.pathname}`);
        return send(404, { message: 'Not Found' });
      }
      const route = `${method} ${decodeURIComponent(url.pathname.slice(repoPath.length)) || '/'}`;
      let m: RegExpExecArray | null;
      const input = method === 'GET' || method === 'DELETE' ? {} : await body(req);

      if (route === 'GET /') return send(200, { full_name: `${options.owner}/${options.repo}`, default_branch: state.defaultBranch });
      if ((m = /^GET \/issues\/(\d+)\/comments$/.exec(route))) {
        return send(
          200,
          state.comments.filter((c) => c.issue === Number(m![1])).map((c) => ({ id: c.id, body: c.body, user })),
        );
      }
      if ((m = /^POST \/issues\/(\d+)\/comments$/.exec(route))) {
        const comment = { id: nextId++, issue: Number(m[1]), body: String(input.body) };
        state.comments.push(comment);
        return send(201, { id: comment.id, body: comment.body, user });
      }
      if ((m = /^PATCH \/issues\/comments\/(\d+)$/.exec(route))) {
        const comment = state.comments.find((c) => c.id === Number(m![1]));
        if (!comment) return send(404, { message: 'Not Found' });
        comment.body = String(input.body);
        return send(200, { id: comment.id, body: comment.body, user });
      }
      if ((m = /^DELETE \/issues\/comments\/(\d+)$/.exec(route))) {
        state.comments = state.comments.filter((c) => c.id !== Number(m![1]));
        return send(204);
      }
      if ((m = /^GET \/commits\/(\w+)\/pulls$/.exec(route))) {
        const pr = state.pullsByCommit.get(m[1]!);
        return send(
          200,
          pr
            ? [
                {
                  number: pr.number,
                  title: pr.title,
                  user: { login: pr.user },
                  merged_at: pr.merged_at,
                  merge_commit_sha: pr.merge_commit_sha ?? null,
                  base: { ref: pr.base ?? state.defaultBranch },
                  head: { sha: pr.head_sha ?? 'unknown', repo: { full_name: pr.head_repo ?? `${options.owner}/${options.repo}` } },
                },
              ]
            : [],
        );
      }
      if ((m = /^GET \/pulls\/(\d+)\/reviews$/.exec(route))) {
        return send(
          200,
          (state.reviews.get(Number(m[1])) ?? []).map((r) => ({ user: { login: r.user }, state: r.state, submitted_at: r.submitted_at })),
        );
      }
      if ((m = /^GET \/compare\/(\w+)\.\.\.(\w+)$/.exec(route))) {
        // the commits reachable from head and not from base, oldest first (as GitHub lists them)
        const reachable = (from: string) => {
          const seen: string[] = [];
          const todo = [from];
          while (todo.length > 0) {
            const sha = todo.shift()!;
            if (seen.includes(sha) || !state.commits.has(sha)) continue;
            seen.push(sha);
            todo.push(...state.commits.get(sha)!.parents);
          }
          return seen;
        };
        if (!state.commits.has(m[1]!) || !state.commits.has(m[2]!)) return send(404, { message: 'Not Found' });
        const excluded = new Set(reachable(m[1]!));
        const commits = reachable(m[2]!)
          .filter((sha) => !excluded.has(sha))
          .reverse()
          .map((sha) => ({ sha, parents: state.commits.get(sha)!.parents.map((p) => ({ sha: p })), commit: { message: state.commits.get(sha)!.message } }));
        return send(200, { status: 'ahead', ahead_by: commits.length, behind_by: 0, total_commits: commits.length, commits });
      }
      if ((m = /^GET \/git\/matching-refs\/(.+)$/.exec(route))) {
        const prefix = m[1]!;
        return send(
          200,
          [...state.refs].filter(([ref]) => ref.startsWith(prefix)).map(([ref, sha]) => ({ ref: `refs/${ref}`, object: { sha, type: 'commit' } })),
        );
      }
      if ((m = /^GET \/pulls\/(\d+)$/.exec(route))) {
        const pr = state.pullsByNumber.get(Number(m[1]));
        if (!pr) return send(404, { message: 'Not Found' });
        return send(200, {
          number: pr.number,
          title: pr.title,
          state: pr.state,
          user: { login: pr.user },
          merged_at: null,
          merge_commit_sha: null,
          base: { ref: pr.base },
          head: { sha: pr.head_sha, repo: { full_name: pr.head_repo ?? `${options.owner}/${options.repo}` } },
        });
      }
      if ((m = /^GET \/git\/ref\/(.+)$/.exec(route))) {
        const sha = state.refs.get(m[1]!);
        return sha ? send(200, { ref: `refs/${m[1]}`, object: { sha, type: 'commit' } }) : send(404, { message: 'Not Found' });
      }
      if ((m = /^PATCH \/git\/refs\/(.+)$/.exec(route))) {
        const current = state.refs.get(m[1]!);
        const next = String(input.sha);
        if (!current) return send(404, { message: 'Not Found' });
        if (!input.force && !state.commits.get(next)?.parents.includes(current)) return send(422, { message: 'Update is not a fast forward' });
        state.refs.set(m[1]!, next);
        return send(200, { ref: `refs/${m[1]}`, object: { sha: next, type: 'commit' } });
      }
      if ((m = /^GET \/git\/commits\/(\w+)$/.exec(route))) {
        const commit = state.commits.get(m[1]!);
        return commit
          ? send(200, { sha: m[1], tree: { sha: commit.tree }, parents: commit.parents.map((sha) => ({ sha })), message: commit.message })
          : send(404, { message: 'Not Found' });
      }
      // apply lock refs are deleted on release (created by POST /git/refs below); runs and artifacts
      if ((m = /^DELETE \/git\/refs\/(.+)$/.exec(route))) {
        if (!state.refs.delete(m[1]!)) return send(422, { message: 'Reference does not exist' });
        return send(204);
      }
      if (route === 'GET /actions/runs') {
        const runs = state.runs.filter((r) => r.head_sha === url.searchParams.get('head_sha') && r.event === url.searchParams.get('event'));
        return send(200, {
          total_count: runs.length,
          workflow_runs: runs.map((r) => ({
            ...r,
            head_repository: { full_name: r.head_repo },
            html_url: `https://github.com/${options.owner}/${options.repo}/actions/runs/${r.id}`,
          })),
        });
      }
      if ((m = /^GET \/actions\/runs\/(\d+)\/artifacts$/.exec(route))) {
        const list = state.artifacts.get(Number(m[1])) ?? [];
        return send(200, {
          total_count: list.length,
          artifacts: list.map((a) => ({ id: a.id, name: a.name, digest: a.digest, expired: false, size_in_bytes: a.zip.length })),
        });
      }
      if ((m = /^GET \/actions\/artifacts\/(\d+)\/zip$/.exec(route))) {
        const found = [...state.artifacts.values()].flat().find((a) => a.id === Number(m![1]));
        if (!found) return send(404, { message: 'Not Found' });
        res.writeHead(200, { 'content-type': 'application/zip' });
        return res.end(Buffer.from(found.zip));
      }
      if (route === 'POST /git/trees') {
        const sha = `tree${nextId++}`;
        state.trees.set(sha, {
          base: String(input.base_tree),
          files: (input.tree as Array<{ path: string; content: string }>).map((f) => ({ path: f.path, content: f.content })),
        });
        return send(201, { sha });
      }
      if (route === 'POST /git/commits') {
        const sha = `c${String(nextId++).padStart(39, '0')}`;
        state.commits.set(sha, { tree: String(input.tree), parents: input.parents as string[], message: String(input.message) });
        return send(201, { sha, tree: { sha: input.tree } });
      }
      if (route === 'POST /git/refs') {
        const ref = String(input.ref).replace(/^refs\//, '');
        if (state.refs.has(ref)) return send(422, { message: 'Reference already exists' });
        state.refs.set(ref, String(input.sha));
        return send(201, { ref: `refs/${ref}`, object: { sha: input.sha, type: 'commit' } });
      }
      const pullView = (p: GitHubState['pulls'][number]) => ({
        number: p.number,
        title: p.title,
        body: p.body,
        state: p.state,
        user,
        html_url: `https://github.example/${options.owner}/${options.repo}/pull/${p.number}`,
        head: { ref: p.head, repo: { full_name: `${options.owner}/${options.repo}` } },
        base: { ref: p.base },
      });
      if (route === 'GET /pulls') {
        const head = url.searchParams.get('head')?.split(':').pop();
        const base = url.searchParams.get('base');
        const wanted = url.searchParams.get('state') ?? 'open';
        return send(
          200,
          state.pulls.filter((p) => (wanted === 'all' || p.state === wanted) && (!head || p.head === head) && (!base || p.base === base)).map(pullView),
        );
      }
      if (route === 'POST /pulls') {
        const pull = {
          number: state.issues.length + state.pulls.length + 300,
          head: String(input.head),
          base: String(input.base),
          title: String(input.title),
          body: String(input.body),
          state: 'open' as const,
        };
        state.pulls.push(pull);
        return send(201, pullView(pull));
      }
      if ((m = /^PATCH \/pulls\/(\d+)$/.exec(route))) {
        const pull = state.pulls.find((p) => p.number === Number(m![1]));
        if (!pull) return send(404, { message: 'Not Found' });
        if (typeof input.title === 'string') pull.title = input.title;
        if (typeof input.body === 'string') pull.body = input.body;
        if (input.state === 'closed' || input.state === 'open') pull.state = input.state;
        return send(200, pullView(pull));
      }
      if (route === 'GET /issues') {
        const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
        const open = state.issues.filter((i) => i.state === 'open' && labels.every((l) => i.labels.includes(l)));
        return send(
          200,
          open.map((i) => ({ number: i.number, title: i.title, body: i.body, state: i.state, labels: i.labels.map((name) => ({ name })) })),
        );
      }
      if (route === 'POST /issues') {
        const issue = {
          number: state.issues.length + 100,
          title: String(input.title),
          body: String(input.body),
          labels: (input.labels as string[]) ?? [],
          state: 'open' as const,
        };
        state.issues.push(issue);
        return send(201, { number: issue.number, body: issue.body, state: issue.state });
      }
      if ((m = /^PATCH \/issues\/(\d+)$/.exec(route))) {
        const issue = state.issues.find((i) => i.number === Number(m![1]));
        if (!issue) return send(404, { message: 'Not Found' });
        if (typeof input.body === 'string') issue.body = input.body;
        if (input.state === 'closed' || input.state === 'open') issue.state = input.state;
        if (typeof input.state_reason === 'string') issue.stateReason = input.state_reason;
        return send(200, { number: issue.number, body: issue.body, state: issue.state });
      }
      unexpected.push(route);
      return send(404, { message: 'Not Found' });
    })().catch((error: unknown) => {
      unexpected.push(`error: ${String(error)}`);
      res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    token: options.token,
    state,
    requests,
    unexpected,
    committedFiles(branch) {
      const out: Array<{ path: string; content: string; message: string }> = [];
      let sha = state.refs.get(`heads/${branch}`);
      while (sha && sha !== options.headSha) {
        const commit = state.commits.get(sha);
        if (!commit) break;
        for (const f of state.trees.get(commit.tree)?.files ?? []) out.push({ ...f, message: commit.message });
        sha = commit.parents[0];
      }
      return out.reverse();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// GitHub over @octokit/rest with the throttling and retry plugins (no hand-written retry loops
// except the one the git protocol needs: re-reading a branch head that moved).

import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { GitHubError } from '../domain/errors.js';
import { redact, registerSecret } from '../text/redact.js';
import type {
  ArtifactInfo,
  AssociatedPullRequest,
  Author,
  BranchFile,
  Comment,
  FileCommit,
  GitHubPort,
  IssueRef,
  PullRequestInfo,
  PullRequestRef,
  PullRequestState,
  RangeCommit,
  Review,
  WorkflowRunInfo,
} from './port.js';

const SkillopsOctokit = Octokit.plugin(throttling, retry);

interface OctokitAdapterOptions {
  token: string;
  owner: string;
  repo: string;
  baseUrl?: string;
  /** Attempts to add a commit when the branch head keeps moving. */
  commitAttempts?: number;
  /** Retries of the retry plugin (tests set 0). */
  retries?: number;
  /**
   * The throttling plugin: writes spaced about a second apart, rate limits waited out. On by
   * default for GitHub and GitHub Enterprise Server; off by default for a loopback base URL
   * (a local fake GitHub, which has no rate limits to respect).
   */
  throttle?: boolean;
}

/** http://127.0.0.1 (any 127.x), http://localhost and http://[::1]: a server on this machine. */
function isLoopbackUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

export class OctokitGitHub implements GitHubPort {
  private readonly octokit: InstanceType<typeof SkillopsOctokit>;
  private readonly repo: { owner: string; repo: string };

  constructor(private readonly options: OctokitAdapterOptions) {
    registerSecret(options.token);
    this.repo = { owner: options.owner, repo: options.repo };
    this.octokit = new SkillopsOctokit({
      auth: options.token,
      userAgent: 'skillops',
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
      retry: { retries: options.retries ?? 3 },
      throttle: {
        enabled: options.throttle ?? !(options.baseUrl !== undefined && isLoopbackUrl(options.baseUrl)),
        // wait for primary rate limits a couple of times, never for secondary (abuse) limits
        onRateLimit: (_after: number, _opts: unknown, _o: unknown, retryCount: number) => retryCount < 2,
        onSecondaryRateLimit: () => false,
      },
    });
  }

  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      const status = (error as { status?: number }).status;
      const message = (error as { message?: string }).message ?? String(error);
      const hint =
        status === 401
          ? ' (GITHUB_TOKEN is missing or invalid)'
          : status === 403
            ? ' (the workflow token lacks a permission: check `permissions:`)'
            : status === 404
              ? ' (not found, or no access)'
              : '';
      throw new GitHubError(`GitHub ${what} failed${status ? ` with ${status}` : ''}${hint}: ${redact(message).slice(0, 300)}`, status);
    }
  }

  async listComments(pr: number): Promise<Comment[]> {
    return this.call('listing comments', async () => {
      const all = await this.octokit.paginate(this.octokit.rest.issues.listComments, { ...this.repo, issue_number: pr, per_page: 100 });
      return all.map((c) => ({ id: c.id, body: c.body ?? '', ...(c.user ? { author: { login: c.user.login, type: c.user.type } } : {}) }));
    });
  }

  async createComment(pr: number, body: string): Promise<Comment> {
    return this.call('creating a comment', async () => {
      const { data } = await this.octokit.rest.issues.createComment({ ...this.repo, issue_number: pr, body });
      return { id: data.id, body: data.body ?? '' };
    });
  }

  async updateComment(id: number, body: string): Promise<void> {
    await this.call('updating a comment', () => this.octokit.rest.issues.updateComment({ ...this.repo, comment_id: id, body }));
  }

  async deleteComment(id: number): Promise<void> {
    await this.call('deleting a comment', () => this.octokit.rest.issues.deleteComment({ ...this.repo, comment_id: id }));
  }

  async pullRequestForCommit(sha: string): Promise<PullRequestInfo | undefined> {
    return this.call('finding the pull request of a commit', async () => {
      const { data } = await this.octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...this.repo, commit_sha: sha });
      const pr = data.find((p) => p.merged_at) ?? data[0];
      return pr ? { number: pr.number, title: pr.title, author: pr.user?.login ?? 'unknown' } : undefined;
    });
  }

  async listReviews(pr: number): Promise<Review[]> {
    return this.call('listing reviews', async () => {
      const all = await this.octokit.paginate(this.octokit.rest.pulls.listReviews, { ...this.repo, pull_number: pr, per_page: 100 });
      return all.map((r) => ({ user: r.user?.login ?? 'unknown', state: r.state, submittedAt: r.submitted_at ?? '' }));
    });
  }

  async defaultBranch(): Promise<string> {
    return this.call('reading the repository', async () => (await this.octokit.rest.repos.get(this.repo)).data.default_branch);
  }

  async commitFile(file: FileCommit): Promise<{ sha: string; attempts: number }> {
    const max = this.options.commitAttempts ?? 5;
    for (let attempt = 1; ; attempt++) {
      const head = await this.call('reading the branch head', () => this.octokit.rest.git.getRef({ ...this.repo, ref: `heads/${file.branch}` }));
      const parent = head.data.object.sha;
      const commit = await this.call('reading the head commit', () => this.octokit.rest.git.getCommit({ ...this.repo, commit_sha: parent }));
      const tree = await this.call('writing the tree', () =>
        this.octokit.rest.git.createTree({
          ...this.repo,
          base_tree: commit.data.tree.sha,
          tree: [{ path: file.path, mode: '100644', type: 'blob', content: file.content }],
        }),
      );
      const created = await this.call('writing the commit', () =>
        this.octokit.rest.git.createCommit({ ...this.repo, message: file.message, tree: tree.data.sha, parents: [parent] }),
      );
      try {
        await this.octokit.rest.git.updateRef({ ...this.repo, ref: `heads/${file.branch}`, sha: created.data.sha, force: false });
        return { sha: created.data.sha, attempts: attempt };
      } catch (error) {
        // 422: not a fast-forward, the branch moved meanwhile: build the commit again on the new head
        const status = (error as { status?: number }).status;
        if (status !== 422 || attempt >= max) {
          throw new GitHubError(
            `GitHub updating ${file.branch} failed${status ? ` with ${status}` : ''}${status === 422 ? ` after ${attempt} attempts (the branch kept moving)` : ''}: ${redact((error as Error).message ?? '').slice(0, 200)}`,
            status,
          );
        }
      }
    }
  }

  async findOpenIssue(label: string, marker: string): Promise<IssueRef | undefined> {
    return this.call('listing issues', async () => {
      const issues = await this.octokit.paginate(this.octokit.rest.issues.listForRepo, { ...this.repo, labels: label, state: 'open', per_page: 100 });
      const found = issues.find((i) => !i.pull_request && (i.body ?? '').includes(marker));
      return found ? { number: found.number, body: found.body ?? '', state: 'open' as const } : undefined;
    });
  }

  async createIssue(title: string, body: string, label: string): Promise<IssueRef> {
    return this.call('opening an issue', async () => {
      const { data } = await this.octokit.rest.issues.create({ ...this.repo, title, body, labels: [label] });
      return { number: data.number, body: data.body ?? '', state: 'open' };
    });
  }

  async updateIssue(number: number, body: string): Promise<void> {
    await this.call('updating an issue', () => this.octokit.rest.issues.update({ ...this.repo, issue_number: number, body }));
  }

  async closeIssue(number: number, comment: string): Promise<void> {
    await this.call('commenting on an issue', () => this.octokit.rest.issues.createComment({ ...this.repo, issue_number: number, body: comment }));
    await this.call('closing an issue', () =>
      this.octokit.rest.issues.update({ ...this.repo, issue_number: number, state: 'closed', state_reason: 'completed' }),
    );
  }

  async branchHead(branch: string): Promise<string> {
    return this.call('reading the branch head', async () => (await this.octokit.rest.git.getRef({ ...this.repo, ref: `heads/${branch}` })).data.object.sha);
  }

  async writeBranch(branch: string, parentSha: string, files: BranchFile[], message: string): Promise<{ sha: string; created: boolean }> {
    const parent = await this.call('reading the parent commit', () => this.octokit.rest.git.getCommit({ ...this.repo, commit_sha: parentSha }));
    const tree = await this.call('writing the tree', () =>
      this.octokit.rest.git.createTree({
        ...this.repo,
        base_tree: parent.data.tree.sha,
        tree: files.map((f) => ({ path: f.path, mode: '100644' as const, type: 'blob' as const, content: f.content })),
      }),
    );
    const commit = await this.call('writing the commit', () =>
      this.octokit.rest.git.createCommit({ ...this.repo, message, tree: tree.data.sha, parents: [parentSha] }),
    );
    const sha = commit.data.sha;
    try {
      await this.octokit.rest.git.createRef({ ...this.repo, ref: `refs/heads/${branch}`, sha });
      return { sha, created: true };
    } catch (error) {
      // 422 "Reference already exists": the branch is ours, move it
      if ((error as { status?: number }).status !== 422) {
        throw new GitHubError(
          `GitHub creating branch ${branch} failed${(error as { status?: number }).status ? ` with ${(error as { status?: number }).status}` : ''}: ${redact((error as Error).message ?? '').slice(0, 200)}`,
          (error as { status?: number }).status,
        );
      }
    }
    await this.call(`moving branch ${branch}`, () => this.octokit.rest.git.updateRef({ ...this.repo, ref: `heads/${branch}`, sha, force: true }));
    return { sha, created: false };
  }

  async findOpenPullRequest(branch: string, base: string, author: Author): Promise<PullRequestRef | undefined> {
    return this.call('listing pull requests', async () => {
      const pulls = await this.octokit.paginate(this.octokit.rest.pulls.list, {
        ...this.repo,
        state: 'open',
        head: `${this.repo.owner}:${branch}`,
        base,
        per_page: 100,
      });
      const found = pulls.find(
        (p) =>
          p.user?.login === author.login &&
          p.user?.type === author.type &&
          p.head.ref === branch &&
          p.head.repo?.full_name === `${this.repo.owner}/${this.repo.repo}`,
      );
      return found
        ? {
            number: found.number,
            title: found.title,
            body: found.body ?? '',
            url: found.html_url,
            author: { login: found.user!.login, type: found.user!.type },
          }
        : undefined;
    });
  }

  async createPullRequest(pr: { branch: string; base: string; title: string; body: string }): Promise<PullRequestRef> {
    return this.call('opening a pull request', async () => {
      const { data } = await this.octokit.rest.pulls.create({ ...this.repo, head: pr.branch, base: pr.base, title: pr.title, body: pr.body });
      return {
        number: data.number,
        title: data.title,
        body: data.body ?? '',
        url: data.html_url,
        author: { login: data.user?.login ?? 'unknown', type: data.user?.type ?? 'unknown' },
      };
    });
  }

  async updatePullRequest(number: number, pr: { title: string; body: string }): Promise<void> {
    await this.call('updating a pull request', () => this.octokit.rest.pulls.update({ ...this.repo, pull_number: number, title: pr.title, body: pr.body }));
  }

  async closePullRequest(number: number, comment: string): Promise<void> {
    await this.call('commenting on a pull request', () => this.octokit.rest.issues.createComment({ ...this.repo, issue_number: number, body: comment }));
    await this.call('closing a pull request', () => this.octokit.rest.pulls.update({ ...this.repo, pull_number: number, state: 'closed' }));
  }

  // --- apply safety: reviewed plans, the apply lock, the audit branch -------------------------

  async pullRequestsForCommit(sha: string): Promise<AssociatedPullRequest[]> {
    return this.call('finding the pull requests of a commit', async () => {
      const { data } = await this.octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...this.repo, commit_sha: sha });
      return data.map((p) => ({
        number: p.number,
        title: p.title,
        author: p.user?.login ?? 'unknown',
        ...(p.merged_at ? { mergedAt: p.merged_at } : {}),
        ...(p.merge_commit_sha ? { mergeCommitSha: p.merge_commit_sha } : {}),
        baseRef: p.base.ref,
        headSha: p.head.sha,
        ...(p.head.repo?.full_name ? { headRepository: p.head.repo.full_name } : {}),
      }));
    });
  }

  async openPullRequests(base: string): Promise<number[]> {
    return this.call('listing open pull requests', async () => {
      const all = await this.octokit.paginate(this.octokit.rest.pulls.list, { ...this.repo, state: 'open', base, per_page: 100 });
      return all.map((p) => p.number);
    });
  }

  async commitsBetween(base: string, head: string): Promise<{ commits: RangeCommit[]; complete: boolean }> {
    return this.call('comparing two commits', async () => {
      // one page of up to 250 commits: a push of more is refused rather than guessed at
      const { data } = await this.octokit.rest.repos.compareCommitsWithBasehead({ ...this.repo, basehead: `${base}...${head}`, per_page: 250 });
      const commits = data.commits.map((c) => ({ sha: c.sha, parents: c.parents.map((p) => p.sha) }));
      return { commits, complete: commits.length >= data.total_commits };
    });
  }

  async mergeQueueEntries(baseBranch: string): Promise<Array<{ pullRequest: number; sha: string }>> {
    return this.call('listing the merge queue', async () => {
      const prefix = `heads/gh-readonly-queue/${baseBranch}/`;
      const { data } = await this.octokit.rest.git.listMatchingRefs({ ...this.repo, ref: prefix });
      return data.flatMap((r) => {
        const m = /\/pr-(\d+)-[0-9a-f]+$/.exec(r.ref);
        return m ? [{ pullRequest: Number(m[1]), sha: r.object.sha }] : [];
      });
    });
  }

  async pullRequest(number: number): Promise<PullRequestState> {
    return this.call('reading a pull request', async () => {
      const { data: p } = await this.octokit.rest.pulls.get({ ...this.repo, pull_number: number });
      return {
        number: p.number,
        title: p.title,
        author: p.user?.login ?? 'unknown',
        state: p.state === 'open' ? 'open' : 'closed',
        ...(p.merged_at ? { mergedAt: p.merged_at } : {}),
        ...(p.merge_commit_sha ? { mergeCommitSha: p.merge_commit_sha } : {}),
        baseRef: p.base.ref,
        headSha: p.head.sha,
        ...(p.head.repo?.full_name ? { headRepository: p.head.repo.full_name } : {}),
      };
    });
  }

  async listWorkflowRuns(query: { headSha: string; event: string }): Promise<WorkflowRunInfo[]> {
    return this.call('listing workflow runs', async () => {
      const { data } = await this.octokit.rest.actions.listWorkflowRunsForRepo({ ...this.repo, head_sha: query.headSha, event: query.event, per_page: 100 });
      return data.workflow_runs
        .map((r) => ({
          id: r.id,
          path: r.path,
          event: r.event,
          headSha: r.head_sha,
          ...(r.head_repository?.full_name ? { headRepository: r.head_repository.full_name } : {}),
          status: r.status ?? 'unknown',
          ...(r.conclusion ? { conclusion: r.conclusion } : {}),
          createdAt: r.created_at,
          url: r.html_url,
        }))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
    });
  }

  async listRunArtifacts(runId: number): Promise<ArtifactInfo[]> {
    return this.call('listing run artifacts', async () => {
      const all = await this.octokit.paginate(this.octokit.rest.actions.listWorkflowRunArtifacts, { ...this.repo, run_id: runId, per_page: 100 });
      return all.map((a) => ({ id: a.id, name: a.name, ...(a.digest ? { digest: a.digest } : {}), expired: a.expired, sizeInBytes: a.size_in_bytes }));
    });
  }

  async downloadArtifact(artifactId: number): Promise<Uint8Array> {
    return this.call('downloading an artifact', async () => {
      const { data } = await this.octokit.rest.actions.downloadArtifact({ ...this.repo, artifact_id: artifactId, archive_format: 'zip' });
      return new Uint8Array(data as ArrayBuffer);
    });
  }

  async workflowRun(runId: number): Promise<{ id: number; status: string; conclusion?: string; url: string }> {
    return this.call('reading a workflow run', async () => {
      const { data } = await this.octokit.rest.actions.getWorkflowRun({ ...this.repo, run_id: runId });
      return { id: data.id, status: data.status ?? 'unknown', ...(data.conclusion ? { conclusion: data.conclusion } : {}), url: data.html_url };
    });
  }

  async createLockRef(name: string, message: string): Promise<{ created: boolean }> {
    const base = await this.defaultBranch();
    const head = await this.call('reading the default branch', () => this.octokit.rest.git.getRef({ ...this.repo, ref: `heads/${base}` }));
    const headCommit = await this.call('reading the head commit', () => this.octokit.rest.git.getCommit({ ...this.repo, commit_sha: head.data.object.sha }));
    // a parentless commit on the default tree: it only carries the holder in its message
    const commit = await this.call('writing the lock commit', () =>
      this.octokit.rest.git.createCommit({ ...this.repo, message, tree: headCommit.data.tree.sha, parents: [] }),
    );
    try {
      await this.octokit.rest.git.createRef({ ...this.repo, ref: `refs/heads/${name}`, sha: commit.data.sha });
      return { created: true };
    } catch (error) {
      const status = (error as { status?: number }).status;
      const text = (error as { message?: string }).message ?? '';
      if (status === 422 && /already exists/i.test(text)) return { created: false };
      // some 422s are generic ("Reference update failed"): the ref decides
      if (status === 422 && (await this.readLockRef(name))) return { created: false };
      throw new GitHubError(
        `GitHub creating the lock branch ${name} failed${status ? ` with ${status}` : ''}${status === 403 || status === 404 ? ' (the token needs contents: write)' : ''}: ${redact(text).slice(0, 200)}`,
        status,
      );
    }
  }

  async readLockRef(name: string): Promise<{ sha: string; message: string } | undefined> {
    let sha: string;
    try {
      sha = (await this.octokit.rest.git.getRef({ ...this.repo, ref: `heads/${name}` })).data.object.sha;
    } catch (error) {
      if ((error as { status?: number }).status === 404) return undefined;
      return this.call('reading the lock branch', () => Promise.reject(error));
    }
    const commit = await this.call('reading the lock commit', () => this.octokit.rest.git.getCommit({ ...this.repo, commit_sha: sha }));
    return { sha, message: commit.data.message };
  }

  async takeOverLockRef(name: string, heldSha: string, message: string): Promise<{ taken: boolean }> {
    const held = await this.call('reading the lock commit', () => this.octokit.rest.git.getCommit({ ...this.repo, commit_sha: heldSha }));
    const commit = await this.call('writing the lock commit', () =>
      this.octokit.rest.git.createCommit({ ...this.repo, message, tree: held.data.tree.sha, parents: [heldSha] }),
    );
    try {
      // force: false makes the update a compare-and-swap: it only fast-forwards from heldSha
      await this.octokit.rest.git.updateRef({ ...this.repo, ref: `heads/${name}`, sha: commit.data.sha, force: false });
      return { taken: true };
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === 422 || status === 404) return { taken: false }; // moved or gone meanwhile
      return this.call('taking over the lock branch', () => Promise.reject(error));
    }
  }

  async deleteLockRef(name: string): Promise<void> {
    try {
      await this.octokit.rest.git.deleteRef({ ...this.repo, ref: `heads/${name}` });
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === 404 || status === 422) return; // already gone
      await this.call('deleting the lock branch', () => Promise.reject(error));
    }
  }

  async ensureBranch(name: string): Promise<{ created: boolean }> {
    try {
      await this.octokit.rest.git.getRef({ ...this.repo, ref: `heads/${name}` });
      return { created: false };
    } catch (error) {
      if ((error as { status?: number }).status !== 404) return this.call(`reading branch ${name}`, () => Promise.reject(error));
    }
    const base = await this.defaultBranch();
    const head = await this.call('reading the default branch', () => this.octokit.rest.git.getRef({ ...this.repo, ref: `heads/${base}` }));
    await this.call(`creating branch ${name}`, () => this.octokit.rest.git.createRef({ ...this.repo, ref: `refs/heads/${name}`, sha: head.data.object.sha }));
    return { created: true };
  }
}

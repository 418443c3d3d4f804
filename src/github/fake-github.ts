// An in-memory GitHub for tests: same port, no network. It records what was
// asked of it, and can simulate a branch head that moves while a commit is being made.
import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import { GitHubError } from '../domain/errors.js';
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
  Review,
  WorkflowRunInfo,
} from './port.js';

interface FakePullRequest extends PullRequestRef {
  branch: string;
  base: string;
  state: 'open' | 'closed';
  merged: boolean;
  comments: string[];
}

export class FakeGitHub implements GitHubPort {
  comments = new Map<number, Array<Comment & { pr: number }>>();
  pulls = new Map<string, PullRequestInfo>();
  reviews = new Map<number, Review[]>();
  commits: Array<FileCommit & { sha: string; parent: string }> = [];
  issues: Array<IssueRef & { title: string; label: string; comments: string[] }> = [];
  heads = new Map<string, string>([['main', 'base0000']]);
  /** Branches written with writeBranch: the files of their one commit on top of the parent. */
  branches = new Map<string, { sha: string; parent: string; files: BranchFile[]; message: string }>();
  pullRequests: FakePullRequest[] = [];
  /** Who the token acts as: pull requests it opens carry this author. */
  actor: Author = { login: 'github-actions[bot]', type: 'Bot' };
  /** How many commit attempts find the head moved (simulated concurrent pushes). */
  headMovesFor = 0;
  private nextId = 1000;

  async listComments(pr: number) {
    return (this.comments.get(pr) ?? []).map(({ id, body, author }) => ({ id, body, ...(author ? { author } : {}) }));
  }
  async createComment(pr: number, body: string) {
    const comment = { id: this.nextId++, body, pr, author: this.actor };
    this.comments.set(pr, [...(this.comments.get(pr) ?? []), comment]);
    return { id: comment.id, body, author: this.actor };
  }
  async updateComment(id: number, body: string) {
    for (const list of this.comments.values()) {
      const c = list.find((x) => x.id === id);
      if (c) c.body = body;
    }
  }
  async deleteComment(id: number) {
    for (const [pr, list] of this.comments)
      this.comments.set(
        pr,
        list.filter((c) => c.id !== id),
      );
  }
  async pullRequestForCommit(sha: string) {
    return this.pulls.get(sha);
  }
  async listReviews(pr: number) {
    return this.reviews.get(pr) ?? [];
  }
  async defaultBranch() {
    return 'main';
  }
  async commitFile(file: FileCommit) {
    this.check('commitFile');
    let attempts = 0;
    for (;;) {
      attempts++;
      const parent = this.heads.get(file.branch) ?? 'base0000';
      if (this.headMovesFor > 0) {
        // someone pushed between our read of the head and our ref update
        this.headMovesFor--;
        this.heads.set(file.branch, `moved${attempts}`);
        continue;
      }
      const sha = `c${String(this.commits.length + 1).padStart(7, '0')}`;
      this.commits.push({ ...file, sha, parent });
      this.heads.set(file.branch, sha);
      return { sha, attempts };
    }
  }
  async findOpenIssue(label: string, marker: string) {
    return this.issues.find((i) => i.state === 'open' && i.label === label && i.body.includes(marker));
  }
  async createIssue(title: string, body: string, label: string) {
    const issue = { number: this.nextNumber(), title, body, label, state: 'open' as const, comments: [] };
    this.issues.push(issue);
    return issue;
  }
  async updateIssue(number: number, body: string) {
    const issue = this.issues.find((i) => i.number === number);
    if (issue) issue.body = body;
  }
  async closeIssue(number: number, comment: string) {
    const issue = this.issues.find((i) => i.number === number);
    if (issue) {
      issue.comments.push(comment);
      (issue as { state: string }).state = 'closed';
    }
  }
  async branchHead(branch: string) {
    return this.branches.get(branch)?.sha ?? this.heads.get(branch) ?? 'base0000';
  }
  async writeBranch(branch: string, parentSha: string, files: BranchFile[], message: string) {
    const created = !this.branches.has(branch) && !this.heads.has(branch);
    const sha = `b${String(this.branches.size + this.commits.length + 1).padStart(7, '0')}${branch.length}`;
    this.branches.set(branch, { sha, parent: parentSha, files: files.map((f) => ({ ...f })), message });
    this.heads.set(branch, sha);
    return { sha, created };
  }
  async findOpenPullRequest(branch: string, base: string, author: Author) {
    return this.pullRequests.find(
      (p) => p.state === 'open' && p.branch === branch && p.base === base && p.author.login === author.login && p.author.type === author.type,
    );
  }
  async createPullRequest(pr: { branch: string; base: string; title: string; body: string }) {
    const number = this.nextNumber();
    const created: FakePullRequest = {
      number,
      title: pr.title,
      body: pr.body,
      url: `https://github.com/acme/skills/pull/${number}`,
      author: { ...this.actor },
      branch: pr.branch,
      base: pr.base,
      state: 'open',
      merged: false,
      comments: [],
    };
    this.pullRequests.push(created);
    return created;
  }
  async updatePullRequest(number: number, pr: { title: string; body: string }) {
    const found = this.pullRequests.find((p) => p.number === number);
    if (found) Object.assign(found, pr);
  }
  async closePullRequest(number: number, comment: string) {
    const found = this.pullRequests.find((p) => p.number === number);
    if (found) {
      found.comments.push(comment);
      found.state = 'closed';
    }
  }
  /** Test helper: what a reviewer pressing "Merge" does to the pull request's state. */
  merge(number: number) {
    const found = this.pullRequests.find((p) => p.number === number);
    if (found) Object.assign(found, { state: 'closed', merged: true });
  }
  /** Issues and pull requests share one number sequence, as on GitHub. */
  private nextNumber() {
    return this.issues.length + this.pullRequests.length + 1;
  }

  // --- apply safety: reviewed plans, the apply lock, the audit branch -------------------------

  /** GET /commits/{sha}/pulls answers, by commit. */
  associated = new Map<string, AssociatedPullRequest[]>();
  /** How many lookups of a commit's pull requests still see merge_commit_sha null. */
  mergeShaPendingFor = 0;
  runs: WorkflowRunInfo[] = [];
  artifacts = new Map<number, Array<ArtifactInfo & { zip: Uint8Array }>>();
  lockRefs = new Map<string, { sha: string; message: string }>();
  /** Methods that fail, with the status and message GitHub would send. */
  failing = new Map<string, { status: number; message: string }>();
  /** Every method fails with 401, as with a revoked or wrong token. */
  unauthorized = false;
  /** Calls made to the issue-14 methods and commitFile, in order (tests check what happened first). */
  calls: string[] = [];

  private check(method: string): void {
    this.calls.push(method);
    if (this.unauthorized) throw new GitHubError(`GitHub ${method} failed with 401 (GITHUB_TOKEN is missing or invalid): Bad credentials`, 401);
    const failure = this.failing.get(method);
    if (failure) throw new GitHubError(`GitHub ${method} failed with ${failure.status}: ${failure.message}`, failure.status);
  }

  /** What actions/upload-artifact would store for a run: a zip of `files`, with its SHA-256 digest. */
  uploadArtifact(runId: number, name: string, files: Record<string, string>): ArtifactInfo {
    const zip = zipSync(Object.fromEntries(Object.entries(files).map(([file, text]) => [file, new TextEncoder().encode(text)])));
    const info = { id: this.nextId++, name, digest: `sha256:${createHash('sha256').update(zip).digest('hex')}`, expired: false, sizeInBytes: zip.length };
    this.artifacts.set(runId, [...(this.artifacts.get(runId) ?? []), { ...info, zip }]);
    return info;
  }

  /** Plants a comment written by someone else (tests of comment authorship). */
  addComment(pr: number, body: string, author: { login: string; type: string }): number {
    const comment = { id: this.nextId++, body, pr, author };
    this.comments.set(pr, [...(this.comments.get(pr) ?? []), comment]);
    return comment.id;
  }

  async pullRequestsForCommit(sha: string) {
    this.check('pullRequestsForCommit');
    const list = this.associated.get(sha) ?? [];
    if (this.mergeShaPendingFor > 0) {
      this.mergeShaPendingFor--;
      return list.map(({ mergeCommitSha: _pending, ...rest }) => rest);
    }
    return list;
  }
  /** Commits by sha, for commitsBetween: their parents, first parent first. */
  commitGraph = new Map<string, string[]>();
  /** The merge queue's entries (gh-readonly-queue branches) and pull requests by number. */
  queueEntries: Array<{ pullRequest: number; sha: string }> = [];
  pullRequestStates = new Map<number, PullRequestState>();
  /** Open pull requests by number and base, for openPullRequests. */
  openPulls = new Map<number, string>();
  async openPullRequests(base: string) {
    this.check('openPullRequests');
    return [...this.openPulls].filter(([, b]) => b === base).map(([n]) => n);
  }
  async commitsBetween(base: string, head: string) {
    this.check('commitsBetween');
    const reachable = (from: string) => {
      const seen = new Set<string>();
      const todo = [from];
      while (todo.length > 0) {
        const sha = todo.pop()!;
        if (seen.has(sha)) continue;
        seen.add(sha);
        todo.push(...(this.commitGraph.get(sha) ?? []));
      }
      return seen;
    };
    const excluded = reachable(base);
    const commits = [...reachable(head)].filter((sha) => !excluded.has(sha)).map((sha) => ({ sha, parents: this.commitGraph.get(sha) ?? [] }));
    return { commits: commits.reverse(), complete: true };
  }
  async mergeQueueEntries(_baseBranch: string) {
    this.check('mergeQueueEntries');
    return this.queueEntries;
  }
  async pullRequest(number: number) {
    this.check('pullRequest');
    const found = this.pullRequestStates.get(number);
    if (!found) throw new GitHubError(`GitHub reading pull request #${number} failed with 404 (not found, or no access)`, 404);
    return found;
  }
  async listWorkflowRuns(query: { headSha: string; event: string }) {
    this.check('listWorkflowRuns');
    return this.runs
      .filter((r) => r.headSha === query.headSha && r.event === query.event)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
  }
  async workflowRun(runId: number) {
    this.check('workflowRun');
    const run = this.runs.find((r) => r.id === runId);
    if (!run) throw new GitHubError(`GitHub reading a workflow run failed with 404 (not found, or no access)`, 404);
    return { id: run.id, status: run.status, ...(run.conclusion ? { conclusion: run.conclusion } : {}), url: run.url };
  }
  async listRunArtifacts(runId: number) {
    this.check('listRunArtifacts');
    return (this.artifacts.get(runId) ?? []).map(({ zip: _zip, ...info }) => info);
  }
  async downloadArtifact(artifactId: number) {
    this.check('downloadArtifact');
    for (const list of this.artifacts.values()) {
      const found = list.find((a) => a.id === artifactId);
      if (found) return found.zip;
    }
    throw new GitHubError(`GitHub downloading an artifact failed with 404 (not found, or no access)`, 404);
  }
  async createLockRef(name: string, message: string) {
    this.check('createLockRef');
    if (this.lockRefs.has(name) || this.heads.has(name)) return { created: false };
    this.lockRefs.set(name, { sha: `lock${String(this.nextId++)}`, message });
    return { created: true };
  }
  async readLockRef(name: string) {
    this.check('readLockRef');
    return this.lockRefs.get(name);
  }
  async takeOverLockRef(name: string, heldSha: string, message: string) {
    this.check('takeOverLockRef');
    if (this.lockRefs.get(name)?.sha !== heldSha) return { taken: false };
    this.lockRefs.set(name, { sha: `lock${String(this.nextId++)}`, message });
    return { taken: true };
  }
  async deleteLockRef(name: string) {
    this.check('deleteLockRef');
    this.lockRefs.delete(name);
  }
  async ensureBranch(name: string) {
    this.check('ensureBranch');
    if (this.heads.has(name)) return { created: false };
    this.heads.set(name, this.heads.get('main') ?? 'base0000');
    return { created: true };
  }
}

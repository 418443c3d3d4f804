// An in-memory GitHub for tests and local dry runs: same port, no network. It records what was
// asked of it, and can simulate a branch head that moves while a commit is being made.
import type { Author, BranchFile, Comment, FileCommit, GitHubPort, IssueRef, PullRequestInfo, PullRequestRef, Review } from './port.js';

export interface FakePullRequest extends PullRequestRef {
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
    return (this.comments.get(pr) ?? []).map(({ id, body }) => ({ id, body }));
  }
  async createComment(pr: number, body: string) {
    const comment = { id: this.nextId++, body, pr };
    this.comments.set(pr, [...(this.comments.get(pr) ?? []), comment]);
    return { id: comment.id, body };
  }
  async updateComment(id: number, body: string) {
    for (const list of this.comments.values()) {
      const c = list.find((x) => x.id === id);
      if (c) c.body = body;
    }
  }
  async deleteComment(id: number) {
    for (const [pr, list] of this.comments) this.comments.set(pr, list.filter((c) => c.id !== id));
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
    return this.pullRequests.find((p) => p.state === 'open' && p.branch === branch && p.base === base && p.author.login === author.login && p.author.type === author.type);
  }
  async createPullRequest(pr: { branch: string; base: string; title: string; body: string }) {
    const number = this.nextNumber();
    const created: FakePullRequest = { number, title: pr.title, body: pr.body, url: `https://github.com/acme/skills/pull/${number}`, author: { ...this.actor }, branch: pr.branch, base: pr.base, state: 'open', merged: false, comments: [] };
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
}

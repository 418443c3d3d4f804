// An in-memory GitHub for tests and local dry runs: same port, no network. It records what was
// asked of it, and can simulate a branch head that moves while a commit is being made.
import type { Comment, FileCommit, GitHubPort, IssueRef, PullRequestInfo, Review } from './port.js';

export class FakeGitHub implements GitHubPort {
  comments = new Map<number, Array<Comment & { pr: number }>>();
  pulls = new Map<string, PullRequestInfo>();
  reviews = new Map<number, Review[]>();
  commits: Array<FileCommit & { sha: string; parent: string }> = [];
  issues: Array<IssueRef & { title: string; label: string; comments: string[] }> = [];
  heads = new Map<string, string>([['main', 'base0000']]);
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
    const issue = { number: this.issues.length + 1, title, body, label, state: 'open' as const, comments: [] };
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
}

// The GitHub port: what skillops asks of the hosting service, in its own words. The Octokit
// adapter talks to GitHub (or GitHub Enterprise Server); FakeGitHub serves tests and dry runs.

export interface Comment {
  id: number;
  body: string;
}

export interface PullRequestInfo {
  number: number;
  title: string;
  author: string;
}

export interface Review {
  user: string;
  state: string;
  submittedAt: string;
}

export interface IssueRef {
  number: number;
  body: string;
  state: 'open' | 'closed';
}

export interface FileCommit {
  branch: string;
  path: string;
  content: string;
  message: string;
}

export interface GitHubPort {
  listComments(pr: number): Promise<Comment[]>;
  createComment(pr: number, body: string): Promise<Comment>;
  updateComment(id: number, body: string): Promise<void>;
  deleteComment(id: number): Promise<void>;
  pullRequestForCommit(sha: string): Promise<PullRequestInfo | undefined>;
  listReviews(pr: number): Promise<Review[]>;
  defaultBranch(): Promise<string>;
  /** Adds one file in a new commit on top of the branch head; retried when the head moved. */
  commitFile(file: FileCommit): Promise<{ sha: string; attempts: number }>;
  findOpenIssue(label: string, marker: string): Promise<IssueRef | undefined>;
  createIssue(title: string, body: string, label: string): Promise<IssueRef>;
  updateIssue(number: number, body: string): Promise<void>;
  closeIssue(number: number, comment: string): Promise<void>;
}

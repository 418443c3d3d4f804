// The GitHub port: what skillops asks of the hosting service, in its own words. The Octokit
// adapter talks to GitHub (or GitHub Enterprise Server); FakeGitHub serves the tests.

export interface Comment {
  id: number;
  body: string;
  /** Who wrote it: only skillops' own comments are read or edited as its own. */
  author?: { login: string; type: string };
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

/** Who opened something: both are checked, since `type` alone admits every installed App and a
 *  login alone could be a look-alike (human logins cannot contain "[bot]"). */
export interface Author {
  login: string;
  type: string;
}

export interface PullRequestRef {
  number: number;
  title: string;
  body: string;
  url: string;
  author: Author;
}

export interface BranchFile {
  path: string;
  content: string;
}

// --- apply safety: reviewed plans, the apply lock, the audit branch ---------------------------

/** A pull request associated with a commit (GET /commits/{sha}/pulls), with what trust checks need. */
export interface AssociatedPullRequest {
  number: number;
  title: string;
  author: string;
  mergedAt?: string;
  /** null on GitHub for a moment after the merge. */
  mergeCommitSha?: string;
  baseRef: string;
  headSha: string;
  /** owner/name of the head repository (a fork differs from this repository). */
  headRepository?: string;
}

export interface WorkflowRunInfo {
  id: number;
  /** Workflow file, e.g. .github/workflows/skillops-plan.yml */
  path: string;
  event: string;
  headSha: string;
  /** owner/name of the repository the run's head commit came from. */
  headRepository?: string;
  status: string;
  conclusion?: string;
  createdAt: string;
  url: string;
}

export interface ArtifactInfo {
  id: number;
  name: string;
  /** "sha256:<hex>" of the artifact's zip, when GitHub recorded one. */
  digest?: string;
  expired: boolean;
  sizeInBytes: number;
}

/** A commit of a compared range, with its parents (first parent first). */
export interface RangeCommit {
  sha: string;
  parents: string[];
}

/** A pull request by number, with what trust checks need. */
export interface PullRequestState extends AssociatedPullRequest {
  state: 'open' | 'closed';
}

/** What a safe apply needs: the reviewed plan's run and artifact, the lock, the audit branch. */
interface ApplySafetyPort {
  pullRequestsForCommit(sha: string): Promise<AssociatedPullRequest[]>;
  /**
   * The commits reachable from `head` and not from `base` (GET /compare/{base}...{head}), oldest
   * first; `complete` is false when GitHub listed fewer than the range holds.
   */
  commitsBetween(base: string, head: string): Promise<{ commits: RangeCommit[]; complete: boolean }>;
  /** The merge queue's entries for `baseBranch`: its gh-readonly-queue/<base>/pr-<number>-<sha> branches. */
  mergeQueueEntries(baseBranch: string): Promise<Array<{ pullRequest: number; sha: string }>>;
  pullRequest(number: number): Promise<PullRequestState>;
  /** Runs for a head commit, newest first. */
  listWorkflowRuns(query: { headSha: string; event: string }): Promise<WorkflowRunInfo[]>;
  listRunArtifacts(runId: number): Promise<ArtifactInfo[]>;
  /** One workflow run of this repository (GET /actions/runs/{id}): is it still queued or in progress? */
  workflowRun(runId: number): Promise<{ id: number; status: string; conclusion?: string; url: string }>;
  /** The artifact's zip archive. */
  downloadArtifact(artifactId: number): Promise<Uint8Array>;
  /** Creates branch `name` at a new commit whose message is `message`; false when it exists. */
  createLockRef(name: string, message: string): Promise<{ created: boolean }>;
  readLockRef(name: string): Promise<{ sha: string; message: string } | undefined>;
  /**
   * Moves branch `name` from the commit `heldSha` to a new commit on top of it whose message is
   * `message`, as a fast-forward: false when the branch no longer points at `heldSha` (another
   * run took it over or released it first), so of two runs taking over one lock only one gets it.
   */
  takeOverLockRef(name: string, heldSha: string, message: string): Promise<{ taken: boolean }>;
  deleteLockRef(name: string): Promise<void>;
  /** Makes sure branch `name` exists (created from the default branch head when missing). */
  ensureBranch(name: string): Promise<{ created: boolean }>;
}

export interface GitHubPort extends ApplySafetyPort {
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
  /** The commit a branch points at. */
  branchHead(branch: string): Promise<string>;
  /**
   * Points `branch` at one new commit whose parent is `parentSha` and which changes `files`:
   * creates the branch, or moves it there even if that drops commits (the branch belongs to
   * skillops and is rebuilt on every run).
   */
  writeBranch(branch: string, parentSha: string, files: BranchFile[], message: string): Promise<{ sha: string; created: boolean }>;
  /** The numbers of the open pull requests into `base`. */
  openPullRequests(base: string): Promise<number[]>;
  /** The open pull request from `branch` into `base` whose author is exactly `author` (login and type). */
  findOpenPullRequest(branch: string, base: string, author: Author): Promise<PullRequestRef | undefined>;
  createPullRequest(pr: { branch: string; base: string; title: string; body: string }): Promise<PullRequestRef>;
  updatePullRequest(number: number, pr: { title: string; body: string }): Promise<void>;
  closePullRequest(number: number, comment: string): Promise<void>;
}

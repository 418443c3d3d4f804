// A team's config repository for end-to-end runs of the generated workflows: made with the
// packed and installed package (`skillops init`, `skillops import`), with the simulator behind a
// loopback recorder that counts every CXone request and notes each write by queue, and the
// loopback fake GitHub. Pull requests are real branches and merge commits in a temporary git
// repository; the workflows run through helpers/workflow-runner.ts. What the runner does not run
// (actions/upload-artifact, GitHub recording runs and merges) is done here the way GitHub does it.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { zipSync } from 'fflate';
import { parse } from 'yaml';
import type { RunningSim } from '../../src/sim/server.js';
import { type FakeGitHubServer, startGitHubServer } from './github-server.js';
import { installedPackage, ROOT } from './package.js';
import { gitIn, TEAM } from './repo.js';
import { startSim } from './sim.js';
import { tempDir } from './temp-dir.js';
import { type JobResult, runWorkflow, type StepResult, type WorkflowContext } from './workflow-runner.js';

const exec = promisify(execFile);
export const REPOSITORY = 'acme-contact/skills-config';
const TOKEN = 'ghs_fake_workflow_token_0123456789';

/** One CXone write as the recorder saw it: the queue (skill) it wrote and the agents in its body. */
export interface CxoneWrite {
  method: string;
  skillId: number;
  agents: Array<{ agentId: number; proficiency?: number; isActive?: boolean }>;
}

/** The tenant-wide bulk write (POST /agents/skills), one entry per queue (skill) it names. */
function bulkWrites(body: Buffer): CxoneWrite[] {
  const parsed = JSON.parse(body.toString('utf8') || '{}') as {
    agentAndSkillDetails?: Array<{ agentIds?: string[]; skills?: Array<{ skillIds?: string[]; proficiency?: number; isActive?: boolean }> }>;
  };
  const bySkill = new Map<number, CxoneWrite>();
  for (const detail of parsed.agentAndSkillDetails ?? []) {
    for (const group of detail.skills ?? []) {
      for (const skillId of (group.skillIds ?? []).map(Number)) {
        const write = bySkill.get(skillId) ?? { method: 'POST /agents/skills', skillId, agents: [] };
        bySkill.set(skillId, write);
        for (const agentId of detail.agentIds ?? [])
          write.agents.push({
            agentId: Number(agentId),
            ...(group.proficiency !== undefined ? { proficiency: group.proficiency } : {}),
            ...(group.isActive !== undefined ? { isActive: group.isActive } : {}),
          });
      }
    }
  }
  return [...bySkill.values()];
}

/** Forwards every request to the simulator and records it; writes by queue. */
async function startRecorder(target: string) {
  const writes: CxoneWrite[] = [];
  const counts = { requests: 0, writes: 0 };
  const unknownWrites: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      counts.requests++;
      const method = req.method ?? 'GET';
      if (method !== 'GET' && /\/inContactAPI\//.test(req.url ?? '')) {
        counts.writes++;
        const skill = /\/skills\/(\d+)\/agents(?:\?|$)/.exec(req.url ?? '');
        const bulk = method === 'POST' && /\/agents\/skills(?:\?|$)/.test(req.url ?? '');
        if (bulk) writes.push(...bulkWrites(body));
        else if (!skill) unknownWrites.push(`${method} ${req.url}`);
        else {
          const parsed = JSON.parse(body.toString('utf8') || '{}') as {
            agents?: Array<{ agentId: number | string; proficiency?: number; isActive?: boolean }>;
          };
          writes.push({
            method,
            skillId: Number(skill[1]),
            agents: (parsed.agents ?? []).map((a) => ({ ...a, agentId: Number(a.agentId) })),
          });
        }
      }
      const url = new URL(req.url ?? '/', target);
      const forward = request(url, { method, headers: { ...req.headers, host: url.host } }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      forward.on('error', () => res.writeHead(502).end());
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    writes,
    counts,
    unknownWrites,
    reset() {
      writes.length = 0;
      counts.requests = 0;
      counts.writes = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface PullRequest {
  number: number;
  branch: string;
  /** The pull request's head commit. */
  head: string;
  /** The main commit it was opened from and planned against. */
  base: string;
  /** The plan run that reviewers saw (its id in the fake GitHub). */
  runId?: number;
  /** The plan.json that run uploaded. */
  plan?: { queues: Array<{ skillId: number; skillName: string; changes: Array<{ agentId: number; action: string; after?: { proficiency: number } }> }> };
}

export type TeamWorld = Awaited<ReturnType<typeof startTeamWorld>>;

/**
 * The repository as a team makes it: init, import, the tenant's zone set in skillops.yaml, one
 * commit on main. `timeZone` is the tenant's IANA zone.
 */
export async function startTeamWorld(options: { timeZone: string }) {
  const installed = await installedPackage();
  const tmp = await tempDir();
  const repo = path.join(tmp.dir, 'skills-config');
  await mkdir(repo);
  const sim: RunningSim = await startSim();
  const recorder = await startRecorder(sim.url);
  const git = (...args: string[]) => gitIn(repo, TEAM)(...args);
  const skillops = async (args: string[]) =>
    exec(process.execPath, [installed.bin, ...args], { cwd: repo, env: { ...process.env, NO_COLOR: '1', ...sim.env } });
  await git('init', '-q', '-b', 'main');
  await skillops(['init']);
  await skillops(['import']);
  const settingsFile = path.join(repo, 'skillops.yaml');
  const settings = await readFile(settingsFile, 'utf8');
  if (!/^timeZone: UTC /m.test(settings)) throw new Error('skillops.yaml from init has no "timeZone: UTC" line to set');
  await writeFile(settingsFile, settings.replace(/^timeZone: UTC /m, `timeZone: ${options.timeZone} `));
  await git('add', '-A');
  await git('commit', '-q', '-m', 'skillops: config repository');
  const imported = await git('rev-parse', 'HEAD');
  const gh: FakeGitHubServer = await startGitHubServer({ owner: 'acme-contact', repo: 'skills-config', token: TOKEN, headSha: imported });
  gh.state.refs.set('heads/skillops-audit', imported);
  const actionRef = (
    parse(await readFile(path.join(repo, '.github/workflows/skillops-plan.yml'), 'utf8')) as { jobs: { plan: { steps: Array<{ uses?: string }> } } }
  ).jobs.plan.steps.find((s) => s.uses?.includes('skillops'))!.uses!;
  const agentId = (userName: string) => sim.tenant.toFixture().agents.find((a) => a.userName === userName)!.agentId;
  let nextRun = 900;
  /** The runs of each workflow file, for the report: how many plan runs and applies there were. */
  const runsOf: Record<string, number> = {};

  function context(over: Partial<WorkflowContext> & Pick<WorkflowContext, 'eventName' | 'event' | 'ref' | 'sha'> & { now: string }): WorkflowContext {
    const { now, ...rest } = over;
    return {
      workspace: repo,
      repository: REPOSITORY,
      secrets: {
        CXONE_CLIENT_ID: sim.env.CXONE_CLIENT_ID!,
        CXONE_CLIENT_SECRET: sim.env.CXONE_CLIENT_SECRET!,
        CXONE_READ_ACCESS_KEY_ID: sim.env.CXONE_ACCESS_KEY_ID!,
        CXONE_READ_ACCESS_KEY_SECRET: sim.env.CXONE_ACCESS_KEY_SECRET!,
      },
      environments: {
        'cxone-production': {
          CXONE_WRITE_ACCESS_KEY_ID: sim.env.CXONE_ACCESS_KEY_ID!,
          CXONE_WRITE_ACCESS_KEY_SECRET: sim.env.CXONE_ACCESS_KEY_SECRET!,
          SKILLOPS_WEBHOOK_SECRET: 'whsec',
        },
      },
      env: {
        PATH: process.env.PATH!,
        HOME: process.env.HOME!,
        NO_COLOR: '1',
        CXONE_AUTH_URL: sim.env.CXONE_AUTH_URL!,
        // every CXone API call goes through the recorder
        CXONE_API_BASE: recorder.url,
        // the moment this run happens: effective dates and the tenant's midnight
        SKILLOPS_NOW: now,
        ...(process.env.XDG_STATE_HOME ? { XDG_STATE_HOME: process.env.XDG_STATE_HOME } : {}),
      },
      runnerTemp: installed.runnerTemp,
      actions: { [actionRef]: ROOT },
      token: TOKEN,
      apiUrl: gh.url,
      ...rest,
    };
  }

  async function run(file: string, ctx: WorkflowContext): Promise<JobResult[]> {
    // each job starts from a fresh checkout: nothing left from an earlier run
    await git('clean', '-fdxq');
    runsOf[`${file} ${ctx.eventName}`] = (runsOf[`${file} ${ctx.eventName}`] ?? 0) + 1;
    return runWorkflow(path.join(repo, '.github/workflows', file), ctx);
  }

  /** What actions/upload-artifact stores, and the run GitHub records, for a plan run. */
  async function recordPlanRun(event: 'pull_request' | 'merge_group', headSha: string, createdAt: string, conclusion: string): Promise<number> {
    const id = nextRun++;
    const planFile = path.join(repo, 'plan.json');
    gh.state.runs.push({
      id,
      path: '.github/workflows/skillops-plan.yml',
      event,
      head_sha: headSha,
      head_repo: REPOSITORY,
      status: 'completed',
      conclusion,
      created_at: createdAt,
    });
    const text = await readFile(planFile).catch(() => undefined);
    if (text) {
      const zip = zipSync({ 'plan.json': new Uint8Array(text) });
      gh.state.artifacts.set(id, [{ id: id * 10, name: 'skillops-plan', digest: `sha256:${createHash('sha256').update(zip).digest('hex')}`, zip }]);
    }
    return id;
  }

  return {
    repo,
    sim,
    gh,
    recorder,
    git,
    agentId,
    runsOf,
    context,
    run,
    recordPlanRun,
    /** Opens a pull request from main's current commit: a branch with one change, not merged yet. */
    async openPullRequest(number: number, branch: string, change: (repo: string) => Promise<void>): Promise<PullRequest> {
      const base = await git('rev-parse', 'main');
      await git('checkout', '-q', '-b', branch, 'main');
      await change(repo);
      await git('add', '-A');
      await git('commit', '-q', '-m', `change on ${branch}`);
      const head = await git('rev-parse', 'HEAD');
      await git('checkout', '-q', 'main');
      gh.state.pulls.push({ number, head: branch, base: 'main', title: `Change ${branch}`, body: '', state: 'open' });
      return { number, branch, head, base };
    },
    /** The plan workflow on the pull request's merge commit (refs/pull/N/merge), then its artifact. */
    async planPullRequest(pr: PullRequest, now: string): Promise<JobResult> {
      await git('checkout', '-q', '--detach', pr.base);
      await git('merge', '-q', '--no-ff', '-m', `Merge ${pr.head} into ${pr.base}`, pr.branch);
      const merge = await git('rev-parse', 'HEAD');
      const [job] = await run(
        'skillops-plan.yml',
        context({
          now,
          eventName: 'pull_request',
          event: {
            number: pr.number,
            pull_request: {
              number: pr.number,
              head: { sha: pr.head, repo: { full_name: REPOSITORY } },
              base: { ref: 'main', sha: pr.base, repo: { full_name: REPOSITORY } },
            },
          },
          ref: `refs/pull/${pr.number}/merge`,
          sha: merge,
        }),
      );
      const plan = await readFile(path.join(repo, 'plan.json'), 'utf8').catch(() => undefined);
      if (plan) pr.plan = JSON.parse(plan) as PullRequest['plan'];
      pr.runId = await recordPlanRun('pull_request', pr.head, now, job!.conclusion);
      await git('checkout', '-q', 'main');
      return job!;
    },
    /** "Merge pull request": a merge commit on main that GitHub records as the pull request's. */
    async mergePullRequest(pr: PullRequest, mergedAt: string): Promise<{ before: string; after: string }> {
      await git('checkout', '-q', 'main');
      const before = await git('rev-parse', 'HEAD');
      await git('merge', '-q', '--no-ff', '-m', `Merge pull request #${pr.number} from acme-contact/${pr.branch}`, pr.branch);
      const after = await git('rev-parse', 'HEAD');
      gh.state.commits.set(after, { tree: `tree-${after.slice(0, 7)}`, parents: [before, pr.head], message: `Merge pull request #${pr.number}` });
      gh.state.refs.set('heads/main', after);
      gh.state.pullsByCommit.set(after, {
        number: pr.number,
        title: `Change ${pr.branch}`,
        user: 'wfm-analyst',
        merged_at: mergedAt,
        merge_commit_sha: after,
        base: 'main',
        head_sha: pr.head,
        head_repo: REPOSITORY,
      });
      gh.state.reviews.set(pr.number, [{ user: 'team-lead', state: 'APPROVED', submitted_at: mergedAt }]);
      for (const p of gh.state.pulls) if (p.number === pr.number) p.state = 'closed';
      return { before, after };
    },
    /** The apply workflow on the push a merge made. */
    async applyPush(push: { before: string; after: string }, now: string): Promise<JobResult> {
      await git('checkout', '-q', '--detach', push.after);
      const jobs = await run(
        'skillops-apply.yml',
        context({ now, eventName: 'push', event: { ref: 'refs/heads/main', before: push.before, after: push.after }, ref: 'refs/heads/main', sha: push.after }),
      );
      await git('checkout', '-q', 'main');
      return jobs.find((j) => j.job === 'apply')!;
    },
    /**
     * A merge queue builds a group on main's tip: one merge commit per pull request, each on the
     * one before, with the queue's gh-readonly-queue branch for each entry.
     */
    async queueGroup(prs: PullRequest[]): Promise<{ prs: PullRequest[]; baseSha: string; headSha: string; headRef: string; commits: string[] }> {
      const baseSha = await git('rev-parse', 'main');
      await git('checkout', '-q', '--detach', baseSha);
      const commits: string[] = [];
      let previous = baseSha;
      let headRef = '';
      for (const pr of prs) {
        await git('merge', '-q', '--no-ff', '-m', `Merge pull request #${pr.number} from acme-contact/${pr.branch}`, pr.branch);
        const sha = await git('rev-parse', 'HEAD');
        gh.state.commits.set(sha, { tree: `tree-${sha.slice(0, 7)}`, parents: [previous, pr.head], message: `Merge pull request #${pr.number}` });
        gh.state.commits.set(pr.head, gh.state.commits.get(pr.head) ?? { tree: 'tree-head', parents: [pr.base], message: 'change' });
        headRef = `heads/gh-readonly-queue/main/pr-${pr.number}-${previous}`;
        gh.state.refs.set(headRef, sha);
        gh.state.pullsByNumber.set(pr.number, {
          number: pr.number,
          title: `Change ${pr.branch}`,
          user: 'wfm-analyst',
          state: 'open',
          base: 'main',
          head_sha: pr.head,
        });
        commits.push(sha);
        previous = sha;
      }
      await git('checkout', '-q', 'main');
      return { prs, baseSha, headSha: previous, headRef: `refs/${headRef}`, commits };
    },
    /** The plan workflow on the group's merge_group event: the required check on its commit. */
    async checkGroup(group: { baseSha: string; headSha: string; headRef: string }, now: string): Promise<JobResult> {
      await git('checkout', '-q', '--detach', group.headSha);
      const [job] = await run(
        'skillops-plan.yml',
        context({
          now,
          eventName: 'merge_group',
          event: {
            action: 'checks_requested',
            merge_group: { head_sha: group.headSha, head_ref: group.headRef, base_sha: group.baseSha, base_ref: 'refs/heads/main' },
          },
          ref: group.headRef,
          sha: group.headSha,
        }),
      );
      await git('checkout', '-q', 'main');
      return job!;
    },
    /** The queue merges the group: main moves to its head, each pull request merged as its commit. */
    async mergeGroup(
      group: { prs: PullRequest[]; baseSha: string; headSha: string; commits: string[] },
      mergedAt: string,
    ): Promise<{ before: string; after: string }> {
      await git('checkout', '-q', 'main');
      await git('merge', '-q', '--ff-only', group.headSha);
      gh.state.refs.set('heads/main', group.headSha);
      for (const [i, pr] of group.prs.entries()) {
        gh.state.pullsByCommit.set(group.commits[i]!, {
          number: pr.number,
          title: `Change ${pr.branch}`,
          user: 'wfm-analyst',
          merged_at: mergedAt,
          merge_commit_sha: group.commits[i]!,
          base: 'main',
          head_sha: pr.head,
          head_repo: REPOSITORY,
        });
        gh.state.pullsByNumber.get(pr.number)!.state = 'closed';
        for (const p of gh.state.pulls) if (p.number === pr.number) p.state = 'closed';
        gh.state.reviews.set(pr.number, [{ user: 'team-lead', state: 'APPROVED', submitted_at: mergedAt }]);
      }
      for (const ref of [...gh.state.refs.keys()]) if (ref.startsWith('heads/gh-readonly-queue/')) gh.state.refs.delete(ref);
      return { before: group.baseSha, after: group.headSha };
    },
    /** The apply workflow's daily run. */
    async applyScheduled(now: string): Promise<JobResult> {
      const sha = await git('rev-parse', 'main');
      await git('checkout', '-q', '--detach', sha);
      const jobs = await run('skillops-apply.yml', context({ now, eventName: 'schedule', event: { schedule: '10 5 * * *' }, ref: 'refs/heads/main', sha }));
      await git('checkout', '-q', 'main');
      return jobs.find((j) => j.job === 'apply')!;
    },
    async close() {
      await recorder.close();
      await sim.close();
      await gh.close();
      await tmp.cleanup();
    },
  };
}

export const stepOf = (job: JobResult, name: string): StepResult => {
  const found = job.steps.find((s) => s.name === name);
  if (!found) throw new Error(`no step "${name}" in ${job.steps.map((s) => s.name).join(', ')}`);
  return found;
};
export const show = (job: JobResult) => job.steps.map((s) => `${s.name}: ${s.conclusion}\n${s.output}`).join('\n');

/** Changes the first agent's proficiency in a queue file (3 -> 4, anything else -> 3). */
export async function raiseFirstAgent(repo: string, file: string): Promise<{ userName: string; proficiency: number }> {
  const full = path.join(repo, 'skills', file);
  const text = await readFile(full, 'utf8');
  const m = /^ {2}- agent: (\S+).*\n {4}proficiency: (\d+)$/m.exec(text);
  if (!m) throw new Error(`no agent entry in ${file}`);
  const proficiency = m[2] === '3' ? 4 : 3;
  await writeFile(full, text.replace(m[0], m[0].replace(/proficiency: \d+$/, `proficiency: ${proficiency}`)));
  return { userName: m[1]!, proficiency };
}

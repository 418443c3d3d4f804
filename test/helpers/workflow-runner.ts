// Runs a GitHub Actions workflow file the way the runner does, for end-to-end tests: the exact
// `run:` scripts from the YAML (and from a composite action's action.yml) in bash, a JavaScript
// action's `main` in Node with its inputs as INPUT_<NAME> variables, with the
// runner's environment variables (GITHUB_ACTIONS, GITHUB_EVENT_PATH, GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY, RUNNER_TEMP, …), `if:` conditions, step outputs, `continue-on-error`,
// secrets (environment secrets only for jobs that name the environment, as GitHub does) and
// `${{ }}` expressions. Only the small expression language the skillops workflows use is
// understood; anything else throws, so a workflow cannot pass by being misread. Third-party
// actions (actions/checkout, cache, upload-artifact) are not run: the repository is already
// checked out; each is reported as `external`. A JavaScript action under test runs on the Node.js
// running the tests (the runner's own would be Node.js 24).
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

type Value = string | number | boolean | null | undefined | Record<string, unknown>;
interface StepDef {
  id?: string;
  name?: string;
  if?: string | boolean;
  uses?: string;
  run?: string;
  shell?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  'continue-on-error'?: boolean;
  'working-directory'?: string;
}
interface JobDef {
  name?: string;
  if?: string;
  environment?: string;
  steps: StepDef[];
}
interface ActionDef {
  inputs?: Record<string, { default?: string; required?: boolean }>;
  outputs?: Record<string, { value?: string }>;
  runs: { using: string; steps?: StepDef[]; main?: string };
}

export interface WorkflowContext {
  /** The checked-out repository (GITHUB_WORKSPACE). */
  workspace: string;
  repository: string;
  eventName: string;
  event: Record<string, unknown>;
  ref: string;
  sha: string;
  /** Repository secrets. */
  secrets: Record<string, string>;
  /** Secrets of each environment: only jobs with `environment:` get them. */
  environments: Record<string, Record<string, string>>;
  /** The machine's environment (PATH, HOME, …) plus anything the test adds. */
  env: Record<string, string>;
  runnerTemp: string;
  /** `uses:` references that are the action under test, mapped to its folder (GITHUB_ACTION_PATH). */
  actions: Record<string, string>;
  /** What `github.token` gives. */
  token: string;
  apiUrl: string;
  /** Per-step time limit. */
  stepTimeoutMs?: number;
}

export interface StepResult {
  name: string;
  /** run: a script ran; action: the action under test ran (a JavaScript action: its `main`); external: a third-party action, not run; skipped: its `if:` was false */
  kind: 'run' | 'action' | 'external' | 'skipped';
  outcome: 'success' | 'failure' | 'skipped';
  conclusion: 'success' | 'failure' | 'skipped';
  exitCode?: number;
  output: string;
  outputs: Record<string, string>;
  /** For the action under test: its own steps. */
  inner?: StepResult[];
  /** The scripts that ran (exact text from the YAML). */
  scripts: string[];
}

export interface JobResult {
  job: string;
  conclusion: 'success' | 'failure' | 'skipped';
  steps: StepResult[];
  summary: string;
}

interface Scope {
  github: Record<string, unknown>;
  secrets: Record<string, string>;
  steps: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }>;
  inputs?: Record<string, string>;
  /** Results of the jobs that ran before (`needs.<job>.result`). */
  needs?: Record<string, { result: string }>;
  failed: boolean;
}

// ---- expressions -------------------------------------------------------------------------

function lookup(scope: Scope, dotted: string): Value {
  const [head, ...rest] = dotted.split('.');
  let value: unknown =
    head === 'github'
      ? scope.github
      : head === 'secrets'
        ? scope.secrets
        : head === 'steps'
          ? scope.steps
          : head === 'inputs'
            ? scope.inputs
            : head === 'needs'
              ? scope.needs
              : undefined;
  if (value === undefined) throw new Error(`expression context "${head}" is not supported by the test runner`);
  for (const key of rest) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value as Value;
}

function operand(scope: Scope, text: string): Value {
  const t = text.trim();
  if (/^'([^']|'')*'$/.test(t)) return t.slice(1, -1).replace(/''/g, "'");
  if (/^(true|false)$/.test(t)) return t === 'true';
  if (/^\d+$/.test(t)) return Number(t);
  if (/^[a-z_]+(\.[A-Za-z0-9_-]+)+$/.test(t)) return lookup(scope, t);
  throw new Error(`expression "${t}" is not supported by the test runner`);
}

const truthy = (v: Value) => !(v === '' || v === null || v === undefined || v === false || v === 0);

function term(scope: Scope, text: string): Value {
  const t = text.trim();
  if (t === 'always()') return true;
  if (t === 'success()') return !scope.failed;
  if (t === 'failure()') return scope.failed;
  if (t === 'cancelled()') return false;
  if (t === '!cancelled()') return true;
  const cmp = /^(.+?)\s*(==|!=)\s*(.+)$/.exec(t);
  if (cmp) {
    const [l, r] = [operand(scope, cmp[1]!), operand(scope, cmp[3]!)];
    const eq = String(l ?? '').toLowerCase() === String(r ?? '').toLowerCase();
    return cmp[2] === '==' ? eq : !eq;
  }
  return operand(scope, t);
}

export function evaluate(scope: Scope, expression: string): Value {
  const parts = expression.split('&&');
  if (parts.some((p) => p.includes('||') || (p.includes('(') && !/^\s*!?(always|success|failure|cancelled)\(\)\s*$/.test(p)))) {
    throw new Error(`expression "${expression}" is not supported by the test runner`);
  }
  let value: Value = true;
  for (const part of parts) {
    value = term(scope, part);
    if (!truthy(value)) return value;
  }
  return value;
}

/** `${{ … }}` inside a string. */
export function interpolate(scope: Scope, text: unknown): string {
  return String(text ?? '').replace(/\$\{\{(.+?)\}\}/g, (_, expr: string) => {
    const v = evaluate(scope, expr);
    return v === null || v === undefined ? '' : String(v);
  });
}

function condition(scope: Scope, when: string | boolean | undefined): boolean {
  if (when === undefined) return !scope.failed;
  if (typeof when === 'boolean') return when;
  const expr = when.trim().replace(/^\$\{\{(.+)\}\}$/, '$1');
  // GitHub adds success() unless the condition calls a status function itself
  const status = /\b(always|failure|cancelled|success)\(\)/.test(expr);
  return (status || !scope.failed) && truthy(evaluate(scope, expr));
}

// ---- processes --------------------------------------------------------------------------

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      if (end < 0) throw new Error(`unterminated ${heredoc[2]} in GITHUB_OUTPUT`);
      out[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    } else if (line.trim()) {
      throw new Error(`GITHUB_OUTPUT line is neither name=value nor a heredoc: ${line}`);
    }
  }
  return out;
}

/** Spawns a process the way the runner does for a step, and collects its output. */
function runProcess(command: string, args: string[], cwd: string, env: Record<string, string>, timeoutMs: number): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), output });
    });
  });
}

async function runScript(
  script: string,
  shell: string | undefined,
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<{ code: number; output: string }> {
  const dir = await mkdtemp(path.join(env.RUNNER_TEMP!, 'step-'));
  const file = path.join(dir, 'script.sh');
  await writeFile(file, script);
  // the runner's bash invocations: `shell: bash` and the default for `run:` on Linux
  const args = shell === 'bash' ? ['--noprofile', '--norc', '-eo', 'pipefail', file] : shell === undefined ? ['-e', file] : undefined;
  if (!args) throw new Error(`shell ${shell} is not supported by the test runner`);
  return runProcess('bash', args, cwd, env, timeoutMs);
}

// ---- steps -------------------------------------------------------------------------------

async function runStep(
  step: StepDef,
  scope: Scope,
  ctx: WorkflowContext,
  baseEnv: Record<string, string>,
  summary: string[],
  inherited: Record<string, string> = {},
  actionPath?: string,
): Promise<StepResult> {
  const name = step.name ?? step.uses ?? step.run?.split('\n')[0] ?? 'step';
  const empty = { outputs: {}, scripts: [] as string[] };
  if (!condition(scope, step.if)) return { name, kind: 'skipped', outcome: 'skipped', conclusion: 'skipped', output: '', ...empty };

  const env: Record<string, string> = { ...baseEnv, ...inherited };
  for (const [k, v] of Object.entries(step.env ?? {})) env[k] = interpolate(scope, v);
  if (actionPath) env.GITHUB_ACTION_PATH = actionPath;

  let result: StepResult;
  if (step.run !== undefined) {
    const outputFile = path.join(await mkdtemp(path.join(ctx.runnerTemp, 'out-')), 'output');
    const summaryFile = `${outputFile}.summary`;
    await writeFile(outputFile, '');
    await writeFile(summaryFile, '');
    const cwd = step['working-directory'] ? path.resolve(ctx.workspace, interpolate(scope, step['working-directory'])) : ctx.workspace;
    // `${{ }}` in a script is replaced before it runs, exactly as GitHub does
    const script = interpolate(scope, step.run);
    const { code, output } = await runScript(
      script,
      step.shell,
      cwd,
      { ...env, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile },
      ctx.stepTimeoutMs ?? 60_000,
    );
    summary.push(await readFile(summaryFile, 'utf8'));
    const outcome = code === 0 ? 'success' : 'failure';
    result = {
      name,
      kind: 'run',
      outcome,
      conclusion: outcome === 'failure' && step['continue-on-error'] ? 'success' : outcome,
      exitCode: code,
      output,
      outputs: parseOutputs(await readFile(outputFile, 'utf8')),
      scripts: [step.run],
    };
  } else if (step.uses && ctx.actions[step.uses]) {
    result = await runAction(step, name, scope, ctx, env, summary);
  } else if (step.uses) {
    result = { name, kind: 'external', outcome: 'success', conclusion: 'success', output: '', ...empty };
  } else {
    throw new Error(`step "${name}" has neither run nor uses`);
  }
  if (step.id) scope.steps[step.id] = { outputs: result.outputs, outcome: result.outcome, conclusion: result.conclusion };
  if (result.conclusion === 'failure') scope.failed = true;
  return result;
}

async function runAction(step: StepDef, name: string, outer: Scope, ctx: WorkflowContext, env: Record<string, string>, summary: string[]): Promise<StepResult> {
  const dir = ctx.actions[step.uses!]!;
  const action = parse(await readFile(path.join(dir, 'action.yml'), 'utf8')) as ActionDef;
  const inputs: Record<string, string> = {};
  for (const [key, def] of Object.entries(action.inputs ?? {})) {
    const given = step.with?.[key];
    if (given === undefined && def.required) throw new Error(`${step.uses}: input ${key} is required`);
    inputs[key] = given === undefined ? String(def.default ?? '') : interpolate(outer, given);
  }
  for (const key of Object.keys(step.with ?? {})) if (!(key in (action.inputs ?? {}))) throw new Error(`${step.uses} has no input ${key}`);
  if (/^node\d+$/.test(action.runs.using)) return runJavaScriptAction(step, name, action, inputs, dir, ctx, env, summary);
  if (action.runs.using !== 'composite') throw new Error(`${step.uses} is neither a JavaScript nor a composite action`);
  const scope: Scope = { github: { ...outer.github, action_path: dir }, secrets: outer.secrets, steps: {}, inputs, failed: false };
  const inner: StepResult[] = [];
  for (const s of action.runs.steps ?? []) {
    if (s.run !== undefined && !s.shell) throw new Error(`${step.uses}: composite run steps need shell:`);
    inner.push(await runStep(s, scope, ctx, env, summary, {}, dir));
  }
  const outputs: Record<string, string> = {};
  for (const [key, def] of Object.entries(action.outputs ?? {})) outputs[key] = interpolate(scope, def.value);
  const outcome = scope.failed ? 'failure' : 'success';
  return {
    name,
    kind: 'action',
    outcome,
    conclusion: outcome === 'failure' && step['continue-on-error'] ? 'success' : outcome,
    output: inner.map((r) => r.output).join(''),
    outputs,
    inner,
    scripts: inner.flatMap((r) => r.scripts),
  };
}

/**
 * A JavaScript action as the runner starts it: `node <action folder>/<runs.main>` in the
 * workspace, with the job's and the step's environment, each input as INPUT_<NAME> (upper-cased,
 * spaces to underscores, hyphens kept), and fresh GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
 * Its outputs are what it wrote to GITHUB_OUTPUT. The Node.js is the one running the tests.
 */
async function runJavaScriptAction(
  step: StepDef,
  name: string,
  action: ActionDef,
  inputs: Record<string, string>,
  dir: string,
  ctx: WorkflowContext,
  env: Record<string, string>,
  summary: string[],
): Promise<StepResult> {
  if (!action.runs.main) throw new Error(`${step.uses}: runs.main is missing`);
  const outputFile = path.join(await mkdtemp(path.join(ctx.runnerTemp, 'out-')), 'output');
  const summaryFile = `${outputFile}.summary`;
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([key, value]) => [`INPUT_${key.replace(/ /g, '_').toUpperCase()}`, value]));
  const { code, output } = await runProcess(
    process.execPath,
    [path.join(dir, action.runs.main)],
    ctx.workspace,
    { ...env, ...inputEnv, GITHUB_ACTION_PATH: dir, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile },
    ctx.stepTimeoutMs ?? 60_000,
  );
  summary.push(await readFile(summaryFile, 'utf8'));
  const outcome = code === 0 ? 'success' : 'failure';
  const outputs = parseOutputs(await readFile(outputFile, 'utf8'));
  // GitHub passes on any output; the test holds the action to the ones action.yml documents
  for (const key of Object.keys(outputs))
    if (!(key in (action.outputs ?? {}))) throw new Error(`${step.uses} wrote the output ${key}, which action.yml does not declare`);
  return {
    name,
    kind: 'action',
    outcome,
    conclusion: outcome === 'failure' && step['continue-on-error'] ? 'success' : outcome,
    exitCode: code,
    output,
    outputs,
    scripts: [],
  };
}

/** Runs every job of the workflow file in order (the skillops workflows have one job each). */
export async function runWorkflow(file: string, ctx: WorkflowContext): Promise<JobResult[]> {
  const workflow = parse(await readFile(file, 'utf8')) as { jobs: Record<string, JobDef> };
  const eventPath = path.join(await mkdtemp(path.join(ctx.runnerTemp, 'event-')), 'event.json');
  await writeFile(eventPath, JSON.stringify(ctx.event));
  const [owner] = ctx.repository.split('/');
  const github = {
    token: ctx.token,
    ref: ctx.ref,
    sha: ctx.sha,
    repository: ctx.repository,
    event_name: ctx.eventName,
    event: ctx.event,
    run_id: '4242',
    workspace: ctx.workspace,
  };
  const results: JobResult[] = [];
  for (const [id, job] of Object.entries(workflow.jobs)) {
    const secrets = { ...ctx.secrets, ...(job.environment ? (ctx.environments[job.environment] ?? {}) : {}) };
    // jobs run in file order; `needs` sees the results of the jobs before (skipped ones too)
    const needs = Object.fromEntries(results.map((r) => [r.job, { result: r.conclusion }]));
    const inputs = (ctx.event.inputs ?? {}) as Record<string, string>;
    const scope: Scope = { github, secrets, steps: {}, inputs, needs, failed: false };
    if (job.if !== undefined && !condition(scope, job.if)) {
      results.push({ job: id, conclusion: 'skipped', steps: [], summary: '' });
      continue;
    }
    const baseEnv: Record<string, string> = {
      ...ctx.env,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: ctx.repository,
      GITHUB_REPOSITORY_OWNER: owner!,
      GITHUB_EVENT_NAME: ctx.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REF: ctx.ref,
      GITHUB_SHA: ctx.sha,
      GITHUB_WORKSPACE: ctx.workspace,
      GITHUB_RUN_ID: '4242',
      GITHUB_ACTOR: 'octo-merger',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: ctx.apiUrl,
      RUNNER_TEMP: ctx.runnerTemp,
    };
    const summary: string[] = [];
    const steps: StepResult[] = [];
    for (const step of job.steps) steps.push(await runStep(step, scope, ctx, baseEnv, summary));
    results.push({ job: id, conclusion: scope.failed ? 'failure' : 'success', steps, summary: summary.join('') });
  }
  return results;
}

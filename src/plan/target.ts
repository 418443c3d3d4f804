// Targeting (`--queue` / `--exclude-queue`, like Terraform's -target and octoDNS's zone
// arguments): a run that acts on some queues only. A queue is named by its skill name (any
// case), its skillId, its file (path or file name, with or without .yaml) or a glob over any of
// these (`sales-*`, `skills/emea/*.yaml`). Pure: the CLI reads the flags, the planner sees only
// the selected queues, and the plan records the target so a saved plan is applied as targeted.
import path from 'node:path';
import picomatch from 'picomatch';
import { type DesiredQueue, type DesiredState, skillSlug } from '../domain/desired-state.js';
import { UsageError } from '../domain/errors.js';
import type { QueueTarget } from '../domain/target.js';

export const isTargeted = (target: QueueTarget | undefined): target is QueueTarget =>
  target !== undefined && (target.queues.length > 0 || target.excludeQueues.length > 0);

/** One line for people: `--queue "Billing" --exclude-queue "sales-*"`. */
export const describeTarget = (target: QueueTarget): string =>
  [...target.queues.map((q) => `--queue ${JSON.stringify(q)}`), ...target.excludeQueues.map((q) => `--exclude-queue ${JSON.stringify(q)}`)].join(' ');

export const sameTarget = (a: QueueTarget | undefined, b: QueueTarget | undefined): boolean => {
  const norm = (t: QueueTarget | undefined) => JSON.stringify([[...(t?.queues ?? [])].sort(), [...(t?.excludeQueues ?? [])].sort()]);
  return norm(a) === norm(b);
};

/** The names a queue answers to. */
export interface QueueNames {
  skill: string;
  skillId?: number;
  /** The file as shown (relative path), when there is one. */
  file?: string;
}

const normalisePath = (p: string) => path.posix.normalize(p.replaceAll('\\', '/')).replace(/^\.\//, '');
const stem = (file: string) => path.posix.basename(file).replace(/\.ya?ml$/i, '');

/**
 * How a name fits a queue: 0 not at all, else the closer the smaller (1 skill name, 2 skillId,
 * 3 file path, file name or stem, 4 the skill name's slug, 5 a glob). `--queue` and the edit
 * commands both name queues with this one function. A path is also read from `cwd` (when given),
 * so `../skills/billing-support.yaml` from inside `skills/` names that file.
 */
export function queueMatcher(pattern: string, cwd?: string): (names: QueueNames) => number {
  const isGlob = picomatch.scan(pattern).isGlob;
  const wanted = pattern.trim();
  if (isGlob) {
    const test = picomatch(normalisePath(wanted), { nocase: true, dot: true });
    return (n) =>
      test(n.skill) || (n.file !== undefined && (test(normalisePath(n.file)) || test(path.posix.basename(normalisePath(n.file))) || test(stem(n.file))))
        ? 5
        : 0;
  }
  const lower = wanted.toLowerCase();
  const asPaths = [normalisePath(wanted).toLowerCase()];
  if (cwd !== undefined && wanted !== '') asPaths.push(normalisePath(path.relative(cwd, path.resolve(cwd, wanted))).toLowerCase());
  return (n) => {
    if (n.skill.toLowerCase() === lower) return 1;
    if (n.skillId !== undefined && String(n.skillId) === wanted) return 2;
    if (n.file !== undefined) {
      const file = normalisePath(n.file).toLowerCase();
      const forms = [file, path.posix.basename(file), stem(file)];
      if (cwd !== undefined) forms.push(normalisePath(path.relative(cwd, path.resolve(cwd, n.file))).toLowerCase());
      if (asPaths.some((p) => forms.includes(p))) return 3;
    }
    return skillSlug(n.skill) === lower ? 4 : 0;
  };
}

/**
 * The items the target selects, in their order. Every --queue and --exclude-queue must name at
 * least one queue: a typo never silently widens or empties a run.
 */
export function selectTargeted<T>(items: T[], namesOf: (item: T) => QueueNames, target: QueueTarget, what = 'queue', cwd?: string): T[] {
  if (!isTargeted(target)) return items;
  const names = items.map(namesOf);
  const check = (pattern: string, flag: string) => {
    const fit = queueMatcher(pattern, cwd);
    const match = (n: QueueNames) => fit(n) > 0;
    const hits = names.filter(match);
    if (hits.length === 0) {
      const known = names
        .slice(0, 8)
        .map((n) => n.skill)
        .join(', ');
      throw new UsageError(`${flag} ${JSON.stringify(pattern)} matches no ${what}${known ? ` (known: ${known}${names.length > 8 ? ', …' : ''})` : ''}`);
    }
    return match;
  };
  const includes = target.queues.map((q) => check(q, '--queue'));
  const excludes = target.excludeQueues.map((q) => check(q, '--exclude-queue'));
  return items.filter((_, i) => {
    const n = names[i]!;
    return (includes.length === 0 || includes.some((m) => m(n))) && !excludes.some((m) => m(n));
  });
}

const queueNames = (q: DesiredQueue): QueueNames => ({ skill: q.skill, ...(q.skillId !== undefined ? { skillId: q.skillId } : {}), file: q.file });

/** The desired state with only the targeted queues. */
export function targetDesired(desired: DesiredState, target: QueueTarget, cwd?: string): DesiredState {
  return isTargeted(target) ? { queues: selectTargeted(desired.queues, queueNames, target, 'queue', cwd) } : desired;
}

/**
 * The one queue a person named for an edit, by the names `--queue` takes (the closest fit wins:
 * a skill name before a file name before a slug); a name that fits several equally is refused.
 */
export function queueNamed(queues: readonly DesiredQueue[], name: string, cwd?: string): DesiredQueue | { ambiguous: DesiredQueue[] } | undefined {
  const fit = queueMatcher(name, cwd);
  let best = 0;
  let found: DesiredQueue[] = [];
  for (const q of queues) {
    const f = fit(queueNames(q));
    if (f === 0 || (best !== 0 && f > best)) continue;
    if (f < best || best === 0) {
      best = f;
      found = [q];
    } else found.push(q);
  }
  if (found.length === 0) return undefined;
  return found.length === 1 ? found[0] : { ambiguous: found };
}

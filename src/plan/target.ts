// Targeting (`--queue` / `--exclude-queue`, like Terraform's -target and octoDNS's zone
// arguments): a run that acts on some queues only. A queue is named by its skill name (any
// case), its skillId, its file (path or file name, with or without .yaml) or a glob over any of
// these (`sales-*`, `skills/emea/*.yaml`). Pure: the CLI reads the flags, the planner sees only
// the selected queues, and the plan records the target so a saved plan is applied as targeted.
import path from 'node:path';
import picomatch from 'picomatch';
import type { DesiredQueue, DesiredState } from '../domain/desired-state.js';
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

function matcher(pattern: string): (names: QueueNames) => boolean {
  const isGlob = picomatch.scan(pattern).isGlob;
  const wanted = pattern.trim();
  if (isGlob) {
    const test = picomatch(normalisePath(wanted), { nocase: true, dot: true });
    return (n) =>
      test(n.skill) || (n.file !== undefined && (test(normalisePath(n.file)) || test(path.posix.basename(normalisePath(n.file))) || test(stem(n.file))));
  }
  const lower = wanted.toLowerCase();
  const asPath = normalisePath(wanted).toLowerCase();
  return (n) =>
    n.skill.toLowerCase() === lower ||
    (n.skillId !== undefined && String(n.skillId) === wanted) ||
    (n.file !== undefined &&
      [normalisePath(n.file).toLowerCase(), path.posix.basename(normalisePath(n.file)).toLowerCase(), stem(n.file).toLowerCase()].includes(asPath));
}

/**
 * The items the target selects, in their order. Every --queue and --exclude-queue must name at
 * least one queue: a typo never silently widens or empties a run.
 */
export function selectTargeted<T>(items: T[], namesOf: (item: T) => QueueNames, target: QueueTarget, what = 'queue'): T[] {
  if (!isTargeted(target)) return items;
  const names = items.map(namesOf);
  const check = (pattern: string, flag: string) => {
    const match = matcher(pattern);
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
export function targetDesired(desired: DesiredState, target: QueueTarget): DesiredState {
  return isTargeted(target) ? { queues: selectTargeted(desired.queues, queueNames, target) } : desired;
}

// Rules the schema cannot express. Each returns every problem it finds, never just the first.

import path from 'node:path';
import { agentRef, agentRefKey, type DesiredQueue, desiredEntry, skillSlug } from '../domain/desired-state.js';
import type { Problem } from '../domain/problem.js';
import type { SkillopsQueue } from '../domain/queue.generated.js';
import type { Settings } from '../domain/settings.js';
import type { ParsedYaml } from './read-yaml-file.js';

/** Checks one schema-valid queue file and returns it normalised, with its problems. */
export function checkQueueFile(parsed: ParsedYaml, data: SkillopsQueue, settings: Settings): { queue: DesiredQueue; problems: Problem[] } {
  const problems: Problem[] = [];
  const report = (segments: (string | number)[], code: string, message: string, severity: Problem['severity'] = 'error') => {
    const { line, col } = parsed.locate(segments);
    problems.push({ file: parsed.file, line, col, severity, code, message });
  };

  const scale = settings.proficiencyScale;
  const bounds = { min: data.constraints?.proficiency?.min ?? scale.min, max: data.constraints?.proficiency?.max ?? scale.max };
  const constraintBoundsValid = checkConstraints(data, scale, bounds, report);

  const firstSeen = new Map<string, number>();
  data.agents.forEach((entry, index) => {
    if (entry === undefined) return; // left out by a schema error already reported
    const ref = agentRef(entry.agent);
    const key = agentRefKey(ref);
    const earlier = firstSeen.get(key);
    if (earlier !== undefined) {
      const first = parsed.locate(['agents', earlier, 'agent']);
      report(['agents', index, 'agent'], 'duplicate-agent', `agent ${String(entry.agent)} is listed twice in this file (first at line ${first.line})`);
    } else {
      firstSeen.set(key, index);
    }

    const p = entry.proficiency;
    if (p < scale.min || p > scale.max) {
      report(['agents', index, 'proficiency'], 'proficiency-scale', `proficiency ${p} is outside the tenant scale ${scale.min}–${scale.max}`);
    } else if (constraintBoundsValid && p > bounds.max) {
      report(['agents', index, 'proficiency'], 'proficiency-constraint', `proficiency ${p} is above this queue's maximum ${bounds.max}`);
    } else if (constraintBoundsValid && p < bounds.min) {
      report(['agents', index, 'proficiency'], 'proficiency-constraint', `proficiency ${p} is below this queue's minimum ${bounds.min}`);
    }

    if (entry.from && entry.until && entry.from > entry.until) {
      report(['agents', index, 'from'], 'dates-inverted', `from ${entry.from} is after until ${entry.until}`);
    }
  });

  const slug = skillSlug(data.skill);
  const base = path.basename(parsed.file).replace(/\.ya?ml$/i, '');
  if (slug && base !== slug) {
    report(['skill'], 'file-name', `file name "${path.basename(parsed.file)}" does not match the skill's slug; expected "${slug}.yaml"`, 'warning');
  }

  const skillAt = parsed.locate(['skill']);
  // written (in the file or queueDefaults), or not: only an explicit 0 lets a queue be emptied
  const minActive = data.constraints?.minActiveAgents ?? settings.queueDefaults.minActiveAgents;
  const queue: DesiredQueue = {
    file: parsed.file,
    skill: data.skill,
    ...(data.skillId !== undefined ? { skillId: data.skillId } : {}),
    mode: data.mode ?? 'authoritative',
    proficiency: bounds,
    minActiveAgents: minActive ?? 0,
    ...(minActive === 0 ? { allowEmpty: true } : {}),
    staffing: data.constraints?.staffing ?? settings.queueDefaults.staffing,
    teams: data.constraints?.teams ?? settings.queueDefaults.teams,
    ...(data.safety && Object.keys(data.safety).length > 0 ? { safety: data.safety } : {}),
    ...liveImpactOf(data.liveImpact, settings.queueDefaults.liveImpact),
    at: { file: parsed.file, ...skillAt },
    agents: data.agents.flatMap((entry, index) => {
      if (entry === undefined) return [];
      const { line, col } = parsed.locate(['agents', index, 'agent']);
      return [desiredEntry(entry.agent, entry.proficiency, entry.active ?? true, entry.from || undefined, entry.until || undefined, parsed.file, line, col)];
    }),
  };
  return { queue, problems };
}

function checkConstraints(
  data: SkillopsQueue,
  scale: Settings['proficiencyScale'],
  bounds: { min: number; max: number },
  report: (segments: (string | number)[], code: string, message: string) => void,
): boolean {
  let valid = true;
  const range = data.constraints?.proficiency;
  if (range?.min !== undefined && range.min < scale.min) {
    report(
      ['constraints', 'proficiency', 'min'],
      'constraint-scale',
      `constraints.proficiency.min ${range.min} is outside the tenant scale ${scale.min}–${scale.max}`,
    );
    valid = false;
  }
  if (range?.max !== undefined && range.max > scale.max) {
    report(
      ['constraints', 'proficiency', 'max'],
      'constraint-scale',
      `constraints.proficiency.max ${range.max} is outside the tenant scale ${scale.min}–${scale.max}`,
    );
    valid = false;
  }
  if (bounds.min > bounds.max) {
    report(['constraints', 'proficiency'], 'constraint-inverted', `constraints.proficiency min ${bounds.min} is above max ${bounds.max}`);
    valid = false;
  }
  return valid;
}

/** Two files may not claim the same skill, by name (case-insensitive) or by skillId. */
export function checkSkillClaims(queues: Pick<DesiredQueue, 'file' | 'skill' | 'skillId' | 'at'>[]): Problem[] {
  type Claim = (typeof queues)[number];
  const problems: Problem[] = [];
  const byName = new Map<string, Claim>();
  const byId = new Map<number, Claim>();
  for (const queue of queues) {
    const name = queue.skill.trim().toLowerCase();
    const other = byName.get(name);
    if (other) {
      problems.push({
        ...queue.at,
        severity: 'error',
        code: 'duplicate-skill',
        message: `skill "${queue.skill}" is also claimed by ${other.file}:${other.at.line}:${other.at.col}`,
      });
    } else {
      byName.set(name, queue);
    }
    if (queue.skillId !== undefined) {
      const sameId = byId.get(queue.skillId);
      if (sameId && sameId !== other) {
        problems.push({
          ...queue.at,
          severity: 'error',
          code: 'duplicate-skill',
          message: `skillId ${queue.skillId} is also claimed by ${sameId.file}:${sameId.at.line}:${sameId.at.col}`,
        });
      } else if (!sameId) {
        byId.set(queue.skillId, queue);
      }
    }
  }
  return problems;
}

/** The queue's own live-impact rule over queueDefaults.liveImpact, key by key; nothing when neither sets one. */
function liveImpactOf(own: SkillopsQueue['liveImpact'], defaults: Settings['queueDefaults']['liveImpact']): Pick<DesiredQueue, 'liveImpact'> {
  const rule = { ...defaults, ...own };
  return rule.minLoggedInWhenWaiting !== undefined || rule.maxLoggedInRemoved !== undefined ? { liveImpact: rule } : {};
}

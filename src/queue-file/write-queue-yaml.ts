// Renders live CXone data as queue files (for `skillops import`): stable order and formatting so
// importing twice gives byte-identical files and a re-import after small changes a small diff.
import { Document, isMap, isSeq, type Scalar } from 'yaml';
import { skillSlug } from '../domain/desired-state.js';
import type { Agent, LiveAssignment, Skill } from '../domain/live-state.js';
import { forYamlComment, forYamlName, HAS_UNSAFE } from '../text/untrusted.js';
import { schemaHeader } from './schema-ref.js';

/** One line of plain text for a YAML comment, whatever CXone holds in the name. */
const commentText = (s: string) => forYamlComment(s);

/**
 * File names from skill slugs: distinct and safe whatever the names hold. Slugs that collide get
 * the skill id appended; names with no letters or digits (emoji only) become skill-<id>.
 */
export function queueFileNames(skills: Skill[]): Map<number, string> {
  const bySlug = new Map<string, Skill[]>();
  for (const skill of skills) {
    const slug = skillSlug(skill.skillName) || `skill-${skill.skillId}`;
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), skill]);
  }
  const names = new Map<number, string>();
  for (const [slug, group] of bySlug) {
    for (const skill of group) names.set(skill.skillId, group.length === 1 ? `${slug}.yaml` : `${slug}-${skill.skillId}.yaml`);
  }
  return names;
}

/** `schema` is the header's `$schema` reference (see schema-ref.ts); skillops' own checkout uses ../schemas/. */
export function renderQueueFile(
  skill: Skill,
  assignments: LiveAssignment[],
  agents: Map<number, Agent>,
  uniqueLogins: Set<string>,
  schema = '../schemas/queue.schema.json',
): string {
  const rows = assignments
    .map((a) => {
      const agent = agents.get(a.agentId);
      const ref = agent ? agentWrittenAs(agent, uniqueLogins) : a.agentId;
      return { a, agent, ref, sortKey: typeof ref === 'string' ? ref.toLowerCase() : `~${String(ref).padStart(12, '0')}` };
    })
    .sort((x, y) => (x.sortKey < y.sortKey ? -1 : x.sortKey > y.sortKey ? 1 : x.a.agentId - y.a.agentId));

  const doc = new Document({
    skill: forYamlName(skill.skillName),
    skillId: skill.skillId,
    mode: 'authoritative',
    agents: rows.map(({ a, ref }) => ({ agent: ref, proficiency: a.proficiency, ...(a.isActive ? {} : { active: false }) })),
  });
  doc.commentBefore = ` ${schemaHeader(schema)}\n Imported from CXone by \`skillops import\`. Edit freely: this file is now the source of truth.`;
  const list = doc.get('agents', true);
  if (isSeq(list)) {
    list.items.forEach((item, i) => {
      const { agent } = rows[i]!;
      if (!isMap(item)) return;
      const value = item.items[0]?.value as Scalar | undefined;
      if (!value) return;
      const notes = agentComment(agent);
      if (notes) value.comment = ` ${notes}`;
    });
  }
  return doc.toString({ lineWidth: 0 });
}

/** How a file names an agent: the user name reads best; the id when the name is missing, not
 *  unique, or looks like an id. */
export function agentWrittenAs(agent: Agent, uniqueLogins: Set<string>): string | number {
  const login = agent.userName.trim();
  // (and the id when the name holds characters validate refuses: import never writes a file validate rejects)
  return login && !/^\d+$/.test(login) && login.length <= 320 && !HAS_UNSAFE.test(login) && uniqueLogins.has(login.toLowerCase()) ? login : agent.agentId;
}

/** The comment import writes after an agent: full name, and whether CXone has them inactive. */
export function agentComment(agent: Agent | undefined): string {
  const name = agent ? commentText(`${agent.firstName} ${agent.lastName}`) : 'agent not found in CXone';
  return [name, agent && !agent.isActive ? 'inactive in CXone' : ''].filter(Boolean).join(', ');
}

/** Every agent login that identifies exactly one agent (case-insensitive). */
export function uniqueLogins(agents: Agent[]): Set<string> {
  const counts = new Map<string, number>();
  for (const a of agents) {
    const k = a.userName.trim().toLowerCase();
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n === 1).map(([k]) => k));
}

// The worst-case queue files of issues 13 and 18, generated (not stored): shared by the tests
// (test/unit/validate-worst-case.test.ts, which assert results) and bench/hostile-validate.ts
// (which measures time).

export interface WorstCaseFiles {
  /** ~1 MiB, 105,000 distinct top-level keys */
  manyKeys: string;
  /** ~0.96 MiB, ~30,000 invalid agent entries */
  invalidAgents: string;
  /** ~0.9 MB, aliases that expand a large list into every value */
  aliases: string;
  /** 1,000 agent entries none of whom exist, for the "did you mean" path */
  unknownAgents: string;
}

export function worstCaseFiles(): WorstCaseFiles {
  const keys: string[] = ['skill: A', 'agents: []'];
  for (let i = 0; i < 105_000; i++) keys.push(`k${i.toString(36)}: 1`);
  const manyKeys = `${keys.join('\n')}\n`;

  const agents: string[] = ['skill: A', 'agents:'];
  for (let i = 0; i < 30_000; i++) agents.push('  - {agent: [], proficiency: x}');
  const invalidAgents = `${agents.join('\n')}\n`;

  // one 0.88 MB string, used 99 times where a mapping is expected: every error once echoed it
  const aliases = `x: &a "${'y'.repeat(880_000)}"\nskill: A\nagents: [${Array.from({ length: 99 }, () => '*a').join(', ')}]\n`;

  const unknown: string[] = ['skill: A', 'agents:'];
  for (let i = 0; i < 1_000; i++) unknown.push(`  - agent: agnet${i}@generated.example`, '    proficiency: 1');
  const unknownAgents = `${unknown.join('\n')}\n`;
  return { manyKeys, invalidAgents, aliases, unknownAgents };
}

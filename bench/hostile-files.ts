// The worst-case queue files (huge key counts, invalid entries, alias bombs, deep nesting), generated (not stored): shared by the tests
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
  /** 1 MiB of `[`: flow collections nested a million deep */
  nestedFlow: string;
  /** ~1 MiB of `{a: [` pairs: flow mappings and lists nested alternately */
  nestedMixed: string;
  /** 1 MiB of block mappings nested ~1,400 deep (each level indented one more space) */
  nestedBlock: string;
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
  const MiB = 1024 * 1024;
  const nestedFlow = '['.repeat(MiB);
  const nestedMixed = '{a: ['.repeat(Math.floor(MiB / 5));
  const block: string[] = ['skill: A', 'agents:'];
  let size = 20;
  for (let depth = 1; size < MiB; depth++) {
    const line = `${' '.repeat(depth)}a:`;
    block.push(line);
    size += line.length + 1;
  }
  const nestedBlock = `${block.join('\n')}\n`.slice(0, MiB);
  return { manyKeys, invalidAgents, aliases, unknownAgents, nestedFlow, nestedMixed, nestedBlock };
}

import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Io } from '../../domain/io.js';
import { loadFixture } from '../../sim/fixtures.js';
import { startSimulator } from '../../sim/server.js';
import { runCli } from '../program.js';

export async function runDemo(io: Io): Promise<number> {
  const sim = await startSimulator({ fixture: await loadFixture('demo') });
  // Only the simulator's loopback address and its made-up credentials: never a real tenant
  const env = { ...io.env, ...sim.env };
  const demoIo: Io = { ...io, env };
  const step = (title: string) => io.out(`\n${io.color.bold.cyan(`== ${title}`)}\n`);
  try {
    io.out(`CXone simulator listening on ${sim.url} (demo tenant: ${sim.tenant.skills.size} skills, ${sim.tenant.agents.size} agents)\n`);
    step('skillops validate');
    const validated = await runCli(['validate'], demoIo);
    if (validated !== 0) return validated;
    // Scratch files (saved plan, audit record) go to a temporary folder: the demo never
    // dirties the repository
    const scratch = await mkdtemp(path.join(tmpdir(), 'skillops-demo-'));
    const planFile = path.join(scratch, 'plan.json');
    step(`skillops plan --out ${planFile} --detailed-exitcode`);
    const planned = await runCli(['plan', '--out', planFile, '--detailed-exitcode'], demoIo);
    if (planned !== 2) return planned;
    step(`skillops apply ${planFile} --audit-dir ${scratch}/audit`);
    const applied = await runCli(['apply', planFile, '--audit-dir', path.join(scratch, 'audit')], demoIo);
    if (applied !== 0) return applied;
    step('skillops plan --detailed-exitcode (again: live now matches skills/)');
    const after = await runCli(['plan', '--detailed-exitcode'], {
      ...demoIo,
      out: (t) => {
        if (/^(No changes|Plan:)/m.test(t))
          io.out(
            `${t
              .split('\n')
              .filter((l) => /^(No changes|Plan:|Pending:)/.test(l))
              .join('\n')}\n`,
          );
      },
    });
    io.out(`\nDemo finished: the simulator's tenant now matches skills/. Scratch files are in ${scratch}\n`);
    return after;
  } finally {
    await sim.close();
  }
}

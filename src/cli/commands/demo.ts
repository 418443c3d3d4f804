import { loadFixture } from '../../sim/fixtures.js';
import { startSimulator } from '../../sim/server.js';
import type { Io } from '../io.js';
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
    step('skillops plan');
    const planned = await runCli(['plan', '--detailed-exitcode'], demoIo);
    return planned === 2 ? 0 : planned;
  } finally {
    await sim.close();
  }
}

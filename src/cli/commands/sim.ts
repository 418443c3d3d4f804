// `skillops sim`: run the CXone simulator until stopped, and say how to point skillops at it.
import type { Io } from '../../domain/io.js';
import { type SimFlags, startFromFlags } from '../../sim/start-from-flags.js';

export type SimCommandOptions = SimFlags;

/** Runs until `stop` resolves (SIGINT/SIGTERM in main). */
export async function simCommand(options: SimCommandOptions, io: Io, stop: Promise<unknown>): Promise<number> {
  const sim = await startFromFlags(options);
  io.out(`CXone simulator listening on ${sim.url}\n`);
  io.out(`  ${sim.tenant.skills.size} skills, ${sim.tenant.agents.size} agents, ${sim.tenant.all().length} assignments (fixture ${options.fixture})\n`);
  io.out(
    `  point skillops at it with:\n${Object.entries(sim.env)
      .map(([k, v]) => `    export ${k}=${v}\n`)
      .join('')}`,
  );
  io.out('  control: GET /__sim/stats, DELETE /__sim/stats, GET /__sim/state, GET|POST /__sim/faults, GET|POST /__sim/activity, POST /__sim/revoke-tokens\n');
  await stop;
  await sim.close();
  io.out('simulator stopped\n');
  return 0;
}

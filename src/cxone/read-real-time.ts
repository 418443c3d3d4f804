// The live-impact read: real-time skill activity and agent states (and, with a look-back, the
// skill summary) for the whole tenant, a fixed two or three requests whatever its size, read
// beside the assignments. It never fails a plan: any failure (a key without the real-time
// permission answers 403) becomes "unavailable" with the reason, in one line.
import type { RealTimeRead } from '../domain/live-impact.js';
import type { CxonePort } from './port.js';

const DAY_MS = 86_400_000;

/** Why a read failed, in one line (the client's messages name the request and never a secret). */
const why = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

export async function readRealTime(cxone: CxonePort, options: { now: Date; lookbackDays: number }): Promise<RealTimeRead> {
  const recent =
    options.lookbackDays > 0
      ? (async () => {
          const end = options.now;
          const start = new Date(end.getTime() - options.lookbackDays * DAY_MS);
          return cxone.skillSummaries(start.toISOString(), end.toISOString());
        })()
      : undefined;
  recent?.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
  let skills: Awaited<ReturnType<CxonePort['listSkillActivity']>>;
  let agents: Awaited<ReturnType<CxonePort['listAgentStates']>>;
  try {
    [skills, agents] = await Promise.all([cxone.listSkillActivity(), cxone.listAgentStates()]);
  } catch (error) {
    return { available: false, reason: why(error) };
  }
  const days = options.lookbackDays;
  let performance: NonNullable<Extract<RealTimeRead, { available: true }>['recent']> | undefined;
  if (recent) {
    try {
      performance = { days, skills: await recent };
    } catch (error) {
      performance = { days, unavailable: why(error) };
    }
  }
  return { available: true, readAt: options.now.toISOString(), skills, agents, ...(performance ? { recent: performance } : {}) };
}

// `skillops agent`: one agent's queues as a table, the files' entries beside what CXone has.
import type { ChalkInstance } from 'chalk';
import { forTerminal } from '../text/untrusted.js';
import type { AgentView } from '../use-cases/edit/agent-view.js';

const state = (p: number, active: boolean) => `${p}${active ? '' : ' (inactive)'}`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function agentText(view: AgentView, color: ChalkInstance): string {
  const who = view.agent
    ? `${forTerminal(view.agent.userName, 200)} (${forTerminal(view.agent.name, 200)}, ${view.agent.agentId}${view.agent.isActive ? '' : ', inactive in CXone'})`
    : forTerminal(view.typed, 200);
  const live = view.liveOnly !== undefined;
  const out = [`${color.bold(who)}: ${view.entries.length} queue file entr${view.entries.length === 1 ? 'y' : 'ies'} (as of ${view.today})`];
  if (view.entries.length > 0 || (view.liveOnly?.length ?? 0) > 0) {
    const head = ['queue', 'file:line', 'proficiency', 'dates', 'status', ...(live ? ['CXone has'] : [])];
    const rows = view.entries.map((e) => {
      const dates = [e.from ? `from ${e.from}` : '', e.until ? `until ${e.until}` : ''].filter(Boolean).join(' ') || '-';
      const cx = e.live === undefined ? [] : [e.live === null ? 'not assigned' : state(e.live.proficiency, e.live.isActive)];
      return [forTerminal(e.queue, 200), `${forTerminal(e.file, 400)}:${e.line}`, state(e.proficiency, e.active), dates, e.status, ...cx];
    });
    for (const l of view.liveOnly ?? []) {
      rows.push([forTerminal(l.skillName, 200), l.managed ? 'not listed' : 'no file', '-', '-', '-', state(l.proficiency, l.isActive)]);
    }
    out.push('', table([head, ...rows]));
  }
  if (live && view.entries.some((e) => e.live !== undefined && differs(e)))
    out.push('', 'Where the files and CXone differ, `skillops plan` shows what apply would change.');
  return `${out.join('\n')}\n`;
}

function differs(e: AgentView['entries'][number]): boolean {
  if (e.status !== 'in effect') return e.live !== null;
  return e.live === null || e.live?.proficiency !== e.proficiency || e.live.isActive !== e.active;
}

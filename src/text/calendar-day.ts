// Calendar days written YYYY-MM-DD (as queue files and plans write them): the one place that
// counts days. Calendar arithmetic only: no time zone is involved.

/** `day` plus `n` days (`n` may be negative). */
export function addDays(day: string, n: number): string {
  const t = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** One problem found in a file, pointing at the node that caused it (1-based line and column). */
export interface Problem {
  file: string;
  line: number;
  col: number;
  severity: 'error' | 'warning';
  /** Stable machine-readable code, e.g. `duplicate-agent`. */
  code: string;
  message: string;
  /** The agent the problem is about, when it is about one (so warnings can be counted per agent). */
  agentId?: number;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.code.localeCompare(b.code));
}

export const hasErrors = (problems: Problem[]): boolean => problems.some((p) => p.severity === 'error');

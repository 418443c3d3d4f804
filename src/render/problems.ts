// Renders validation problems for people (text), machines (json) and GitHub (annotations).
import type { ChalkInstance } from 'chalk';
import type { Problem } from '../domain/problem.js';
import { plural } from '../text/plural.js';
import { forCommandData, forCommandProperty, forJson, forMessage, forTerminal } from '../text/untrusted.js';

export function problemsText(problems: Problem[], color: ChalkInstance): string {
  return problems
    .map((p) => {
      const label = p.severity === 'error' ? color.red('error') : color.yellow('warning');
      return `${color.bold(forTerminal(`${p.file}:${p.line}:${p.col}`))} ${label} ${forMessage(p.message, 2_000)} ${color.dim(`[${p.code}]`)}\n`;
    })
    .join('');
}

/** @param settingsFile problems in this file are counted on their own, not as queue-file problems */
export function problemsSummary(problems: Problem[], filesChecked: number, settingsFile?: string): string {
  const inSettings = problems.filter((p) => settingsFile !== undefined && p.file === settingsFile);
  const inQueues = problems.filter((p) => !inSettings.includes(p));
  const count = (list: Problem[]) => {
    const errors = list.filter((p) => p.severity === 'error').length;
    return { errors, warnings: list.length - errors };
  };
  const q = count(inQueues);
  const s = count(inSettings);
  const files = `${plural(filesChecked, 'queue file')}`;
  const settingsPart = s.errors + s.warnings > 0 ? `${plural(s.errors, 'error')} and ${plural(s.warnings, 'warning')} in ${settingsFile}; ` : '';
  if (q.errors + s.errors === 0) return `Valid: ${settingsPart}${files} checked, ${plural(q.warnings, 'warning')}.`;
  return `Invalid: ${settingsPart}${plural(q.errors, 'error')} and ${plural(q.warnings, 'warning')} in ${files}.`;
}

export function problemsJson(problems: Problem[], filesChecked: number): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return `${forJson({ format: 'skillops-validate/1', valid: errors === 0, filesChecked, errors, warnings: problems.length - errors, problems })}\n`;
}

/** GitHub workflow commands; values escaped as the runner expects so text cannot inject commands. */
export function problemsGithub(problems: Problem[]): string {
  return problems
    .map((p) => {
      const props = `file=${escapeProperty(p.file)},line=${p.line},col=${p.col},title=${escapeProperty(`skillops ${p.code}`)}`;
      return `::${p.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeData(p.message)}\n`;
    })
    .join('');
}

const escapeData = forCommandData;
const escapeProperty = forCommandProperty;

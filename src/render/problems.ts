// Renders validation problems for people (text), machines (json) and GitHub (annotations).
import type { ChalkInstance } from 'chalk';
import type { Problem } from '../config/problem.js';
import { forCommandData, forCommandProperty, forJson, forMessage, forTerminal as printable } from './untrusted.js';
import { plural } from '../plural.js';

export function problemsText(problems: Problem[], color: ChalkInstance): string {
  return problems
    .map((p) => {
      const label = p.severity === 'error' ? color.red('error') : color.yellow('warning');
      return `${color.bold(printable(`${p.file}:${p.line}:${p.col}`))} ${label} ${forMessage(p.message, 2_000)} ${color.dim(`[${p.code}]`)}\n`;
    })
    .join('');
}

export function problemsSummary(problems: Problem[], filesChecked: number): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const files = `${plural(filesChecked, 'queue file')}`;
  if (errors === 0) return `Valid: ${files} checked, ${plural(warnings, 'warning')}.`;
  return `Invalid: ${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${files}.`;
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

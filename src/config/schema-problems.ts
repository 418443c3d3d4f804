// Turns ajv's errors into one plain-language problem per offending node.
import type { ErrorObject } from 'ajv';
import type { Problem } from '../domain/problem.js';
import { suggest } from '../text/suggest.js';
import { preview } from '../text/untrusted.js';
import type { PathSegment } from './plain-yaml.js';
import type { ParsedYaml } from './read-yaml-file.js';

const TYPE_WORDS: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys to values',
  null: 'empty',
};

function pathSegments(instancePath: string): PathSegment[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function fieldName(segments: PathSegment[]): string {
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i];
    if (typeof s === 'string') return i === segments.length - 1 ? s : `${s}[${segments[i + 1]}]`;
  }
  return 'the file';
}

/** Values are echoed cut short: a 1 MiB file could otherwise fill megabytes of output. */
const show = (value: unknown): string => preview(value, 80);

/** Most schema problems worded and located per file. */
const MAX_SCHEMA_PROBLEMS = 1_000;

export function schemaProblems(errors: ErrorObject[], parsed: ParsedYaml): { problems: Problem[]; paths: Set<string> } {
  // oneOf reports every branch; keep only the oneOf summary for those paths
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  const problems: Problem[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  for (const error of errors) {
    if (oneOfPaths.has(error.instancePath) && error.keyword !== 'oneOf') continue;
    // beyond the cap only count: locating and wording 60,000 errors costs seconds
    if (problems.length >= MAX_SCHEMA_PROBLEMS) {
      dropped++;
      continue;
    }
    const segments = pathSegments(error.instancePath);
    const name = fieldName(segments);
    let message: string;
    let at = parsed.locate(segments);
    switch (error.keyword) {
      case 'required':
        message = `missing required key "${String(error.params.missingProperty)}"${segments.length ? ` in ${name}` : ''}`;
        break;
      case 'additionalProperties': {
        const key = preview(String(error.params.additionalProperty), 60).slice(1, -1);
        const allowed = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
        const hint = suggest(key, allowed);
        message = `unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : `; allowed: ${allowed.join(', ')}`}`;
        at = parsed.locate([...segments, key], { key: true });
        break;
      }
      case 'type':
        message = `${name} must be ${TYPE_WORDS[String(error.params.type)] ?? String(error.params.type)}, not ${show(error.data)}`;
        break;
      case 'oneOf':
        message =
          name === 'agent' ? `agent must be a CXone user name or a numeric agentId, not ${show(error.data)}` : `${name} does not match any allowed form`;
        break;
      case 'enum':
        message = `${name} must be one of ${(error.params.allowedValues as unknown[]).map(show).join(', ')}, not ${show(error.data)}`;
        break;
      case 'minimum':
      case 'exclusiveMinimum':
        message = `${name} ${show(error.data)} is below the minimum ${String(error.params.limit)}`;
        break;
      case 'maximum':
      case 'exclusiveMaximum':
        message = `${name} ${show(error.data)} is above the maximum ${String(error.params.limit)}`;
        break;
      case 'format':
        message =
          error.params.format === 'date'
            ? `${name} ${show(error.data)} is not a valid date (expected YYYY-MM-DD)`
            : `${name} ${show(error.data)} is not a valid ${String(error.params.format)}`;
        break;
      case 'pattern':
        message = `${name} ${show(error.data)} has the wrong form (expected to match ${String(error.params.pattern)})`;
        break;
      case 'minLength':
        message = `${name} must not be empty`;
        break;
      case 'maxLength':
        message = `${name} is longer than ${String(error.params.limit)} characters`;
        break;
      case 'uniqueItems':
        message = `${name} lists the same value twice`;
        break;
      default:
        message = `${name} ${error.message ?? 'is invalid'}`;
    }
    const dedupe = `${at.line}:${at.col}:${message}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    problems.push({ file: parsed.file, line: at.line, col: at.col, severity: 'error', code: `schema-${error.keyword}`, message });
  }
  if (dropped > 0)
    problems.push({
      file: parsed.file,
      line: 1,
      col: 1,
      severity: 'error',
      code: 'too-many-problems',
      message: `${dropped.toLocaleString('en-US')} more schema errors in this file are not listed; fix the ones above and run validate again`,
    });
  return { problems, paths: new Set(errors.map((e) => e.instancePath)) };
}

// A path as people typed it: relative to the working directory, or absolute when it is outside.
import path from 'node:path';

export function shownPath(p: string, cwd: string): string {
  const rel = path.relative(cwd, p);
  return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? p : rel;
}

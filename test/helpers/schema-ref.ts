// Checks a `# yaml-language-server: $schema=…` header the way an editor resolves it: a relative
// path must reach the schema file on disk; a URL must be the published package's copy of it, so
// it must name the installed package's name and version, and map to a file that package ships.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as assert from 'uvu/assert';
import { SCHEMA_CDN } from '../../src/queue-file/schema-ref.js';

/** The $schema reference in the first line of `text`. */
export function headerRef(text: string): string {
  const m = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
  assert.ok(m, `no $schema header in: ${text.slice(0, 120)}`);
  return m![1]!;
}

/**
 * Where the reference points on disk. `packageRoot` is the installed package that URLs must
 * come from (node_modules/skillops in a config repository).
 */
export function resolveSchemaRef(ref: string, fileDir: string, packageRoot: string): string {
  if (/^https?:/.test(ref)) {
    const { name, version } = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { name: string; version: string };
    const prefix = `${SCHEMA_CDN}/${name}@${version}/`;
    assert.ok(ref.startsWith(prefix), `${ref} is the schema of ${name}@${version} (${prefix}…)`);
    const file = path.join(packageRoot, ...ref.slice(prefix.length).split('/'));
    assert.ok(existsSync(file), `${ref} maps to ${file}, which the package ships`);
    return file;
  }
  const file = path.resolve(fileDir, ref);
  assert.ok(existsSync(file), `${ref} resolves from ${fileDir} to an existing file (${file})`);
  return file;
}

/** Asserts the header of `text` (a file in `fileDir`) resolves to the schema named `kind`. */
export function assertSchemaHeader(text: string, fileDir: string, packageRoot: string, kind: 'queue' | 'settings') {
  const file = resolveSchemaRef(headerRef(text), fileDir, packageRoot);
  const schema = JSON.parse(readFileSync(file, 'utf8')) as { $id?: string };
  assert.is(path.basename(file), `${kind}.schema.json`);
  assert.ok(schema.$id?.endsWith(`/${kind}.schema.json`), `${file} is the ${kind} schema`);
}

// The `# yaml-language-server: $schema=…` header that `import` and `init` write, so editors
// autocomplete queue files and skillops.yaml. In skillops' own checkout the header is a relative
// path to schemas/ (the files are committed next to it). Anywhere else (a config repository that
// runs skillops from npx, a global install or node_modules, which is not committed) it is the
// versioned URL of the same file in the published package, so it resolves for everyone who
// clones the repository and matches the version that wrote the file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemasDir } from '../config/schemas.js';

type SchemaKind = 'queue' | 'settings';

/** Where the published package's files are served, by version: https://www.jsdelivr.com/docs. */
export const SCHEMA_CDN = 'https://cdn.jsdelivr.net/npm';

const packageJson = fileURLToPath(new URL('../../package.json', import.meta.url));

let cachedInfo: { name: string; version: string } | undefined;

/** This package's name and version, read from package.json once. */
export function packageInfo(): { name: string; version: string } {
  if (!cachedInfo) {
    const { name, version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { name: string; version: string };
    cachedInfo = { name, version };
  }
  return cachedInfo;
}

export function schemaUrl(kind: SchemaKind, pkg = packageInfo()): string {
  return `${SCHEMA_CDN}/${pkg.name}@${pkg.version}/schemas/${kind}.schema.json`;
}

/**
 * The schema reference for a file written into `fileDir` of the repository at `repoRoot`: a
 * relative path when the schema is a committed file of that repository, else the versioned URL.
 */
export function schemaRef(kind: SchemaKind, fileDir: string, repoRoot: string): string {
  const schema = path.join(schemasDir, `${kind}.schema.json`);
  const fromRoot = path.relative(path.resolve(repoRoot), schema);
  const inside = fromRoot !== '' && !fromRoot.startsWith('..') && !path.isAbsolute(fromRoot);
  if (inside && !fromRoot.split(path.sep).includes('node_modules')) {
    const rel = path.relative(path.resolve(fileDir), schema).split(path.sep).join('/');
    return rel.startsWith('.') ? rel : `./${rel}`;
  }
  return schemaUrl(kind);
}

export const schemaHeader = (ref: string) => `yaml-language-server: $schema=${ref}`;

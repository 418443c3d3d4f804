// Every `uses:` in the templates, skillops' own workflows and action.yml is pinned to a full
// commit SHA with its release in a comment (`owner/name@<40 hex> # vX.Y.Z`), so a moved tag can
// never change what runs. The skillops action in the templates is init's placeholder, and in
// this repository's own workflows the action of their own commit (`./`). Every file is scanned,
// so a new template or workflow is held to the same rule.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';

const test = suite('github: every action is pinned to a commit');
const ROOT = path.resolve(import.meta.dirname, '../..');

const filesUnder = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => path.join(dir, f));

/** Every `uses:` that is not pinned by commit, as "file:line: text". */
export function unpinned(file: string, text: string): string[] {
  const wrong: string[] = [];
  text.split('\n').forEach((line, i) => {
    const m = /^\s*(?:-\s+)?uses:\s*(.*)$/.exec(line);
    if (!m) return;
    const value = m[1]!.trim();
    if (value === '__ACTION__' || value === './') return;
    if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+){0,2}$/.test(value)) wrong.push(`${file}:${i + 1}: ${value}`);
  });
  return wrong;
}

test('templates/, .github/workflows/ and action.yml: every uses: is a full commit SHA with its version', () => {
  const files = [...filesUnder('templates'), ...filesUnder('.github/workflows'), 'action.yml'];
  assert.ok(files.length >= 9, files.join(', '));
  const wrong = files.flatMap((f) => unpinned(f, readFileSync(path.join(ROOT, f), 'utf8')));
  assert.equal(wrong, []);
  // and the scan finds what it must: actions are used in these files
  const pinned = files.flatMap((f) => readFileSync(path.join(ROOT, f), 'utf8').match(/uses: \S+@[0-9a-f]{40}/g) ?? []);
  assert.ok(pinned.length >= 10, `${pinned.length} pinned uses:`);
});

test('the check refuses tag pins, short SHAs, branches and a missing version comment', () => {
  for (const bad of [
    'uses: actions/checkout@v4',
    '- uses: actions/checkout@v4.2.2',
    '      - uses: actions/checkout@main',
    'uses: actions/checkout@fbc6f39',
    'uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09',
    'uses: acme/skillops@v0.1.0',
    'uses: docker://alpine:3',
  ]) {
    assert.is(unpinned('x.yml', bad).length, 1, bad);
  }
  assert.equal(unpinned('x.yml', '      - uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0'), []);
});

test.run();

// The layers of src/ as docs/architecture.md draws them, checked on every import: which folder
// may import which, nothing below cli/ imports cli/, and no import cycle between files.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';

const SRC = path.resolve(import.meta.dirname, '../../src');

/** What each folder of src/ may import, besides itself. Every use-case family is one layer. */
const ALLOWED: Record<string, string[]> = {
  text: [],
  domain: ['text'],
  config: ['domain', 'text'],
  cxone: ['domain', 'text'],
  plan: ['domain', 'text'],
  'queue-file': ['config', 'domain', 'text'],
  audit: ['domain', 'text'],
  github: ['domain', 'text'],
  sim: ['domain', 'text'],
  terminal: ['domain', 'text'],
  render: ['plan', 'audit', 'config', 'domain', 'text'],
  'use-cases': ['plan', 'render', 'github', 'audit', 'cxone', 'config', 'queue-file', 'domain', 'text'],
  cli: ['use-cases', 'plan', 'render', 'github', 'audit', 'cxone', 'config', 'queue-file', 'sim', 'terminal', 'domain', 'text'],
};
/** Imports allowed only for types: render turns use-case results into text. */
const TYPES_ONLY: Record<string, string[]> = { render: ['use-cases'] };

interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
  line: number;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : sourceFiles(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

/** Every relative import, export-from and import() of a file, resolved to the .ts file. */
export function importsOf(file: string, text = readFileSync(file, 'utf8')): Edge[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const edges: Edge[] = [];
  const add = (node: ts.Node, spec: ts.Expression | undefined, typeOnly: boolean) => {
    if (!spec || !ts.isStringLiteral(spec) || !spec.text.startsWith('.')) return;
    const to = path.resolve(path.dirname(file), spec.text).replace(/\.js$/, '.ts');
    edges.push({ from: file, to, typeOnly, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const typeOnly = Boolean(clause && (clause.isTypeOnly || (!clause.name && named && named.length > 0 && named.every((e) => e.isTypeOnly))));
      add(node, node.moduleSpecifier, typeOnly);
    } else if (ts.isExportDeclaration(node)) {
      add(node, node.moduleSpecifier, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node, node.arguments[0], false);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return edges;
}

const layerOf = (file: string): string => path.relative(SRC, file).split(path.sep)[0]!;
const shown = (file: string) => path.relative(path.dirname(SRC), file);

/** Crossings against the table above, one line each. */
export function crossings(edges: Edge[]): string[] {
  const wrong: string[] = [];
  for (const e of edges) {
    const [from, to] = [layerOf(e.from), layerOf(e.to)];
    if (from === to) continue;
    const allowed = ALLOWED[from];
    if (!allowed) {
      wrong.push(`${shown(e.from)}: folder src/${from} is not in the layer table`);
      continue;
    }
    if (allowed.includes(to) || (e.typeOnly && TYPES_ONLY[from]?.includes(to))) continue;
    wrong.push(
      `${shown(e.from)}:${e.line} imports ${shown(e.to)}${e.typeOnly ? ' (types)' : ''}: src/${from} may import ${[...allowed, ...(TYPES_ONLY[from] ?? []).map((t) => `${t} (types)`)].join(', ') || 'nothing of src/'}`,
    );
  }
  return wrong;
}

/** Import cycles between files (types included), each as the files around it. */
export function cycles(edges: Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  // Tarjan's strongly connected components
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (v: string) => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!order.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) === order.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (next.get(v) ?? []).includes(v)) found.push(component.map(shown).sort());
    }
  };
  for (const v of next.keys()) if (!order.has(v)) connect(v);
  return found;
}

const test = suite('architecture: import directions and cycles');
const files = sourceFiles(SRC);
const edges = files.flatMap((f) => importsOf(f));

test('every folder of src/ is a layer in the table', () => {
  const folders = [...new Set(files.map(layerOf))].filter((f) => !f.endsWith('.ts')).sort();
  assert.equal(folders, Object.keys(ALLOWED).sort());
  assert.equal(files.filter((f) => path.dirname(f) === SRC).map(shown), [], 'no source files at the top of src/');
});

test('imports run only in the allowed directions', () => {
  assert.ok(edges.length > 300, `read ${edges.length} imports`);
  assert.equal(crossings(edges), []);
});

test('no import cycles', () => {
  assert.equal(cycles(edges), []);
});

/** Where the process's streams and exit may be touched: the entry, the terminal adapter, the simulator's own server. */
const PROCESS_EDGE = ['cli', 'terminal', 'sim'];
const PRINTS = /\bconsole\.\w+\(|\bprocess\.(stdout|stderr)\b|\bprocess\.exit\b/;

export function printsBelowCli(file: string, text: string): string[] {
  if (PROCESS_EDGE.includes(layerOf(file))) return [];
  return text.split('\n').flatMap((line, i) => (PRINTS.test(line) && !/^\s*(\/\/|\*)/.test(line) ? [`${shown(file)}:${i + 1}: ${line.trim()}`] : []));
}

test('nothing below cli/ prints or exits: use cases return data, output goes through the Io port', () => {
  assert.equal(
    files.flatMap((f) => printsBelowCli(f, readFileSync(f, 'utf8'))),
    [],
  );
  assert.equal(printsBelowCli(path.join(SRC, 'use-cases/x.ts'), "  console.log('hi');\n  process.exit(1);\n  // process.stdout in a comment").length, 2);
  assert.equal(printsBelowCli(path.join(SRC, 'terminal/x.ts'), 'process.stdout.write(t)').length, 0);
});

test('the checks catch an upward import, a cli import and a cycle', () => {
  const at = (rel: string) => path.join(SRC, rel);
  const fake = (from: string, to: string, typeOnly = false): Edge => ({ from: at(from), to: at(to), typeOnly, line: 1 });
  assert.equal(crossings([fake('plan/a.ts', 'cxone/b.ts')]).length, 1);
  assert.equal(crossings([fake('use-cases/apply/a.ts', 'cli/main.ts')]).length, 1);
  assert.equal(crossings([fake('render/a.ts', 'use-cases/apply/b.ts', true)]).length, 0);
  assert.equal(crossings([fake('render/a.ts', 'use-cases/apply/b.ts')]).length, 1);
  assert.equal(cycles([fake('config/a.ts', 'config/b.ts', true), fake('config/b.ts', 'config/a.ts')]), [['src/config/a.ts', 'src/config/b.ts']]);
  const parsed = importsOf(
    at('x/a.ts'),
    "import type { A } from './b.js';\nimport { type B, c } from '../y/c.js';\nexport * from './d.js';\nconst e = () => import('./e.js');\n",
  );
  assert.equal(
    parsed.map((e) => [shown(e.to), e.typeOnly]),
    [
      ['src/x/b.ts', true],
      ['src/y/c.ts', false],
      ['src/x/d.ts', false],
      ['src/x/e.ts', false],
    ],
  );
});

test.run();

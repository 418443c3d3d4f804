// The README and every page under docs/ are checked against the code they describe:
// - every ```yaml block is a queue file or a skillops.yaml that validates (with a $schema header
//   that resolves), or a step using the skillops action whose inputs and command exist;
// - every `skillops <command> --flag` in a ```sh/bash/console/shell block, and in inline code,
//   names a real command and real options (read from the CLI's own --help), option values are
//   among the choices the CLI accepts, and every `npm run <script>` names a package.json script;
// - every relative link (and #anchor) resolves to a file (and heading) that exists;
// - the key tables of docs/settings.md and docs/queue-files.md list exactly the schemas' keys;
// - the code map of docs/architecture.md lists exactly the folders under src/;
// - the README stays a front door: at most 200 lines, linking to every page under docs/.
// Each check collects every mistake it finds and reports them all at once.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { runCli } from '../../src/cli/program.js';
import { loadDesiredState } from '../../src/config/load-desired-state.js';
import { loadSettings, resolveSettings } from '../../src/config/settings.js';
import { skillSlug } from '../../src/domain/desired-state.js';
import { captureIo } from '../helpers/capture-io.js';
import { resolveSchemaRef } from '../helpers/schema-ref.js';
import { tempDir } from '../helpers/temp-dir.js';

const test = suite('docs: README and docs/ match the code');
const ROOT = path.resolve(import.meta.dirname, '../..');

// ---- the pages ---------------------------------------------------------------------------

interface Block {
  lang: string;
  text: string;
  line: number;
}
interface Page {
  file: string;
  text: string;
  blocks: Block[];
  prose: string;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? markdownFiles(path.join(dir, e.name)) : e.name.endsWith('.md') ? [path.join(dir, e.name)] : [],
  );
}

/** Fenced blocks (also indented ones, inside list items) and the prose around them. */
function readPage(file: string): Page {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const blocks: Block[] = [];
  const prose: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,})\s*([\w-]*)/.exec(lines[i]!);
    if (!open) {
      prose.push(lines[i]!);
      continue;
    }
    const [, indent, fence, lang] = open;
    const body: string[] = [];
    const start = i + 1;
    for (i++; i < lines.length && !new RegExp(`^\\s*${fence}\\s*$`).test(lines[i]!); i++) {
      body.push(lines[i]!.startsWith(indent!) ? lines[i]!.slice(indent!.length) : lines[i]!.trimStart());
    }
    blocks.push({ lang: lang!.toLowerCase(), text: `${body.join('\n')}\n`, line: start });
    prose.push('');
  }
  return { file: path.relative(ROOT, file), text, blocks, prose: prose.join('\n') };
}

const PAGES: Page[] = [path.join(ROOT, 'README.md'), ...markdownFiles(path.join(ROOT, 'docs')).sort()].map(readPage);
const page = (rel: string): Page => {
  const found = PAGES.find((p) => p.file === rel);
  assert.ok(found, `${rel} exists`);
  return found!;
};

/** Inline code spans of the prose (a span may run over a line break, not over a paragraph). */
function inlineCode(prose: string): string[] {
  return [...prose.matchAll(/(?<!`)`([^`]+?)`(?!`)/g)]
    .map((m) => m[1]!)
    .filter((s) => !/\n\s*\n/.test(s))
    .map((s) => s.replace(/\s+/g, ' '));
}

// ---- the CLI, as its own --help describes it ---------------------------------------------

interface OptionSpec {
  names: string[];
  takesValue: boolean;
  choices?: string[];
}
interface CliSpec {
  commands: Map<string, OptionSpec[]>;
  globals: OptionSpec[];
}

async function help(args: string[]): Promise<string> {
  const io = captureIo({ env: {}, cwd: ROOT });
  const code = await runCli([...args, '--help'], io);
  assert.is(code, 0, `skillops ${args.join(' ')} --help: ${io.stderr()}`);
  return io.stdout();
}

/** The entries of one section of commander's help ("Options:", "Commands:"), continuation lines joined. */
function helpSection(text: string, title: string): string[] {
  const section = new RegExp(`(?:^|\\n)${title}:\\n([\\s\\S]*?)(?:\\n\\n|\\n?$)`).exec(text)?.[1] ?? '';
  const entries: string[] = [];
  for (const line of section.split('\n')) {
    if (/^ {2}\S/.test(line)) entries.push(line.trim());
    else if (line.trim() && entries.length > 0) entries[entries.length - 1] += `  ${line.trim()}`;
  }
  return entries;
}

function optionSpecs(text: string): OptionSpec[] {
  return helpSection(text, 'Options').map((entry) => {
    const gap = entry.search(/ {2,}/);
    const flags = gap < 0 ? entry : entry.slice(0, gap);
    const description = gap < 0 ? '' : entry.slice(gap);
    const choices = /\(choices:\s*((?:"[^"]*"(?:,\s*)?)+)/.exec(description)?.[1];
    return {
      names: flags.split(/[,\s]+/).filter((f) => f.startsWith('-')),
      takesValue: /[<[]/.test(flags),
      ...(choices ? { choices: [...choices.matchAll(/"([^"]*)"/g)].map((m) => m[1]!) } : {}),
    };
  });
}

let cliSpec: Promise<CliSpec> | undefined;
function cli(): Promise<CliSpec> {
  cliSpec ??= (async () => {
    const top = await help([]);
    const names = helpSection(top, 'Commands').map((e) => e.split(/\s/)[0]!);
    assert.ok(names.includes('plan') && names.includes('apply'), `commands read from --help: ${names.join(', ')}`);
    const commands = new Map<string, OptionSpec[]>();
    for (const name of names) commands.set(name, name === 'help' ? [] : optionSpecs(await help([name])));
    return { commands, globals: optionSpecs(top) };
  })();
  return cliSpec;
}

// ---- shell lines -------------------------------------------------------------------------

interface Word {
  text: string;
  quoted: boolean;
  op?: boolean;
}

/** Shell words of one line: quotes, comments, and the operators that end a command. */
function shellWords(line: string): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '#') break;
    const op = /^(&&|\|\||\||;|<\(|\$\(|\)|\d?>>?|<(?=\s))/.exec(line.slice(i));
    if (op) {
      words.push({ text: op[1]!, quoted: false, op: true });
      i += op[1]!.length;
      continue;
    }
    let text = '';
    let quoted = false;
    while (i < line.length && !/[\s;|&)]/.test(line[i]!)) {
      const q = line[i]!;
      if (q === '"' || q === "'") {
        const end = line.indexOf(q, i + 1);
        text += line.slice(i + 1, end < 0 ? line.length : end);
        quoted = true;
        i = end < 0 ? line.length : end + 1;
      } else if (q === '\\' && i + 1 < line.length) {
        text += line[i + 1];
        i += 2;
      } else {
        text += q;
        i++;
      }
    }
    words.push({ text, quoted });
  }
  return words;
}

/** The commands of a line, each as its words (redirections and their targets left out). */
function commandsOf(line: string): string[][] {
  const commands: string[][] = [[]];
  const words = shellWords(line);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.op && /^\d?>>?$|^<$/.test(w.text)) {
      i++;
      continue;
    }
    if (w.op) {
      commands.push([]);
      continue;
    }
    commands[commands.length - 1]!.push(w.quoted ? `\u0000${w.text}` : w.text);
  }
  return commands.filter((c) => c.length > 0);
}
const unquoted = (w: string) => !w.startsWith('\u0000');
const plain = (w: string) => w.replace(/^\u0000/, '');

/** Lines of a shell block that are commands: console blocks mark them with `$ `; `\` continues a line. */
function shellLines(block: Block): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  const lines = block.text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let text = lines[i]!;
    if (block.lang === 'console') {
      if (!text.startsWith('$ ')) continue;
      text = text.slice(2);
    }
    const line = block.line + i + 1;
    while (text.endsWith('\\') && i + 1 < lines.length) text = text.slice(0, -1) + lines[++i]!;
    if (text.trim()) out.push({ line, text });
  }
  return out;
}

const SCRIPTS = Object.keys((JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

/**
 * Mistakes in one command line. `strict`: a code block, where option values are real and are
 * checked against the choices; otherwise inline prose, which may use `[--flag VALUE]` and `a\|b`.
 */
function checkCommand(words: string[], spec: CliSpec, strict: boolean): string[] {
  const problems: string[] = [];
  const npm = words.indexOf('npm');
  if (npm >= 0 && words[npm + 1] === 'run' && words[npm + 2] && !SCRIPTS.includes(plain(words[npm + 2]!))) {
    problems.push(`npm run ${plain(words[npm + 2]!)}: package.json has no such script`);
  }
  // skillops, skillops@1.2.3, or run from its GitHub repository: github:owner/skillops#ref
  const at = words.findIndex((w) => unquoted(w) && /^(skillops(@\S+)?|github:[\w.-]+\/skillops#\S+)$/.test(w));
  if (at < 0) return problems;
  const args = words.slice(at + 1).map(plain);
  const find = (options: OptionSpec[], name: string) => options.find((o) => o.names.includes(name));
  let command: string | undefined;
  let options = spec.globals;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    if (!arg.startsWith('-') || arg === '-') {
      if (command === undefined) {
        command = arg;
        // `skillops <command> --help`: a placeholder takes only the options every command has
        if (/^<[\w-]+>$/.test(arg)) continue;
        const own = spec.commands.get(arg);
        if (!own) {
          problems.push(`"${arg}" is not a skillops command (commands: ${[...spec.commands.keys()].join(', ')})`);
          return problems;
        }
        options = [...own, ...spec.globals];
      }
      continue;
    }
    const [name, inlineValue] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    const option = find(options, name) ?? (['-h', '--help'].includes(name) ? { names: [name], takesValue: false } : undefined);
    if (!option) {
      problems.push(`skillops ${command ?? ''}: no option ${name}`.replace('  ', ' '));
      continue;
    }
    if (!option.takesValue) continue;
    const value = inlineValue ?? args[i + 1];
    if (inlineValue === undefined) i++;
    if (strict && option.choices && value !== undefined && !option.choices.includes(value)) {
      problems.push(`skillops ${command ?? ''} ${name} ${value}: the choices are ${option.choices.join(', ')}`);
    }
  }
  return problems;
}

// ---- links and headings ------------------------------------------------------------------

/** GitHub's anchors for the headings of a page. */
function anchors(p: Page): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of p.prose.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const text = m[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .trim()
      .replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

// ---- the checks --------------------------------------------------------------------------

test('the README is a front door: at most 200 lines, linking to every page under docs/', () => {
  const readme = page('README.md');
  const lines = readme.text.split('\n').length - (readme.text.endsWith('\n') ? 1 : 0);
  assert.ok(lines <= 200, `README.md has ${lines} lines; move detail to a page under docs/`);
  const linked = new Set([...readme.prose.matchAll(/\]\(([^)#\s]+)/g)].map((m) => path.normalize(m[1]!)));
  const unlinked = PAGES.filter((p) => p.file.startsWith('docs/') && !linked.has(p.file)).map((p) => p.file);
  assert.equal(unlinked, [], 'pages the README does not link to');
  for (const command of ['npm ci && npm run demo', 'npm test']) assert.ok(readme.text.includes(command), `README shows "${command}"`);
});

test('every ```yaml block is a queue file or skillops.yaml that validates, or a step using the skillops action', async () => {
  const spec = await cli();
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
  const defaults = resolveSettings({});
  const problems: string[] = [];
  let checked = 0;
  for (const p of PAGES) {
    for (const block of p.blocks.filter((b) => b.lang === 'yaml' || b.lang === 'yml')) {
      const where = `${p.file}:${block.line}`;
      let data: unknown;
      try {
        data = parse(block.text);
      } catch (error) {
        problems.push(`${where}: not YAML: ${(error as Error).message.split('\n')[0]}`);
        continue;
      }
      const header = /^# yaml-language-server: \$schema=(\S+)/.exec(block.text)?.[1];
      const kind = header?.endsWith('/queue.schema.json') ? 'queue' : header?.endsWith('/settings.schema.json') ? 'settings' : undefined;
      checked++;
      if (kind) {
        // the header resolves the way an editor would, from skills/ or from the repository root
        try {
          resolveSchemaRef(header!, kind === 'queue' ? path.join(ROOT, 'skills') : ROOT, ROOT);
        } catch (error) {
          problems.push(`${where}: $schema header: ${(error as Error).message}`);
        }
      }
      if (kind === 'settings') {
        const { dir, cleanup } = await tempDir({ 'skillops.yaml': block.text });
        try {
          const loaded = await loadSettings('skillops.yaml', dir);
          for (const x of loaded.problems) problems.push(`${where}: skillops.yaml line ${x.line}: ${x.message}`);
        } finally {
          await cleanup();
        }
      } else if (kind === 'queue') {
        const skill = (data as { skill?: unknown }).skill;
        const name = `skills/${typeof skill === 'string' && skillSlug(skill) ? skillSlug(skill) : 'queue'}.yaml`;
        const { dir, cleanup } = await tempDir({ [name]: block.text });
        try {
          const loaded = await loadDesiredState('skills', defaults, dir);
          for (const x of loaded.problems) problems.push(`${where}: queue file line ${x.line}: ${x.severity} ${x.code}: ${x.message}`);
          if (loaded.desired.queues.length !== 1) problems.push(`${where}: the queue file gives ${loaded.desired.queues.length} queues`);
        } finally {
          await cleanup();
        }
      } else {
        const steps = (Array.isArray(data) ? data : [data]) as Array<{ uses?: unknown; with?: Record<string, unknown> } | null>;
        const uses = steps.filter((s) => typeof s?.uses === 'string' && /(^|\/)skillops@/.test(s.uses));
        if (uses.length === 0) {
          problems.push(
            `${where}: a yaml block that is neither a queue file nor a skillops.yaml (give it a "# yaml-language-server: $schema=…" header) nor a step using the skillops action`,
          );
          continue;
        }
        for (const step of uses) {
          for (const input of Object.keys(step!.with ?? {})) {
            if (!(input in action.inputs)) problems.push(`${where}: the action has no input "${input}" (action.yml: ${Object.keys(action.inputs).join(', ')})`);
          }
          const command = String(step!.with?.command ?? '');
          problems.push(
            ...checkCommand(
              [
                'skillops',
                command,
                ...String(step!.with?.args ?? '')
                  .split(/\s+/)
                  .filter(Boolean),
              ],
              spec,
              true,
            ).map((x) => `${where}: ${x}`),
          );
        }
      }
    }
  }
  assert.equal(problems, []);
  assert.ok(checked >= 5, `checked ${checked} yaml blocks`);
});

test('every skillops command and option shown exists, with a value the CLI accepts', async () => {
  const spec = await cli();
  const problems: string[] = [];
  let seen = 0;
  for (const p of PAGES) {
    for (const block of p.blocks.filter((b) => ['sh', 'bash', 'console', 'shell'].includes(b.lang))) {
      for (const { line, text } of shellLines(block)) {
        for (const words of commandsOf(text)) {
          if (words.some((w) => unquoted(w) && /^skillops(@\S+)?$/.test(w))) seen++;
          problems.push(...checkCommand(words, spec, true).map((x) => `${p.file}:${line}: ${x}`));
        }
      }
    }
    for (const span of inlineCode(p.prose)) {
      if (!/(^|\s|\()(skillops(@\S+)?\s+\S|npm run \S)/.test(span)) continue;
      // prose may write `[--flag VALUE]`, `a\|b` (inside tables) and `…`
      const text = span.replace(/\\\|/g, ' ').replace(/[[\]…]/g, ' ');
      for (const words of commandsOf(text)) {
        if (words.some((w) => unquoted(w) && /^skillops(@\S+)?$/.test(w))) seen++;
        problems.push(...checkCommand(words, spec, false).map((x) => `${p.file}: \`${span}\`: ${x}`));
      }
    }
  }
  assert.equal(problems, []);
  assert.ok(seen >= 40, `checked ${seen} skillops commands`);
});

test('every relative link and #anchor resolves', () => {
  const problems: string[] = [];
  for (const p of PAGES) {
    const prose = p.prose.replace(/`[^`]*`/g, '');
    for (const m of prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      const target = m[1]!;
      if (/^[a-z][a-z+.-]*:/i.test(target)) continue; // https:, mailto:
      const [file, anchor] = target.split('#', 2) as [string, string | undefined];
      const resolved = file ? path.resolve(ROOT, path.dirname(p.file), file) : path.join(ROOT, p.file);
      if (!existsSync(resolved)) {
        problems.push(`${p.file}: link to ${target}: no file ${path.relative(ROOT, resolved)}`);
        continue;
      }
      if (anchor === undefined) continue;
      const linked = PAGES.find((x) => path.join(ROOT, x.file) === resolved);
      if (!linked || statSync(resolved).isDirectory()) {
        problems.push(`${p.file}: link to ${target}: anchors are only checked on Markdown pages`);
      } else if (!anchors(linked).has(anchor)) {
        problems.push(`${p.file}: link to ${target}: ${linked.file} has no heading #${anchor} (it has ${[...anchors(linked)].join(', ')})`);
      }
    }
  }
  assert.equal(problems, []);
});

/** Every key path of a schema: `a.b`, `list[].key` for arrays of objects; local $refs followed. */
function schemaKeys(schema: Record<string, unknown>): string[] {
  const definitions = (schema.definitions ?? {}) as Record<string, Record<string, unknown>>;
  const deref = (s: Record<string, unknown>): Record<string, unknown> => {
    const ref = s.$ref as string | undefined;
    return ref?.startsWith('#/definitions/') ? deref(definitions[ref.slice('#/definitions/'.length)]!) : s;
  };
  const keys: string[] = [];
  const walk = (node: Record<string, unknown>, prefix: string) => {
    for (const [key, raw] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) {
      const value = deref(raw);
      const items = value.items ? deref(value.items as Record<string, unknown>) : undefined;
      if (value.properties) walk(value, `${prefix}${key}.`);
      else if (items?.properties) walk(items, `${prefix}${key}[].`);
      else keys.push(`${prefix}${key}`);
    }
  };
  walk(schema, '');
  return keys;
}

/** The keys named in the first column of the table under `## Keys` (parent rows allowed). */
function tableKeys(p: Page, heading: string): string[] {
  const section = new RegExp(`^## ${heading}\\n([\\s\\S]*?)(?=^## |$(?![\\s\\S]))`, 'm').exec(p.prose)?.[1];
  assert.ok(section, `${p.file} has a "## ${heading}" section`);
  return section!
    .split('\n')
    .filter((l) => /^\|\s*`/.test(l))
    .flatMap((l) => [...l.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
}

for (const [rel, schemaFile] of [
  ['docs/settings.md', 'settings.schema.json'],
  ['docs/queue-files.md', 'queue.schema.json'],
] as const) {
  test(`${rel} lists every key of schemas/${schemaFile}, and nothing else`, () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas', schemaFile), 'utf8')) as Record<string, unknown>;
    const keys = schemaKeys(schema);
    const listed = tableKeys(page(rel), 'Keys');
    const parents = new Set(
      keys
        .flatMap((k) =>
          k
            .split('.')
            .map((_, i, all) => all.slice(0, i).join('.'))
            .filter(Boolean),
        )
        .map((k) => k.replace(/\[\]$/, '')),
    );
    assert.equal(
      { missingFromTheTable: keys.filter((k) => !listed.includes(k)), notInTheSchema: listed.filter((k) => !keys.includes(k) && !parents.has(k)) },
      { missingFromTheTable: [], notInTheSchema: [] },
      `the key table of ${rel} and schemas/${schemaFile} differ`,
    );
  });
}

test('the code map in docs/architecture.md lists exactly the folders under src/', () => {
  const map = page('docs/architecture.md').prose;
  const section = /^## Code map\n([\s\S]*?)(?=^## )/m.exec(map)?.[1];
  assert.ok(section, 'docs/architecture.md has a "## Code map" section');
  const listed = [...section!.matchAll(/^\|\s*`(src\/[^`]*?)\/?`/gm)].map((m) => m[1]!);
  const folders = (dir: string): string[] =>
    readdirSync(path.join(ROOT, dir), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => `${dir}/${e.name}`);
  const required = [...folders('src'), ...folders('src/use-cases')].filter((f) => f !== 'src/use-cases');
  assert.equal(
    {
      withoutARow: required.filter((f) => !listed.includes(f)).sort(),
      notAFolder: listed.filter((f) => !existsSync(path.join(ROOT, f)) || !statSync(path.join(ROOT, f)).isDirectory()),
    },
    { withoutARow: [], notAFolder: [] },
    'the code map and the folders under src/ differ (one table row per folder)',
  );
});

test.run();

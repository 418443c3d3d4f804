#!/usr/bin/env node
// A stand-in for the GitHub CLI in the adoption test: the README's `gh` commands, recorded in
// FAKE_GH_STATE (JSON) instead of sent to GitHub. `gh repo create` makes a bare repository under
// FAKE_GH_ROOT (what the test's git URL rewrite pushes to); `gh secret set` takes the value a
// person would type from FAKE_GH_VALUES. Anything else fails, so a README command this does not
// know cannot pass unnoticed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const file = process.env.FAKE_GH_STATE;
const state = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { repos: [], secrets: {}, environments: {}, api: [], pulls: [] };
const save = () => writeFileSync(file, JSON.stringify(state, null, 2));
const [command, sub, ...rest] = process.argv.slice(2);
const fail = (message) => {
  process.stderr.write(`fake gh: ${message}\n`);
  process.exit(1);
};

if (command === 'repo' && sub === 'create') {
  const [name, ...flags] = rest;
  if (!/^[\w.-]+\/[\w.-]+$/.test(name ?? '') || flags.join(' ') !== '--private') fail(`repo create ${rest.join(' ')}`);
  const bare = path.join(process.env.FAKE_GH_ROOT, `${name}.git`);
  mkdirSync(bare, { recursive: true });
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', bare]);
  state.repos.push(name);
} else if (command === 'secret' && sub === 'set') {
  const [name, ...flags] = rest;
  const values = JSON.parse(process.env.FAKE_GH_VALUES);
  if (!(name in values)) fail(`nobody knows a value for ${name}`);
  if (flags.length === 0) state.secrets[name] = values[name];
  else if (flags[0] === '--env' && flags[1] && flags.length === 2) (state.environments[flags[1]] ??= {})[name] = values[name];
  else fail(`secret set ${rest.join(' ')}`);
} else if (command === 'api') {
  const args = [sub, ...rest];
  const call = { method: 'GET', path: '', fields: {}, body: undefined };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-X') call.method = args[++i];
    else if (arg === '-f' || arg === '-F') {
      const [key, value] = args[++i].split(/=(.*)/s, 2);
      call.fields[key] = arg === '-F' && /^(true|false|\d+)$/.test(value) ? JSON.parse(value) : value;
    } else if (arg === '--input' && args[i + 1] === '-') {
      i++;
      call.body = JSON.parse(readFileSync(0, 'utf8'));
    } else if (!arg.startsWith('-') && !call.path) call.path = arg;
    else fail(`api: unknown argument ${arg}`);
  }
  state.api.push(call);
} else if (command === 'pr' && sub === 'create') {
  state.pulls.push(rest);
} else {
  fail(`unknown command: ${process.argv.slice(2).join(' ')}`);
}
save();

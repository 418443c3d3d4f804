// The README's adoption steps and what `skillops init` prints are one list: same steps, same
// order, each with its exact commands; every skillops command in it is pinned to one release of
// one repository; `init --action OWNER/skillops@REF` pins everything it prints and writes to REF.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { type AdoptionStep, adoptionSteps } from '../../src/use-cases/init/adoption-steps.js';
import { defaultAction } from '../../src/use-cases/init/templates.js';
import { cliAt } from '../helpers/cli-in-process.js';
import { readmeSteps } from '../helpers/readme-steps.js';
import { tempDir } from '../helpers/temp-dir.js';

const test = suite('adoption: the README steps are the steps init prints');

/** The list `skillops init` prints, parsed back: a title line, a note line, command lines. */
function printedSteps(out: string): AdoptionStep[] {
  const steps: AdoptionStep[] = [];
  const body = out.slice(out.indexOf('Setting up the config repository, in order'));
  for (const line of body.split('\n').slice(1)) {
    const item = /^ ?(\d+)\. (.+)$/.exec(line);
    if (item) steps.push({ title: item[2]!, commands: [] });
    else if (line.startsWith('      ')) steps.at(-1)!.commands.push(line.slice(6));
    else if (line.startsWith('    ')) steps.at(-1)!.note = line.slice(4);
  }
  return steps;
}

test('init prints the README list: same steps in the same order, with the same commands', async () => {
  const readme = await readmeSteps();
  const tmp = await tempDir();
  try {
    const { code, out, err } = await cliAt(() => ({ dir: tmp.dir, env: {} }))(['init']);
    assert.is(code, 0, err);
    assert.equal(printedSteps(out), readme);
  } finally {
    await tmp.cleanup();
  }
  assert.equal(readme, adoptionSteps({ dir: '.', branch: 'main', action: defaultAction(), imported: false }));
  const titles = readme.map((s) => s.title).join('\n');
  // the gaps a team fell into: each step is there, in this order
  const order = [
    /Scaffold/,
    /Create the GitHub repository and add it as the remote/,
    /two CXone access keys/,
    /Fill skills\//,
    /commit, push, and create the audit branch/,
    /Repository secrets/,
    /cxone-production/,
    /Allow GitHub Actions to create and approve pull requests/,
    /Rulesets/,
    /Open a pull request/,
  ];
  assert.equal(
    order.map((re) => readme.findIndex((s) => re.test(s.title))),
    order.map((_, i) => i),
    titles,
  );
  const commands = readme.flatMap((s) => s.commands).join('\n');
  assert.match(commands, 'gh repo create OWNER/REPO --private && git remote add origin');
  assert.match(commands, 'gh secret set "$name" --env cxone-production');
  assert.match(commands, 'can_approve_pull_request_reviews=true');
  assert.match(commands, '"required_status_checks":[{"context":"skillops plan"}]');
});

test('every skillops command printed is pinned: one repository, one ref', () => {
  for (const action of [defaultAction(), 'acme/skillops@0123456789abcdef0123456789abcdef01234567', 'acme/skillops@v2.0.0']) {
    const steps = adoptionSteps({ dir: '.', branch: 'trunk', action, imported: false });
    const text = steps.flatMap((s) => s.commands).join('\n');
    const runs = [...text.matchAll(/npx (\S+) (\S+)/g)].map((m) => `${m[1]} ${m[2]}`);
    assert.ok(runs.length >= 4, text);
    const [repository, ref] = action.split('@') as [string, string];
    for (const run of runs) assert.is(run, `--yes github:${repository}#${ref}`, `${run} in ${text}`);
    assert.not.match(text, /npx skillops(\s|$)/, 'no unpinned npx skillops');
  }
});

test('init --action OWNER/skillops@SHA: the workflows, and the commands it prints, use that commit', async () => {
  const sha = '0123456789abcdef0123456789abcdef01234567';
  const tmp = await tempDir();
  try {
    const { code, out, err } = await cliAt(() => ({ dir: tmp.dir, env: {} }))(['init', '--action', `acme/skillops@${sha}`]);
    assert.is(code, 0, err);
    for (const workflow of ['skillops-plan.yml', 'skillops-apply.yml', 'skillops-drift.yml']) {
      const text = await readFile(path.join(tmp.dir, '.github/workflows', workflow), 'utf8');
      const uses = [...text.matchAll(/uses: (\S+)(.*)/g)].map((m) => [m[1]!, m[2]!.trim()]);
      const skillops = uses.filter(([u]) => u!.includes('skillops'));
      assert.ok(skillops.length > 0);
      for (const [u, comment] of skillops) {
        assert.is(u, `acme/skillops@${sha}`);
        assert.match(comment!, /^# v\d+\.\d+\.\d+$/, 'the release it is, as a comment');
      }
      for (const [u, comment] of uses) assert.match(`${u} ${comment}`, /@[0-9a-f]{40} # v\d+(\.\d+)*$/, workflow);
      parse(text);
    }
    const printed = printedSteps(out).flatMap((s) => s.commands);
    assert.ok(printed.some((c) => c === `npx --yes github:acme/skillops#${sha} init --action acme/skillops@${sha} --tenant-id TENANT_UUID`));
    assert.ok(printed.filter((c) => c.includes('npx')).every((c) => !/npx (?!--yes github:acme\/skillops#0123)/.test(c)));
  } finally {
    await tmp.cleanup();
  }
});

test.run();

// Policy and change-window settings: defaults, and problems reported at their position.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { loadSettings } from '../../src/config/settings.js';
import { lines, tempDir } from '../helpers/temp-dir.js';

const test = suite('settings: policy and change windows');

test('changeWindows take timeZone by default; queueDefaults and agents fill in', async () => {
  const { dir, cleanup } = await tempDir({
    'skillops.yaml': lines('timeZone: Europe/Paris', 'changeWindows:', '  freezes: [{ from: 2026-12-24, until: 2026-12-26, reason: Christmas }]'),
  });
  const r = await loadSettings('skillops.yaml', dir);
  await cleanup();
  assert.equal(r.problems, []);
  assert.equal(r.settings.changeWindows, { timeZone: 'Europe/Paris', weekly: [], freezes: [{ from: '2026-12-24', until: '2026-12-26', reason: 'Christmas' }] });
  // minActiveAgents not set: an authoritative queue still may not be emptied
  assert.equal(r.settings.queueDefaults, { staffing: [], teams: [] });
  assert.equal(r.settings.agents, { protected: [] });
});

test('a bad window zone, an inverted freeze and a bad time are reported where they are', async () => {
  const { dir, cleanup } = await tempDir({
    'skillops.yaml': lines('changeWindows:', '  timeZone: Mars/Olympus', '  freezes:', '    - { from: 2026-12-26, until: 2026-12-24, reason: x }'),
  });
  const r = await loadSettings('skillops.yaml', dir);
  const bad = await tempDir({ 'skillops.yaml': lines('changeWindows:', '  weekly:', '    - { days: [mon], from: "6:00", until: "25:00" }') });
  const r2 = await loadSettings('skillops.yaml', bad.dir);
  await cleanup();
  await bad.cleanup();
  assert.equal(
    r.problems.map((p) => `${p.line}:${p.col} ${p.code}`),
    ['2:13 time-zone', '4:15 dates-inverted'],
  );
  assert.is(r2.problems.length, 2, JSON.stringify(r2.problems));
  assert.ok(r2.problems.every((p) => p.line === 3));
});

test.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { CxonePort } from '../../src/cxone/port.js';
import { ConfigError, CxoneApiError } from '../../src/domain/errors.js';
import { computePlan } from '../../src/use-cases/planning/compute-plan.js';
import { captureIo } from '../helpers/capture-io.js';
import { rejects } from '../helpers/rejects.js';
import { lines, tempDir } from '../helpers/temp-dir.js';

const test = suite('plan: live read beside loading the files');

/** A tenant whose reads are recorded and can be made to fail. */
function fakeTenant(fail: boolean) {
  const calls: string[] = [];
  const read =
    <T>(name: string, value: T) =>
    async (): Promise<T> => {
      calls.push(name);
      if (fail) throw new CxoneApiError('CXone GET /skills failed with 503', { status: 503, method: 'GET', path: '/skills', attempts: 1 });
      return value;
    };
  const port = {
    listSkills: read('skills', [{ skillId: 11, skillName: 'Billing', isActive: true }]),
    listAgents: read('agents', [{ agentId: 4410, userName: 'a@example.com', firstName: 'A', lastName: 'B', isActive: true }]),
    listTeams: read('teams', []),
    listSkillAssignments: read('skill', []),
    listAllAssignments: read('assignments', [{ skillId: 11, agentId: 4410, proficiency: 3, isActive: true }]),
  } as unknown as CxonePort;
  return { port, calls };
}

const settings = lines('cxone:', '  apiBase: http://127.0.0.1:9');

test('the plan is the same, and the tenant was read', async () => {
  const { dir, cleanup } = await tempDir({
    'skillops.yaml': settings,
    'skills/billing.yaml': lines('skill: Billing', 'agents:', '  - agent: a@example.com', '    proficiency: 2'),
  });
  try {
    const tenant = fakeTenant(false);
    const ctx = await computePlan({ config: 'skillops.yaml', now: '2026-11-25', cxone: tenant.port }, captureIo({ cwd: dir, env: { SKILLOPS_CACHE: 'off' } }));
    assert.is(ctx.plan.summary.update, 1);
    assert.is(ctx.plan.summary.add + ctx.plan.summary.remove, 0);
    assert.ok(tenant.calls.includes('assignments'));
  } finally {
    await cleanup();
  }
});

test('problems in the files are reported ahead of a failing live read', async () => {
  const { dir, cleanup } = await tempDir({
    'skillops.yaml': settings,
    'skills/billing.yaml': lines('skill: Billing', 'agents:', '  - agent: a@example.com', '    proficiency: 99'),
  });
  try {
    await rejects(computePlan({ config: 'skillops.yaml', cxone: fakeTenant(true).port }, captureIo({ cwd: dir, env: { SKILLOPS_CACHE: 'off' } })), ConfigError);
  } finally {
    await cleanup();
  }
});

test('with valid files, the live read error is the one reported', async () => {
  const { dir, cleanup } = await tempDir({
    'skillops.yaml': settings,
    'skills/billing.yaml': lines('skill: Billing', 'agents:', '  - agent: a@example.com', '    proficiency: 2'),
  });
  try {
    await rejects(
      computePlan({ config: 'skillops.yaml', cxone: fakeTenant(true).port }, captureIo({ cwd: dir, env: { SKILLOPS_CACHE: 'off' } })),
      CxoneApiError,
    );
  } finally {
    await cleanup();
  }
});

test.run();

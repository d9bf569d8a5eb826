/**
 * Expiry you cannot miss, end to end: the `certificate-expires-in-days` output, the warning when the
 * published certificate is due and was not rotated, the error and failed step within fail-before-days,
 * and the alarm issue a failed scheduled run opens and the next healthy one closes (the emulator's
 * GitHub Issues API).
 */
import { startEmulator, type Emulator } from '../emulator/index.js';
import { fakeGitHubToken } from '../emulator/github.js';
import type { ActionRun } from '../support/run-action.js';
import { runOn } from '../support/e2e.js';

const REPO = 'contoso/exchange-automation';
const SCHEDULED = {
  GITHUB_EVENT_NAME: 'schedule',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '4242',
};

const annotations = (run: ActionRun, kind: 'warning' | 'error') =>
  run.stdout.split('\n').filter((l) => l.startsWith(`::${kind}::`));

let emulator: Emulator;
let first: ActionRun;
/** the published certificate (365 days) as inputs */
let published: Record<string, string>;
beforeAll(async () => {
  emulator = await startEmulator({ repository: REPO });
  first = await runOn(emulator);
  published = {
    certificate: first.outputs.certificate,
    'certificate-password': first.outputs['certificate-password'],
  };
});
afterAll(() => emulator.close());

test('every run with a certificate outputs the whole days until it expires, and the summary shows them', () => {
  expect(first.exitCode).toBe(0);
  expect(Number(first.outputs['certificate-expires-in-days'])).toBeGreaterThanOrEqual(364);
  expect(Number(first.outputs['certificate-expires-in-days'])).toBeLessThanOrEqual(365);
  expect(first.summary).toMatch(/expires \d{4}-\d\d-\d\dT[\d:.]+Z \(in 36[45] days\)/);
  expect(annotations(first, 'warning')).toEqual([]);
});

test('within rotate-before-days and not rotated (a dry run): a warning, the step passes', async () => {
  const run = await runOn(emulator, {
    ...published,
    'dry-run': 'true',
    'certificate-validity-days': '730',
    'rotate-before-days': '400',
    'fail-before-days': '0',
  });
  expect(run.exitCode).toBe(0);
  expect(run.outputs['certificate-expires-in-days']).toBe(first.outputs['certificate-expires-in-days']);
  expect(annotations(run, 'warning').join('\n')).toMatch(
    /certificate [0-9A-F]{40} expires on .* within rotate-before-days \(400\) and was not rotated: dry-run/,
  );
  expect(run.summary).toMatch(/Warning:.*within rotate-before-days/);
});

test('within fail-before-days: an error annotation and exit 1, after the run did its work', async () => {
  const run = await runOn(emulator, {
    ...published,
    'dry-run': 'true',
    'certificate-validity-days': '730',
    'rotate-before-days': '400',
    'fail-before-days': '400',
  });
  expect(run.exitCode).toBe(1);
  expect(run.outputs['certificate-expires-in-days']).toBe(first.outputs['certificate-expires-in-days']);
  expect(annotations(run, 'error').join('\n')).toMatch(/within fail-before-days \(400\)/);
  // the plan was still reported
  expect(run.stdout).toContain('Plan:');
});

test('a run that could not write the secrets warns that the published certificate was not rotated', async () => {
  const token = fakeGitHubToken('app');
  emulator.github.addToken(token, { kind: 'app', permissions: { issues: 'write' } });
  const run = await runOn(emulator, {
    ...published,
    'github-token': token,
    'certificate-validity-days': '730',
    'rotate-before-days': '400',
    'fail-before-days': '0',
  });
  expect(run.exitCode).toBe(1);
  expect(run.outputs['certificate-expires-in-days']).toBe(first.outputs['certificate-expires-in-days']);
  expect(annotations(run, 'warning').join('\n')).toMatch(
    /within rotate-before-days \(400\) and was not rotated: this run failed/,
  );
  expect(run.summary).toMatch(/Published certificate <code>[0-9A-F]{40}<\/code>: expires/);
});

describe('the alarm issue', () => {
  let token: string;
  beforeAll(() => {
    token = fakeGitHubToken('app');
    emulator.github.addToken(token, { kind: 'app', permissions: { secrets: 'write', issues: 'write' } });
  });

  test('a failed scheduled run opens one issue, a second failure updates it, a healthy run closes it', async () => {
    emulator.state.revokeGraphPermission('RoleManagement.ReadWrite.Directory');
    const failed = await runOn(emulator, { ...published, 'github-token': token }, SCHEDULED);
    expect(failed.exitCode).toBe(1);
    let issues = emulator.github.issues(REPO);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ state: 'open', labels: ['exo-cba'] });
    expect(issues[0].title).toContain(emulator.state.tenantId);
    expect(issues[0].body).toContain('https://github.com/contoso/exchange-automation/actions/runs/4242');
    expect(issues[0].body).toContain('RoleManagement.ReadWrite.Directory');
    expect(emulator.github.labels(REPO).map((l) => l.name)).toContain('exo-cba');

    const again = await runOn(
      emulator,
      { ...published, 'github-token': token },
      { ...SCHEDULED, GITHUB_RUN_ID: '4243' },
    );
    expect(again.exitCode).toBe(1);
    issues = emulator.github.issues(REPO);
    expect(issues).toHaveLength(1);
    expect(issues[0].body).toContain('actions/runs/4243');
    expect(issues[0].body).toContain('2 failed runs in a row');

    emulator.state.grantGraphPermission('RoleManagement.ReadWrite.Directory');
    const healthy = await runOn(
      emulator,
      { ...published, 'github-token': token },
      { ...SCHEDULED, GITHUB_RUN_ID: '4244' },
    );
    expect(healthy.exitCode).toBe(0);
    issues = emulator.github.issues(REPO);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(issues[0].body).toMatch(/Resolved.*actions\/runs\/4244/);
  });

  test('a token without push access (its labels are dropped silently): the alarm is still one issue, found by its marker, and closed', async () => {
    const noPush = fakeGitHubToken('app');
    emulator.github.addToken(noPush, {
      kind: 'app',
      permissions: { secrets: 'write', issues: 'write' },
      push: false,
    });
    const before = emulator.github.issues(REPO).length;
    emulator.state.revokeGraphPermission('RoleManagement.ReadWrite.Directory');
    try {
      for (const runId of ['5001', '5002']) {
        const failed = await runOn(
          emulator,
          { ...published, 'github-token': noPush },
          { ...SCHEDULED, GITHUB_RUN_ID: runId },
        );
        expect(failed.exitCode).toBe(1);
      }
    } finally {
      emulator.state.grantGraphPermission('RoleManagement.ReadWrite.Directory');
    }
    const opened = emulator.github.issues(REPO).slice(before);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ state: 'open', labels: [] });
    expect(opened[0].body).toContain('2 failed runs in a row');
    const healthy = await runOn(
      emulator,
      { ...published, 'github-token': noPush },
      { ...SCHEDULED, GITHUB_RUN_ID: '5003' },
    );
    expect(healthy.exitCode).toBe(0);
    expect(emulator.github.issues(REPO).slice(before)[0]).toMatchObject({ state: 'closed' });
  });

  test('a push run opens no issue; a token without the Issues permission warns once and never fails the run', async () => {
    emulator.state.revokeGraphPermission('RoleManagement.ReadWrite.Directory');
    try {
      const before = emulator.github.issues(REPO).length;
      const push = await runOn(
        emulator,
        { ...published, 'github-token': token },
        { ...SCHEDULED, GITHUB_EVENT_NAME: 'push' },
      );
      expect(push.exitCode).toBe(1);
      expect(emulator.github.issues(REPO)).toHaveLength(before);

      const secretsOnly = fakeGitHubToken('app');
      emulator.github.addToken(secretsOnly, { kind: 'app', permissions: { secrets: 'write' } });
      const run = await runOn(emulator, { ...published, 'github-token': secretsOnly }, SCHEDULED);
      expect(run.exitCode).toBe(1);
      const warnings = annotations(run, 'warning').filter((w) => w.includes('alarm issue'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/"Issues" repository permission/);
      expect(emulator.github.issues(REPO)).toHaveLength(before);
    } finally {
      emulator.state.grantGraphPermission('RoleManagement.ReadWrite.Directory');
    }
    const secretsOnly = fakeGitHubToken('app');
    emulator.github.addToken(secretsOnly, { kind: 'app', permissions: { secrets: 'write' } });
    const healthy = await runOn(emulator, { ...published, 'github-token': secretsOnly }, SCHEDULED);
    expect(healthy.exitCode).toBe(0);
    expect(annotations(healthy, 'warning').filter((w) => w.includes('alarm issue'))).toHaveLength(1);
  });
});

/**
 * End to end: after a change the bundled action waits until Exchange accepts the certificate
 * (or Entra issues an Exchange token with the permissions), waits out replication with progress lines,
 * gives up after verify-timeout naming what has not propagated — without publishing anything — falls back
 * to `token` when the admin API misbehaves, and says in the job summary how and how fast it verified.
 * Replication delays are real (a few seconds): the action is a separate process with its own clock.
 */
import { startEmulator, type Emulator } from '../emulator/index.js';
import { fakeGitHubToken } from '../emulator/github.js';
import { listFiles } from '../support/leak-check.js';
import type { ActionRun } from '../support/run-action.js';
import { exchangeTokenRequests, failureOf, githubPuts, runOn } from '../support/e2e.js';

const exchangeCalls = (emulator: Emulator, mark: number) =>
  emulator.requests.slice(mark).filter((r) => r.service === 'exchange');

/** The seconds the job summary gives for the verification, e.g. `(2.1 s)`. */
function summarySeconds(run: ActionRun): number {
  const m = /<td>Verified<\/td><td>[^<]*\((\d+(?:\.\d+)?) s\)/.exec(run.summary);
  if (!m) throw new Error('the summary does not say how long verification took');
  return Number(m[1]);
}

describe('how a change is verified', () => {
  let emulator: Emulator;
  let latest: ActionRun;
  /** a run that passes the last published certificate back in, as a workflow does */
  const next = async (inputs: Record<string, string> = {}) => {
    const mark = emulator.requests.length;
    const run = await runOn(emulator, {
      certificate: latest.outputs.certificate,
      'certificate-password': latest.outputs['certificate-password'],
      ...inputs,
    });
    if (run.exitCode === 0) latest = run;
    return { run, mark };
  };

  beforeAll(async () => {
    emulator = await startEmulator();
    latest = await runOn(emulator);
  });
  afterAll(() => emulator.close());

  test('by default Exchange itself accepts the certificate, and the summary says so and how long it took', () => {
    expect(latest.exitCode).toBe(0);
    expect(latest.outputs).toMatchObject({ changed: 'true', verified: 'exchange' });
    const calls = emulator.requests.filter((r) => r.service === 'exchange');
    expect(calls.map((c) => [c.method, c.status])).toEqual([
      ['GET', 200],
      ['POST', 200],
    ]);
    expect(calls[0].path).toBe(`/adminapi/v1.0/${emulator.state.tenantId}/EXOModuleFile`);
    expect(calls[1].path).toBe(`/adminapi/beta/${emulator.state.tenantId}/InvokeCommand`);
    expect(latest.stdout).toMatch(
      new RegExp(
        `Verified the certificate \\(thumbprint ${latest.outputs['certificate-thumbprint']}\\) by Exchange \\(EXOModuleFile and Get-OrganizationConfig\\) in [\\d.]+ s, 1 attempt\\.`,
      ),
    );
    expect(latest.summary).toMatch(/Exchange Online accepted the certificate \(\d+(\.\d+)? s\)/);
    expect(summarySeconds(latest)).toBeGreaterThanOrEqual(0);
  });

  test('a steady-state run verifies nothing: no Exchange token, no Exchange call', async () => {
    const { run, mark } = await next();
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ changed: 'false', verified: 'unchanged' });
    expect(exchangeTokenRequests(emulator.requests.slice(mark))).toEqual([]);
    expect(exchangeCalls(emulator, mark)).toEqual([]);
    expect(run.summary).toContain('nothing changed, nothing to verify');
  });

  test('verify: token stops at an Exchange token carrying the permissions', async () => {
    const { run, mark } = await next({ 'force-rotate': 'true', verify: 'token' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ rotated: 'true', verified: 'token' });
    expect(exchangeTokenRequests(emulator.requests.slice(mark))).toHaveLength(1);
    expect(exchangeCalls(emulator, mark)).toEqual([]);
    expect(run.summary).toMatch(/Entra ID issued an Exchange token with the permissions \(\d+(\.\d+)? s\)/);
  });

  test('verify: none checks nothing and says so', async () => {
    const { run, mark } = await next({ 'force-rotate': 'true', verify: 'none' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ rotated: 'true', verified: 'none' });
    expect(exchangeTokenRequests(emulator.requests.slice(mark))).toEqual([]);
    expect(exchangeCalls(emulator, mark)).toEqual([]);
    expect(run.summary).toContain('not verified (verify: none)');
  });

  test('an admin API answering 500 falls back to token, with a warning', async () => {
    emulator.fault({ service: 'exchange', path: 'EXOModuleFile', status: 500, times: 1000 });
    const { run, mark } = await next({ 'force-rotate': 'true' });
    emulator.clearInterceptors();
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ rotated: 'true', verified: 'token' });
    // the probe (a GET) is asked again on 500 until its attempts are spent, then its 500 decides; the
    // cmdlet beside it does not count without the probe's yes
    const statuses = exchangeCalls(emulator, mark).map((c) => c.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 500).length).toBeGreaterThan(1);
    expect(statuses.filter((s) => s !== 200 && s !== 500)).toEqual([]);
    const warning = run.stdout.split('\n').find((l) => l.startsWith('::warning::')) ?? '';
    expect(warning).toMatch(/Exchange's admin API answered 500/);
    expect(warning).toMatch(/verified the certificate by token instead/);
    expect(run.summary).toMatch(/the Exchange check was skipped: Exchange's admin API answered 500/);
  });
});

describe('replication delays are waited out, with progress in the log', () => {
  let emulator: Emulator;
  afterEach(() => emulator.close());

  test.each([
    {
      stage: 'key',
      delays: { keyMs: 3000 },
      progress: /^waiting for Entra ID to accept the new key: \d+ s of 60 s \(AADSTS700027\)$/m,
    },
    {
      stage: 'consent',
      delays: { consentMs: 3000 },
      progress: /^waiting for admin consent of Exchange\.ManageAsApp to reach tokens: \d+ s of 60 s$/m,
    },
    {
      stage: 'role',
      delays: { roleMs: 3000 },
      progress:
        /^waiting for Exchange to honour the Exchange Administrator role: \d+ s of 60 s \(Exchange answered 401\)$/m,
    },
  ])('$stage', async ({ delays, progress }) => {
    emulator = await startEmulator({ replication: delays });
    const run = await runOn(emulator, { 'verify-timeout': '60' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verified).toBe('exchange');
    expect(run.stdout).toMatch(progress);
    expect(run.stdout).toMatch(/Verified the certificate .* in [\d.]+ s, (?:[2-9]|\d{2,}) attempts\./);
    // at least the first 2 s pause happened, and the summary reports it
    expect(summarySeconds(run)).toBeGreaterThanOrEqual(2);
  });
});

describe('verification that times out publishes nothing and names the stage', () => {
  let emulator: Emulator;
  afterEach(() => emulator.close());

  test.each([
    {
      stage: 'key',
      delays: { keyMs: 600_000 },
      message: /Entra ID still refuses to sign in app .* the new key has not propagated/,
    },
    {
      stage: 'consent',
      delays: { consentMs: 600_000 },
      message: /without Exchange\.ManageAsApp: the admin consent has not reached tokens/,
    },
    {
      stage: 'role',
      delays: { roleMs: 600_000 },
      message: /the Exchange Administrator role assignment has not reached Exchange/,
    },
  ])('$stage', async ({ delays, message }) => {
    emulator = await startEmulator({ replication: delays });
    const token = fakeGitHubToken('app');
    emulator.github.addToken(token, { kind: 'app', permissions: { secrets: 'write' } });
    // 30 s is the shortest verify-timeout: below it no replication delay could be waited out
    const run = await runOn(emulator, { 'verify-timeout': '30', 'github-token': token });

    expect(run.exitCode).toBe(1);
    const failure = failureOf(run);
    expect(failure).toMatch(/was not verified within 30 s \('verify-timeout'/);
    expect(failure).toMatch(message);
    expect(failure).toMatch(/raise 'verify-timeout'/);
    expect(failure).toMatch(/Nothing was published/);
    // nothing handed over: no certificate outputs, no PFX file, no secret
    for (const name of ['certificate', 'certificate-password', 'certificate-path', 'certificate-thumbprint'])
      expect(run.outputs[name]).toBeUndefined();
    expect(listFiles(run.runnerTemp).filter((f) => f.endsWith('.pfx'))).toEqual([]);
    expect(githubPuts(emulator.requests)).toEqual([]);
    expect(emulator.github.secretNames({ repository: emulator.github.repository })).toEqual([]);

    // once replication catches up, the rerun converges and publishes
    emulator.setReplication({ keyMs: 0, consentMs: 0, roleMs: 0 });
    const rerun = await runOn(emulator, { 'github-token': token });
    expect(rerun.exitCode).toBe(0);
    expect(rerun.outputs.verified).toBe('exchange');
    expect(emulator.github.decrypt({ repository: emulator.github.repository }, 'EXO_CERTIFICATE')).toBe(
      rerun.outputs.certificate,
    );
  });
});

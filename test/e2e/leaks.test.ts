/**
 * No secret value ever reaches what a run leaves behind: stdout, stderr, the job summary, files under
 * RUNNER_TEMP after the post step — with debug logging on, across successful and failing runs. The
 * secrets are every value the runs and the emulator handled (see test/support/leak-check.ts); a value
 * may appear only on an `::add-mask::` line, which is how the runner learns to hide it.
 */
import { statSync, existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { innerError } from '../emulator/odata.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { fakeGitHubToken } from '../emulator/github.js';
import {
  collectSecrets,
  describeLeaks,
  findLeaks,
  findLeaksInFiles,
  listFiles,
  PFX_WINDOW,
  type SecretValue,
} from '../support/leak-check.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { openPfx } from '../../src/certificate/certificate.js';

interface Scenario {
  name: string;
  inputs: Record<string, string>;
  main: ActionRun;
  post: ActionRun;
  /** mode of the PFX file between the main and the post step, when there was one */
  pfxMode?: number;
  pfxPath?: string;
}

const DEBUG = { ACTIONS_STEP_DEBUG: 'true' };

describe('no secret in logs, summaries or leftover files', () => {
  let emulator: Emulator;
  let token: string;
  const scenarios: Scenario[] = [];

  /** main step, a look at the PFX file while the job "runs", then the post step — as a runner does */
  async function scenario(
    name: string,
    inputs: Record<string, string>,
    expectExit: number,
  ): Promise<Scenario> {
    const allInputs = { ...emulator.actionInputs(), 'verify-timeout': '30', ...inputs };
    const env = { ...emulator.runnerEnv(), ...DEBUG };
    const main = await runAction({ inputs: allInputs, env });
    const pfxPath = main.outputs['certificate-path'];
    const pfxMode = pfxPath && existsSync(pfxPath) ? statSync(pfxPath).mode & 0o777 : undefined;
    const post = await runAction({
      inputs: allInputs,
      env,
      entry: 'post',
      runnerTemp: main.runnerTemp,
      state: main.state,
    });
    expect({ name, exitCode: main.exitCode }).toEqual({ name, exitCode: expectExit });
    expect({ name, post: post.exitCode }).toEqual({ name, post: 0 });
    const s = { name, inputs, main, post, pfxMode, pfxPath };
    scenarios.push(s);
    return s;
  }
  const certificateOf = (s: Scenario) => ({
    certificate: s.main.outputs.certificate,
    'certificate-password': s.main.outputs['certificate-password'],
  });

  beforeAll(async () => {
    emulator = await startEmulator();
    token = fakeGitHubToken('app');
    emulator.github.addToken(token, { kind: 'app', permissions: { secrets: 'write' } });

    const first = await scenario('first run with secrets', { 'github-token': token }, 0);
    const rotation = await scenario(
      'forced rotation',
      { 'github-token': token, ...certificateOf(first), 'force-rotate': 'true' },
      0,
    );
    await scenario('steady state', { 'github-token': token, ...certificateOf(rotation) }, 0);

    // with a registered certificate input the new key goes in with addKey
    emulator.fault({
      service: 'graph',
      method: 'POST',
      path: /^\/v1\.0\/applications\/[^/]+\/addKey/,
      status: 403,
      body: {
        error: {
          code: 'Authorization_RequestDenied',
          message: 'Insufficient privileges to complete the operation.',
          innerError: innerError(),
        },
      },
    });
    await scenario(
      'Graph refuses addKey (403)',
      { 'github-token': token, ...certificateOf(rotation), 'force-rotate': 'true' },
      1,
    );
    emulator.clearInterceptors();

    emulator.fault({ service: 'github', method: 'PUT', status: 500, times: 1000 });
    await scenario(
      'GitHub refuses the secret writes (500)',
      { 'github-token': token, ...certificateOf(rotation), 'force-rotate': 'true' },
      1,
    );
    emulator.clearInterceptors();

    await scenario(
      'a wrong certificate-password input',
      {
        'github-token': token,
        certificate: rotation.main.outputs.certificate,
        'certificate-password': 'not-the-password-4711', // hand-typed (exo-cba's have 32+ characters): refused, not repaired
      },
      1,
    );

    emulator.setReplication({ keyMs: 600_000 });
    await scenario(
      'verification times out',
      { 'github-token': token, ...certificateOf(rotation), 'force-rotate': 'true', 'verify-timeout': '30' },
      1,
    );
    emulator.setReplication({ keyMs: 0 });
  });
  afterAll(() => emulator.close());

  test('the scanner has every kind of secret to look for', () => {
    const secrets = collectSecrets(
      emulator,
      scenarios.map((s) => ({ outputs: s.main.outputs, inputs: s.inputs })),
    );
    const labels = secrets.map((s) => s.label);
    for (const kind of [
      /PFX output$/,
      /PFX output password$/,
      /PFX output private key line \d+$/,
      /PFX input password$/,
      /^GitHub OIDC token$/,
      /^ACTIONS_ID_TOKEN_REQUEST_TOKEN$/,
      /^client_assertion of entra/,
      /^access_token from entra/,
      /github-token$/,
      /^sealed value of github PUT/,
    ])
      expect({ kind: String(kind), found: labels.some((l) => kind.test(l)) }).toEqual({
        kind: String(kind),
        found: true,
      });
    // every credential that went over the wire is scanned for (values repeat, so compare values)
    const values = new Set(secrets.map((s) => s.value));
    const unscanned = emulator.requests
      .map((r) => ({
        where: `${r.service} ${r.method} ${r.path}`,
        auth: String(r.requestHeaders.authorization ?? ''),
      }))
      .filter((r) => r.auth && !values.has(r.auth.replace(/^\S+\s+/, '')))
      .map((r) => r.where);
    expect(unscanned).toEqual([]);
  });

  test('stdout, stderr and the job summary of every run carry no secret', () => {
    const secrets = collectSecrets(
      emulator,
      scenarios.map((s) => ({ outputs: s.main.outputs, inputs: s.inputs })),
    );
    const leaks = scenarios.flatMap((s) =>
      (['main', 'post'] as const).flatMap((step) =>
        (['stdout', 'stderr', 'summary'] as const).flatMap((stream) =>
          describeLeaks(`${s.name}, ${step} ${stream}`, findLeaks(s[step][stream], secrets)),
        ),
      ),
    );
    expect(leaks).toEqual([]);
  });

  test('the failing runs fail for the reason staged, without echoing a value', () => {
    const byName = Object.fromEntries(scenarios.map((s) => [s.name, s.main.stdout]));
    expect(byName['Graph refuses addKey (403)']).toMatch(/::error::.*Authorization_RequestDenied/);
    expect(byName['GitHub refuses the secret writes (500)']).toMatch(
      /::error::Writing secret .* failed: 500/,
    );
    expect(byName['a wrong certificate-password input']).toMatch(/::error::.*certificate-password/);
    expect(byName['verification times out']).toMatch(/::error::.*the new key has not propagated/);
  });

  test('the PFX file was private (0600) while the job ran, and nothing is left after the post step', () => {
    const withPfx = scenarios.filter((s) => s.pfxPath);
    expect(withPfx.map((s) => s.name)).toEqual([
      'first run with secrets',
      'forced rotation',
      'steady state',
      'GitHub refuses the secret writes (500)',
    ]);
    for (const s of withPfx) {
      expect({ name: s.name, mode: s.pfxMode?.toString(8) }).toEqual({ name: s.name, mode: '600' });
      expect(existsSync(s.pfxPath!)).toBe(false);
    }
    for (const s of scenarios)
      expect({ name: s.name, left: listFiles(s.main.runnerTemp) }).toEqual({ name: s.name, left: [] });
  });

  test('no file under RUNNER_TEMP carries a secret, as text or as bytes', () => {
    const secrets = collectSecrets(
      emulator,
      scenarios.map((s) => ({ outputs: s.main.outputs, inputs: s.inputs })),
    );
    const leaks = scenarios.flatMap((s) =>
      describeLeaks(s.name, findLeaksInFiles(s.main.runnerTemp, secrets)),
    );
    expect(leaks).toEqual([]);
  });
});

describe('the leak check itself', () => {
  let emulator: Emulator;
  let run: ActionRun;
  let secrets: SecretValue[];
  let inputs: Record<string, string>;

  beforeAll(async () => {
    emulator = await startEmulator();
    const token = fakeGitHubToken('app');
    emulator.github.addToken(token, { kind: 'app', permissions: { secrets: 'write' } });
    inputs = { ...emulator.actionInputs(), 'github-token': token };
    run = await runAction({ inputs, env: { ...emulator.runnerEnv(), ...DEBUG } });
    secrets = collectSecrets(emulator, { outputs: run.outputs, inputs });
  });
  afterAll(() => emulator.close());

  /** the run's real stdout with one line planted in the middle */
  const planted = (line: string) => {
    const lines = run.stdout.split('\n');
    lines.splice(Math.floor(lines.length / 2), 0, line);
    return lines.join('\n');
  };

  test('finds nothing in the real output', () => {
    expect(findLeaks(run.stdout, secrets)).toEqual([]);
  });

  test('finds a planted fragment of the PFX, but not one shorter than the window', () => {
    const pfx = run.outputs.certificate;
    const at = Math.floor(pfx.length / 2);
    expect(findLeaks(planted(`x ${pfx.slice(at, at + PFX_WINDOW)} y`), secrets).map((l) => l.label)).toEqual([
      'run 1 PFX output',
    ]);
    expect(findLeaks(planted(`x ${pfx.slice(at, at + PFX_WINDOW - 1)} y`), secrets)).toEqual([]);
  });

  test('finds a planted password, private key line, access token, GitHub token and sealed value', () => {
    const key = openPfx(run.outputs.certificate, run.outputs['certificate-password']).privateKeyPem.split(
      '\n',
    )[5];
    const graphToken = String(
      emulator.requests.find((r) => r.service === 'graph')!.requestHeaders.authorization,
    ).slice('Bearer '.length);
    const sealed = (
      emulator.requests.find((r) => r.service === 'github' && r.method === 'PUT')!.requestBody as {
        encrypted_value: string;
      }
    ).encrypted_value;
    for (const [value, label] of [
      [run.outputs['certificate-password'], /password$/],
      [key, /private key line 5$/],
      [graphToken, /^(Authorization header of graph|access_token from entra)/],
      [inputs['github-token'], /github-token$/],
      [sealed, /^sealed value/],
    ] as const) {
      const found = findLeaks(planted(`error: ${value}.`), secrets).map((l) => l.label);
      expect(found.length).toBeGreaterThan(0);
      expect(found.some((l) => label.test(l))).toBe(true);
    }
  });

  test('ignores ::add-mask:: lines, which is how the runner learns a secret', () => {
    expect(findLeaks(planted(`::add-mask::${run.outputs['certificate-password']}`), secrets)).toEqual([]);
  });

  test('finds the PFX in a leftover file, as base64 text and as bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'exo-cba-leak-selftest-'));
    try {
      writeFileSync(join(dir, 'copy.pfx'), Buffer.from(run.outputs.certificate, 'base64'));
      writeFileSync(join(dir, 'log.txt'), `certificate=${run.outputs.certificate}\n`);
      const found = findLeaksInFiles(dir, secrets);
      expect(found.map((l) => `${l.label} @ ${l.where.slice(dir.length)}`).sort()).toEqual([
        'run 1 PFX output (binary) @ /copy.pfx',
        'run 1 PFX output @ /log.txt line 1',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

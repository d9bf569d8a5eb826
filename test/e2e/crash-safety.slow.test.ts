/**
 * crash safety: a rotation fails at each step in turn (the process killed, or the next call
 * failing). Each time a job holding the old secret still signs in, and the runs that follow converge:
 * at most two exo-cba keys, the published certificate registered and in the secrets, foreign keys untouched.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { generateCertificate } from '../../src/certificate/certificate.js';
import { fakeGitHubToken } from '../emulator/github.js';
import {
  startEmulator,
  type Emulator,
  type EmulatorRequest,
  type StoredKeyCredential,
} from '../emulator/index.js';
import { signInWithSecret } from '../support/old-secret-client.js';
import { failureOf, runOn } from '../support/e2e.js';
import type { ActionRun } from '../support/run-action.js';
import {
  exoCbaThumbprints,
  expectConverged,
  ageTenant,
  managedApp,
  registerKey,
  secretsLineage,
  secretsHeld,
  thumbprintOf,
  type Secret,
} from '../support/tenant-keys.js';

const DAY = 86_400_000;
const GITHUB_TOKEN = fakeGitHubToken('app');
const VERIFY_TIMEOUT = 30;
const APP_PATH = /^\/v1\.0\/applications\/[0-9a-f-]+$/;

let emulator: Emulator;
/** requests held by an interceptor until the test lets them go (after the process was killed) */
let release: () => void = () => undefined;

beforeEach(async () => {
  emulator = await startEmulator();
  emulator.github.addToken(GITHUB_TOKEN, { kind: 'app', permissions: { secrets: 'write' } });
});
afterEach(async () => {
  release();
  await emulator.close();
});

function run(
  inputs: Record<string, string>,
  options: { killWhen?: (line: string) => boolean; verifyTimeout?: number } = {},
): Promise<ActionRun> {
  const timeout = String(options.verifyTimeout ?? VERIFY_TIMEOUT);
  return runOn(
    emulator,
    { 'verify-timeout': timeout, 'github-token': GITHUB_TOKEN, ...inputs },
    { ACTIONS_STEP_DEBUG: 'true' },
    { killWhen: options.killWhen },
  );
}

const asInputs = (s: Secret) => ({ certificate: s.certificate, 'certificate-password': s.password });

/** Holds matching requests until `release()`; the process is killed meanwhile, so they never complete. */
function hold(matches: (req: EmulatorRequest) => boolean): void {
  const released = new Promise<void>((resolve) => (release = resolve));
  emulator.intercept(async (req) => {
    if (!matches(req)) return undefined;
    await released;
    return { status: 0 };
  });
}

/**
 * The tenant before the failing rotation: a first run published K1 to the secrets; an older exo-cba key K0
 * (which a rotation away from K1 supersedes) and a certificate someone uploaded by hand are registered too.
 */
async function arrange(): Promise<{ k0: string; k1: Secret; foreign: StoredKeyCredential }> {
  const first = await run({});
  expect(first.exitCode).toBe(0);
  const k0 = await generateCertificate({
    subject: 'CN=Exchange Online Automation',
    validityDays: 365,
    keySize: 2048,
    now: new Date(Date.now() - 100 * DAY),
  });
  registerKey(emulator, k0, secretsLineage());
  const manual = await generateCertificate({
    subject: 'CN=Manual',
    validityDays: 90,
    keySize: 2048,
    now: new Date(),
  });
  const foreign = registerKey(emulator, manual, 'Uploaded by an admin');
  const k1 = secretsHeld(emulator);
  expect(thumbprintOf(k1)).toBe(first.outputs['certificate-thumbprint']);
  // the failing rotation comes days later: K1 is older than the grace period, so K0 is superseded then
  ageTenant(emulator);
  return { k0: k0.thumbprintSha1, k1, foreign };
}

interface CrashCase {
  name: string;
  /** arms the failure; returns options for the failing run */
  inject: () => { killWhen?: (line: string) => boolean; verifyTimeout?: number } | void;
  /** undoes what would keep failing (replication delays) before the rerun */
  heal?: () => void;
  /** the failing run's error text (not for killed runs) */
  error?: RegExp;
  /** the run still exits 0 (with a warning) */
  succeeds?: boolean;
  /** whether the failing run got as far as writing the new certificate to the secrets */
  publishedNew: boolean;
}

const cases: CrashCase[] = [
  {
    name: 'killed right after addKey',
    inject: () => {
      let added = false;
      // nothing after addKey completes: the kill lands before verification
      hold((req) => {
        if (req.service === 'graph' && req.method === 'POST' && req.path.endsWith('/addKey')) {
          added = true;
          return false;
        }
        return added;
      });
      return { killWhen: (line) => /::debug::POST \S+\/addKey → 200/.test(line) };
    },
    publishedNew: false,
  },
  {
    name: 'verification fails (the new key never propagates within verify-timeout)',
    inject: () => {
      // K1 replicated long ago; any key added from now on stays unknown to Entra ID for an hour
      emulator.state.elapse(2 * 3_600_000);
      emulator.setReplication({ keyMs: 3_600_000 });
      return { verifyTimeout: 30 };
    },
    heal: () => emulator.setReplication({ keyMs: 0 }),
    error: /was not verified within 30 s .*Entra ID still refuses to sign in/s,
    publishedNew: false,
  },
  {
    name: 'verification is refused outright (an Entra ID error that is no replication delay)',
    inject: () => {
      emulator.intercept((req) => {
        // the verification's sign-in with the new certificate (the Graph token was taken before)
        if (req.service !== 'entra' || !req.form().get('client_assertion')?.length) return undefined;
        if (req.form().get('scope')?.startsWith('https://graph.microsoft.com')) return undefined;
        return {
          status: 401,
          body: {
            error: 'invalid_client',
            error_description: 'AADSTS7000112: Application is disabled.',
            error_codes: [7000112],
          },
        };
      });
    },
    error: /Entra ID refused to sign in app .* with the new certificate/,
    publishedNew: false,
  },
  {
    name: 'every secret write fails',
    inject: () => {
      emulator.fault({
        service: 'github',
        method: 'PUT',
        times: 6,
        status: 500,
        body: { message: 'Server Error' },
      });
    },
    error: /Writing secret EXO_CERTIFICATE .* failed: 500.*The old certificate stays registered/,
    publishedNew: false,
  },
  ...(
    [
      ['{}', 'application/json', '{}'],
      ['an HTML page', 'text/html', '<html><body>Sign in to the hotel Wi-Fi</body></html>'],
      ['cut-short JSON', 'application/json', '{"message":"Cre'],
    ] as const
  ).map(([what, type, body]) => ({
    // a proxy or captive portal answers in GitHub's place and stores nothing
    name: `GitHub's PUT of EXO_CERTIFICATE is answered 200 with ${what}`,
    inject: () => {
      emulator.intercept((req) =>
        req.service === 'github' && req.method === 'PUT' && req.path.endsWith('/EXO_CERTIFICATE')
          ? { status: 200, headers: { 'content-type': type }, body }
          : undefined,
      );
    },
    error:
      /Writing secret EXO_CERTIFICATE .* failed: GitHub answered 200, which is not an answer it documents for this PUT \(201 or 204\)/,
    publishedNew: false,
  })),
  {
    name: 'killed after publishing, before the removal',
    inject: () => {
      let puts = 0;
      hold((req) => {
        if (req.service === 'github' && req.method === 'PUT') puts++;
        return req.service === 'graph' && req.method === 'GET' && APP_PATH.test(req.path) && puts > 0;
      });
      return { killWhen: (line) => line.startsWith('Secrets: wrote') };
    },
    publishedNew: true,
  },
  {
    name: 'the removeKey call fails',
    inject: () => {
      emulator.fault({
        service: 'graph',
        method: 'POST',
        path: '/removeKey',
        times: 10,
        status: 500,
        body: { error: { code: 'generalException', message: 'An unexpected error occurred.' } },
      });
    },
    // the new certificate is verified and published: the leftover key is a warning, not a failed job
    succeeds: true,
    error:
      /::warning::Could not remove old certificate\(s\) [0-9A-F]{40} from the app: .*500.*the next run removes them/,
    publishedNew: true,
  },
];

describe.each(cases)('a rotation $name', ({ inject, heal, error, succeeds, publishedNew }) => {
  it('leaves the old secret working, and the next runs converge', async () => {
    const { k0, k1, foreign } = await arrange();
    const appId = managedApp(emulator).appId;
    const before = exoCbaThumbprints(emulator);

    // the failing rotation (a forced one, e.g. workflow_dispatch with force-rotate)
    const options = inject() ?? {};
    const failed = await run({ ...asInputs(k1), 'force-rotate': 'true' }, options);
    release();
    heal?.();
    emulator.clearInterceptors();
    if (options.killWhen) expect(failed.signal).toBe('SIGKILL');
    else {
      expect(failed.exitCode).toBe(succeeds ? 0 : 1);
      expect(failed.stdout).toMatch(error!);
    }
    const added = exoCbaThumbprints(emulator).filter((t) => !before.includes(t));
    expect(added).toHaveLength(1);
    const k2 = added[0];

    // nothing a consumer holds broke: the old secret signs in, the secrets hold a registered certificate
    expect(exoCbaThumbprints(emulator)).toContain(thumbprintOf(k1));
    expect(await signInWithSecret(emulator, appId, k1)).toEqual({
      ok: true,
      roles: ['Exchange.ManageAsApp'],
    });
    const held = secretsHeld(emulator);
    expect(thumbprintOf(held)).toBe(publishedNew ? k2 : thumbprintOf(k1));
    expect((await signInWithSecret(emulator, appId, held)).ok).toBe(true);
    expect(managedApp(emulator).keyCredentials).toContainEqual(foreign);
    const printed = `${failed.stdout}\n${failed.stderr}`
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'));
    expect(printed.join('\n')).not.toContain(k1.password);

    // the rerun comes later, past the grace period (in real life: days after the last rotation)
    ageTenant(emulator);

    // "Re-run failed jobs": the same inputs, the secrets as they are now
    const rerun = await run({ ...asInputs(held), 'force-rotate': 'true' });
    expect(rerun.exitCode).toBe(0);
    expect(rerun.outputs['rotated']).toBe('true');
    const k3 = rerun.outputs['certificate-thumbprint'];
    const rerunSecret = {
      certificate: rerun.outputs['certificate'],
      password: rerun.outputs['certificate-password'],
    };
    // the certificate the rerun replaced stays for jobs queued with it; K0 is gone
    expect(await signInWithSecret(emulator, appId, held)).toMatchObject({ ok: true });
    expect(exoCbaThumbprints(emulator)).not.toContain(k0);
    expect(managedApp(emulator).keyCredentials).toContainEqual(foreign);
    expect(thumbprintOf(secretsHeld(emulator))).toBe(k3);

    if (publishedNew) {
      // the failed run's certificate was published and is what the rerun replaced: already converged
      expect(exoCbaThumbprints(emulator)).toEqual([k2, k3]);
      await expectConverged(emulator, rerunSecret, {
        lineage: secretsLineage(),
        foreign: [foreign],
        secrets: true,
      });
      return;
    }

    // K2 is newer than the key the rerun replaced and not current, and older than the grace period: the
    // rerun removes it, and the app holds the replaced key and the new one
    expect(rerun.stdout).toContain(`${k2} (orphaned)`);
    expect(exoCbaThumbprints(emulator)).toEqual([thumbprintOf(k1), k3]);
    await expectConverged(emulator, rerunSecret, {
      lineage: secretsLineage(),
      foreign: [foreign],
      secrets: true,
    });
  });
});

describe('keys of crashed runs', () => {
  it('are pruned by the next run of the lineage once the grace period is over, also when it does not rotate', async () => {
    const { k1 } = await arrange();
    const before = exoCbaThumbprints(emulator);
    // three rotations killed right after their key was added: three keys never published
    for (let i = 0; i < 3; i++) {
      const killed = await run(
        { ...asInputs(k1), 'force-rotate': 'true' },
        { killWhen: (line) => /POST \S+\/addKey → 200/.test(line) },
      );
      expect(killed.signal).toBe('SIGKILL');
    }
    const orphans = exoCbaThumbprints(emulator).filter((t) => !before.includes(t));
    expect(orphans).toHaveLength(3);

    ageTenant(emulator);
    // the scheduled run: nothing to rotate, the published certificate is reused
    const next = await run(asInputs(k1));
    expect({ exitCode: next.exitCode, error: failureOf(next) }).toEqual({ exitCode: 0, error: '' });
    expect(next.outputs['rotated']).toBe('false');
    for (const orphan of orphans) expect(next.stdout).toContain(`${orphan} (orphaned)`);
    expect(exoCbaThumbprints(emulator).filter((t) => orphans.includes(t))).toEqual([]);
    expect(await signInWithSecret(emulator, managedApp(emulator).appId, k1)).toMatchObject({ ok: true });
  });
});

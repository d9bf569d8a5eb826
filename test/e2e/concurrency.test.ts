/**
 * Issues #3 and #8, concurrency: two runs started together on one app, both adding their key with a
 * keyCredentials PATCH (no certificate input that could sign addKey, as in the README's minimal workflow).
 * Graph's PATCH replaces the whole list, so a run working from a stale read drops the other's new key. The
 * emulator holds requests to force each interleaving deterministically. The run whose key was dropped sees
 * it (Entra refusing it during verification, or its last look after publishing), puts it back, and succeeds:
 * every run exits 0 with its published certificate registered.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { X509Certificate } from 'node:crypto';
import { fakeGitHubToken } from '../emulator/github.js';
import {
  startEmulator,
  type Emulator,
  type EmulatorRequest,
  type RequestLogEntry,
} from '../emulator/index.js';
import { signInWithSecret } from '../support/old-secret-client.js';
import { runOn } from '../support/e2e.js';
import type { ActionRun } from '../support/run-action.js';
import {
  exoCbaThumbprints,
  isRegistered,
  managedApp,
  secretsHeld,
  thumbprintOf,
} from '../support/tenant-keys.js';

const GITHUB_TOKEN = fakeGitHubToken('app');
const APP_PATH = /^\/v1\.0\/applications\/[0-9a-f-]+$/;
const DROPPED =
  /::warning::Certificate [0-9A-F]{40} was removed from the app by a concurrent change (while this run verified it|before this run published it|after this run published it); registering it again\. Put exo-cba runs for one app in a `concurrency:` group/;

let emulator: Emulator;
beforeEach(async () => {
  emulator = await startEmulator();
  emulator.github.addToken(GITHUB_TOKEN, { kind: 'app', permissions: { secrets: 'write' } });
});
afterEach(async () => {
  await emulator.close();
});

type Who = 'X' | 'Y';

/** A run without certificate input whose new certificate names `who`, so a PATCH tells which run sent it. */
function run(who: Who): Promise<ActionRun> {
  // the published password (the password stays for the life of the secrets), but no certificate: PATCH path
  const password = secretsHeld(emulator).password;
  return runOn(emulator, {
    'github-token': GITHUB_TOKEN,
    'certificate-subject': `CN=Run ${who}`,
    ...(password ? { 'certificate-password': password } : {}),
  });
}

/** Which run's new key a keyCredentials PATCH adds (by the subject each run gives its certificate). */
function patchOf(body: unknown): Who | undefined {
  const keys = (body as { keyCredentials?: { key?: string }[] } | undefined)?.keyCredentials ?? [];
  for (const k of keys) {
    if (!k.key) continue;
    const subject = new X509Certificate(Buffer.from(k.key, 'base64')).subject;
    if (subject.includes('CN=Run X')) return 'X';
    if (subject.includes('CN=Run Y')) return 'Y';
  }
  return undefined;
}

const isKeyPatch = (r: { service: string; method: string; path: string }) =>
  r.service === 'graph' && r.method === 'PATCH' && APP_PATH.test(r.path);
const isKeyRead = (r: { service: string; method: string; path: string }) =>
  r.service === 'graph' && r.method === 'GET' && APP_PATH.test(r.path);

const isPut = (name: string) => (r: RequestLogEntry) =>
  r.service === 'github' && r.method === 'PUT' && r.path.endsWith(`/${name}`);

/** Resolves once `condition()` holds (the emulator logs a request when its response is finished). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** Answered requests since the two runs started. */
let from = 0;
const answered = (match: (r: RequestLogEntry) => boolean) => emulator.requests.slice(from).filter(match);
const patched = (who: Who) => answered((r) => isKeyPatch(r) && patchOf(r.requestBody) === who).length > 0;
/** each run reads the app's keys when it observes and again right before its PATCH: both have read twice */
const bothRead = () => answered(isKeyRead).length >= 4;

function patchBody(req: EmulatorRequest): unknown {
  try {
    return req.json();
  } catch {
    return undefined;
  }
}

/** A first run published K1; both racing runs start from it (e.g. two jobs of a matrix). */
async function arrange() {
  const first = await runOn(emulator, { 'github-token': GITHUB_TOKEN });
  expect(first.exitCode).toBe(0);
  const k1 = secretsHeld(emulator);
  from = emulator.requests.length;
  return { k1 };
}

/** What must hold whatever the interleaving: every run that succeeded left its certificate registered. */
async function expectEverySuccessRegistered(
  runs: ActionRun[],
  k1: { certificate: string; password: string },
) {
  const appId = managedApp(emulator).appId;
  for (const r of runs.filter((x) => x.exitCode === 0)) {
    expect(isRegistered(emulator, r.outputs['certificate-thumbprint'])).toBe(true);
    const secret = { certificate: r.outputs['certificate'], password: r.outputs['certificate-password'] };
    expect((await signInWithSecret(emulator, appId, secret)).ok).toBe(true);
  }
  // the secrets hold a registered certificate, and the one every queued job still has keeps working
  expect(isRegistered(emulator, thumbprintOf(secretsHeld(emulator)))).toBe(true);
  expect((await signInWithSecret(emulator, appId, k1)).ok).toBe(true);
}

describe('two runs rotating the same app at once', () => {
  it('both PATCH from the same read: Entra’s AADSTS700027 during verification makes the dropped run put its key back', async () => {
    const { k1 } = await arrange();
    const appId = managedApp(emulator).appId;
    emulator.intercept(async (req) => {
      if (isKeyPatch(req)) {
        const who = patchOf(patchBody(req));
        // both runs have read the app before either writes; Y, from its stale read, writes right after X
        if (who === 'X') await until(bothRead);
        if (who === 'Y') await until(() => patched('X'));
      }
      // the managed app's sign-ins (verification) wait until Y's PATCH has dropped X's key
      if (req.service === 'entra' && req.method === 'POST' && req.form().get('client_id') === appId)
        await until(() => patched('Y'));
      return undefined;
    });

    const [x, y] = await Promise.all([run('X'), run('Y')]);

    expect(y.exitCode).toBe(0);
    expect(x.exitCode).toBe(0);
    expect(x.outputs['rotated']).toBe('true');
    expect(x.stdout).toMatch(DROPPED);
    expect(x.stdout).toMatch(/concurrent change while this run verified it/);
    expect(y.stdout).not.toMatch(DROPPED);
    // found by the refused sign-in within seconds, not after verify-timeout (30 s)
    expect(x.durationMs).toBeLessThan(25_000);
    expect(exoCbaThumbprints(emulator)).toEqual(
      expect.arrayContaining([
        thumbprintOf(k1),
        x.outputs['certificate-thumbprint'],
        y.outputs['certificate-thumbprint'],
      ]),
    );
    await expectEverySuccessRegistered([x, y], k1);
  });

  it('a key dropped after its run published it is registered again by that run', async () => {
    const { k1 } = await arrange();
    let xPublished = false;
    emulator.intercept(async (req) => {
      if (req.service === 'github' && req.method === 'PUT' && !patched('Y')) xPublished = true;
      if (isKeyPatch(req)) {
        const who = patchOf(patchBody(req));
        if (who === 'X') await until(bothRead);
        // Y's stale PATCH lands after X verified and wrote its secrets
        if (who === 'Y') await until(() => answered(isPut('EXO_CERTIFICATE')).length > 0);
      }
      // X's reads after publishing (removal, final check) wait until Y's PATCH has dropped X's key
      if (isKeyRead(req) && xPublished) await until(() => patched('Y'));
      return undefined;
    });

    const [x, y] = await Promise.all([run('X'), run('Y')]);

    expect(x.exitCode).toBe(0);
    expect(y.exitCode).toBe(0);
    expect(x.stdout).toMatch(DROPPED);
    const registered = exoCbaThumbprints(emulator);
    expect(registered).toEqual(
      expect.arrayContaining([
        thumbprintOf(k1),
        x.outputs['certificate-thumbprint'],
        y.outputs['certificate-thumbprint'],
      ]),
    );
    await expectEverySuccessRegistered([x, y], k1);
  });

  it('without forcing the interleaving: however the race goes, both runs succeed and stay registered', async () => {
    const { k1 } = await arrange();
    const runs = await Promise.all([run('X'), run('Y')]);
    for (const r of runs) expect(r.exitCode).toBe(0);
    await expectEverySuccessRegistered(runs, k1);
  });
});

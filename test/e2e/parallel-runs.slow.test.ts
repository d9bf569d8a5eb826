/**
 * "parallel jobs never hurt each other" and "already exists is success": the bundled action run
 * several times at once against one tenant, as a matrix of jobs or concurrent dispatches would. Every run
 * that exits 0 still has its certificate registered (and signing in) once all have finished; once the
 * grace period is over, one more run leaves at most two keys of the lineage. Each parallel case is
 * repeated to catch interleavings that only show now and then.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { fakeGitHubToken } from '../emulator/github.js';
import { DIRECTORY_ROLES, startEmulator, type Emulator } from '../emulator/index.js';
import { signInWithSecret } from '../support/old-secret-client.js';
import { failureOf, rotateInputs, runEntryOn, runOn } from '../support/e2e.js';
import type { ActionRun } from '../support/run-action.js';
import {
  ageTenant,
  exoCbaThumbprints,
  expectConverged,
  isRegistered,
  managedApp,
  outputsLineage,
  secretInputs,
  secretsHeld,
  secretsLineage,
  thumbprintOf,
  type Secret,
} from '../support/tenant-keys.js';

const REPETITIONS = 3;
const GITHUB_TOKEN = fakeGitHubToken('app');

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function start(options: Parameters<typeof startEmulator>[0] = {}): Promise<Emulator> {
  emulator = await startEmulator(options);
  emulator.github.addToken(GITHUB_TOKEN, { kind: 'app', permissions: { secrets: 'write' } });
  return emulator;
}

const publishedBy = (r: ActionRun): Secret => ({
  certificate: r.outputs['certificate'],
  password: r.outputs['certificate-password'],
});

/** Every run exited 0, and each one's certificate is registered and signs in now that all have finished. */
async function expectAllSucceededAndRegistered(e: Emulator, runs: ActionRun[]): Promise<void> {
  for (const r of runs)
    expect({ exitCode: r.exitCode, error: failureOf(r) }).toEqual({ exitCode: 0, error: '' });
  const appId = managedApp(e).appId;
  const lost = runs.map((r) => r.outputs['certificate-thumbprint']).filter((t) => !isRegistered(e, t));
  expect({ lost, keyWrites: lost.length ? keyWriteTimeline(e) : [] }).toEqual({ lost: [], keyWrites: [] });
  for (const r of runs) {
    expect(await signInWithSecret(e, appId, publishedBy(r))).toEqual({
      ok: true,
      roles: ['Exchange.ManageAsApp'],
    });
  }
}

/** The key writes Graph answered (when a key was lost: which write dropped it), times relative to the first. */
function keyWriteTimeline(e: Emulator): string[] {
  const writes = e.requests.filter(
    (r) =>
      r.service === 'graph' &&
      r.method !== 'GET' &&
      /\/applications\/[0-9a-f-]+(\/addKey|\/removeKey)?$/.test(r.path),
  );
  const t0 = writes[0]?.startedAt ?? 0;
  return writes.map((r) => {
    const keys = (r.requestBody as { keyCredentials?: { displayName?: string }[] } | undefined)
      ?.keyCredentials;
    const names = keys?.map((k) => (k.displayName ?? '').split(' ')[1]?.slice(0, 8)).join(',') ?? '';
    return `${r.method} ${r.path.split('/').pop()} ${r.startedAt - t0}–${r.endedAt - t0} ms → ${r.status} [${names}]`;
  });
}

describe('the README’s minimal workflow (no certificate input, no secrets) as a matrix of 4 jobs', () => {
  it(`every job succeeds and stays registered; after the grace period one run leaves ≤ 2 keys (${REPETITIONS} rounds)`, async () => {
    const e = await start();
    const bootstrap = await runOn(e);
    expect(bootstrap.exitCode).toBe(0);
    for (let round = 0; round < REPETITIONS; round++) {
      const matrix = await Promise.all([runOn(e), runOn(e), runOn(e), runOn(e)]);
      await expectAllSucceededAndRegistered(e, matrix);

      // the next scheduled run, once the matrix's keys are older than the grace period
      ageTenant(e);
      const next = await runOn(e);
      expect(next.exitCode).toBe(0);
      await expectConverged(e, publishedBy(next), { lineage: outputsLineage() });
    }
  });
});

describe('three forced rotations holding the same current certificate, in parallel', () => {
  it(`all succeed; every new key and the input key stay registered; the published pair opens and is registered (${REPETITIONS} rounds)`, async () => {
    const e = await start();
    const first = await runOn(e, { 'github-token': GITHUB_TOKEN });
    expect(first.exitCode).toBe(0);
    for (let round = 0; round < REPETITIONS; round++) {
      const current = secretsHeld(e);
      const inputs = { ...secretInputs(e), 'github-token': GITHUB_TOKEN, 'force-rotate': 'true' };
      const runs = await Promise.all([runOn(e, inputs), runOn(e, inputs), runOn(e, inputs)]);
      await expectAllSucceededAndRegistered(e, runs);
      expect(isRegistered(e, thumbprintOf(current))).toBe(true);
      // the input signed every addKey: no run rewrote the list
      expect(runs.map((r) => r.outputs['rotated'])).toEqual(['true', 'true', 'true']);
      // the secrets hold one of the three, as a pair that opens: each run wrote only EXO_CERTIFICATE
      const held = secretsHeld(e);
      expect(runs.map((r) => r.outputs['certificate-thumbprint'])).toContain(thumbprintOf(held));
      expect(held.password).toBe(current.password);

      // the next rotation past the grace period prunes the lineage down to two keys
      ageTenant(e);
      const next = await runOn(e, {
        ...secretInputs(e),
        'github-token': GITHUB_TOKEN,
        'force-rotate': 'true',
      });
      expect(next.exitCode).toBe(0);
      await expectConverged(e, publishedBy(next), { lineage: secretsLineage(), secrets: true });
    }
  });
});

describe('two first runs publishing to one destination at once', () => {
  it.each(Array.from({ length: REPETITIONS * 2 }, (_, i) => i + 1))(
    'both succeed, and the pair left opens and is registered (try %i)',
    async () => {
      const e = await start();
      const runs = await Promise.all([
        runOn(e, { 'github-token': GITHUB_TOKEN }),
        runOn(e, { 'github-token': GITHUB_TOKEN }),
      ]);
      await expectAllSucceededAndRegistered(e, runs);
      const held = secretsHeld(e);
      expect(runs.map((r) => r.outputs['certificate-thumbprint'])).toContain(thumbprintOf(held));
      expect(isRegistered(e, thumbprintOf(held))).toBe(true);
    },
  );
});

describe('a self-rotation racing the README’s minimal workflow (a bootstrap that adds its key by PATCH)', () => {
  const ROUNDS = 50;
  it(`every run that exits 0 is registered at the end; the published pair opens and is registered (${ROUNDS} rounds)`, async () => {
    const e = await start();
    const first = await runOn(e, { 'github-token': GITHUB_TOKEN });
    expect(first.exitCode).toBe(0);
    const problems: string[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      // half the rounds with an app that may read itself (keys re-read), half without (Entra asked instead)
      e.state.selfRead = round % 2 === 0;
      const held = secretsHeld(e);
      const published = {
        appId: first.outputs['app-id'],
        appObjectId: first.outputs['app-object-id'],
        certificate: held.certificate,
        password: held.password,
      };
      const inputs = { ...rotateInputs(e, published), 'force-rotate': 'true', 'github-token': GITHUB_TOKEN };
      // the bootstrap reads the keys at a moment that varies from round to round around the addKey
      const delay = (round * 37) % 900;
      const [self, patch] = await Promise.all([
        runEntryOn(e, 'rotate', inputs),
        new Promise((resolve) => setTimeout(resolve, delay)).then(() => runOn(e)),
      ]);
      if (self.exitCode !== 0) problems.push(`round ${round}: the rotation failed: ${failureOf(self)}`);
      for (const [who, r] of [
        ['rotate', self],
        ['bootstrap', patch],
      ] as const) {
        if (r.exitCode === 0 && !isRegistered(e, r.outputs['certificate-thumbprint']))
          problems.push(`round ${round}: the ${who} run exited 0 but its certificate is not registered`);
      }
      const now = secretsHeld(e);
      if (!isRegistered(e, thumbprintOf(now)))
        problems.push(`round ${round}: the published certificate is not registered`);
      if (!(await signInWithSecret(e, managedApp(e).appId, now)).ok)
        problems.push(`round ${round}: the published pair does not sign in`);
      // the next round comes later: the keys of this one are past the grace period and pruned by its runs
      ageTenant(e);
    }
    expect(problems).toEqual([]);
  }, 900_000);
});

describe('two first runs on an empty tenant at once', () => {
  it.each(Array.from({ length: REPETITIONS }, (_, i) => i + 1))(
    'both succeed and both certificates are registered (try %i)',
    async () => {
      const e = await start();
      const runs = await Promise.all([runOn(e), runOn(e)]);
      await expectAllSucceededAndRegistered(e, runs);
      expect(e.state.managedApplications()).toHaveLength(1);
      expect(runs[0].outputs['app-id']).toBe(runs[1].outputs['app-id']);
      expect(exoCbaThumbprints(e, outputsLineage())).toHaveLength(2);
    },
  );
});

describe('a second run while Graph’s lists lag behind its writes', () => {
  it('consent and role exist but are not listed yet: the run says "already in place" and does not wait', async () => {
    // assignments stay missing from list endpoints for 10 minutes (longer than the whole test)
    const e = await start({ listLagMs: 600_000 });
    const inputs = { roles: 'Exchange Administrator', 'verify-timeout': '60' };
    const first = await runOn(e, inputs);
    expect(first.exitCode).toBe(0);
    const sp = e.state.servicePrincipalByAppId(first.outputs['app-id'])!;
    const consentsBefore = e.state.appRoleAssignments.length;
    const rolesBefore = e.state.roleAssignments.length;

    const second = await runOn(e, {
      ...inputs,
      certificate: first.outputs['certificate'],
      'certificate-password': first.outputs['certificate-password'],
    });

    expect({ exitCode: second.exitCode, error: failureOf(second) }).toEqual({ exitCode: 0, error: '' });
    expect(second.stdout).toContain('Admin consent for Exchange.ManageAsApp: already in place.');
    expect(second.stdout).toContain('Directory role Exchange Administrator: already in place.');
    expect(second.stdout).not.toMatch(/retrying/i);
    // never waited out verify-timeout (60 s)
    expect(second.durationMs).toBeLessThan(30_000);
    // nothing was duplicated, and the app still has what it needs
    expect(e.state.appRoleAssignments.length).toBe(consentsBefore);
    expect(e.state.roleAssignments.length).toBe(rolesBefore);
    expect(e.state.grantedRoles(sp, e.state.exchangeServicePrincipal)).toEqual(['Exchange.ManageAsApp']);
    expect(e.state.directoryRoles(sp.id)).toEqual([DIRECTORY_ROLES['Exchange Administrator']]);
  });
});

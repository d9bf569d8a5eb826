/**
 * "keys have an owner": two GitHub environments (production, staging) whose secrets point at the
 * same app each publish their own certificate. Over several scheduled rounds — with rotations forced,
 * due (rotate-before-days) and skipped, and the keys ageing past the grace period between rounds — neither
 * ever removes the key the other has published. A consumer job still holding production's pre-rotation
 * secret (no github-token) removes nothing but expired keys of its own lineage.
 */
import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { generateCertificate } from '../../src/certificate/certificate.js';
import { fakeGitHubToken, type GitHubSecretScope } from '../emulator/github.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { signInWithSecret } from '../support/old-secret-client.js';
import { failureOf, graphWrites, runOn, since } from '../support/e2e.js';
import {
  ageTenant,
  exoCbaThumbprints,
  expectConverged,
  managedApp,
  outputsLineage,
  registerKey,
  REPOSITORY,
  secretInputs,
  secretsHeld,
  secretsLineage,
  thumbprintOf,
  thumbprintOfKey,
  type Secret,
} from '../support/tenant-keys.js';

const DAY = 86_400_000;
const GITHUB_TOKEN = fakeGitHubToken('app');
const ENVIRONMENTS = ['production', 'staging'] as const;
type Environment = (typeof ENVIRONMENTS)[number];
const scopeOf = (environment: Environment): GitHubSecretScope => ({ repository: REPOSITORY, environment });
const SCOPES = ENVIRONMENTS.map(scopeOf);

let emulator: Emulator;
beforeEach(async () => {
  emulator = await startEmulator();
  emulator.github.addToken(GITHUB_TOKEN, {
    kind: 'app',
    permissions: { secrets: 'write', environments: 'write' },
  });
  for (const environment of ENVIRONMENTS) emulator.github.addEnvironment(REPOSITORY, environment);
});
afterEach(async () => {
  await emulator.close();
});

const published = (environment: Environment): Secret => secretsHeld(emulator, 'EXO_', scopeOf(environment));

/** The scheduled job of one environment: its secrets as inputs, publishing back to them. */
async function scheduled(environment: Environment, extra: Record<string, string> = {}) {
  const run = await runOn(emulator, {
    ...secretInputs(emulator, 'EXO_', scopeOf(environment)),
    'github-token': GITHUB_TOKEN,
    'secret-scope': 'environment',
    'secret-environment': environment,
    ...extra,
  });
  expect({ environment, exitCode: run.exitCode, error: failureOf(run) }).toEqual({
    environment,
    exitCode: 0,
    error: '',
  });
  return run;
}

/** What must hold after every run: each environment's published certificate is registered and signs in. */
async function expectBothPublishedWork(): Promise<void> {
  const appId = managedApp(emulator).appId;
  for (const environment of ENVIRONMENTS) {
    const secret = published(environment);
    expect({ environment, registered: exoCbaThumbprints(emulator).includes(thumbprintOf(secret)) }).toEqual({
      environment,
      registered: true,
    });
    expect(await signInWithSecret(emulator, appId, secret)).toEqual({
      ok: true,
      roles: ['Exchange.ManageAsApp'],
    });
  }
}

type Rotation = 'forced' | 'due' | 'none';
/** How each round's runs rotate: forced (force-rotate), due (the published key expires in 5 days), or not. */
const ROUNDS: Record<Environment, Rotation>[] = [
  { production: 'forced', staging: 'none' },
  { production: 'none', staging: 'due' },
  { production: 'forced', staging: 'forced' },
  { production: 'due', staging: 'none' },
];

/** Makes the environment's published key end in 5 days (rotate-before-days is 30 by default). */
function makeDue(environment: Environment): void {
  const thumbprint = thumbprintOf(published(environment));
  const key = managedApp(emulator).keyCredentials.find((k) => thumbprintOfKey(k) === thumbprint)!;
  key.endDateTime = new Date(Date.now() + 5 * DAY).toISOString();
}

it('two environments sharing one app never remove each other’s published key over scheduled rounds', async () => {
  for (const environment of ENVIRONMENTS) await scheduled(environment);
  await expectBothPublishedWork();

  for (const round of ROUNDS) {
    // the next schedule: days later, every key older than the grace period
    ageTenant(emulator, undefined, SCOPES);
    for (const environment of ENVIRONMENTS) {
      const before = thumbprintOf(published(environment));
      if (round[environment] === 'due') makeDue(environment);
      const run = await scheduled(
        environment,
        round[environment] === 'forced' ? { 'force-rotate': 'true' } : {},
      );
      expect(run.outputs['rotated']).toBe(round[environment] === 'none' ? 'false' : 'true');
      if (run.outputs['rotated'] === 'true') expect(thumbprintOf(published(environment))).not.toBe(before);
      await expectBothPublishedWork();
    }
    // each lineage is down to its current key and the one it replaced
    for (const environment of ENVIRONMENTS) {
      await expectConverged(emulator, published(environment), {
        lineage: secretsLineage('EXO_', environment),
      });
    }
  }
  // only exo-cba keys of the two lineages are on the app
  const lineages = ENVIRONMENTS.map((e) => exoCbaThumbprints(emulator, secretsLineage('EXO_', e))).flat();
  expect(exoCbaThumbprints(emulator).sort()).toEqual(lineages.sort());
});

it('a consumer job holding the pre-rotation secret removes nothing but expired keys of its own lineage', async () => {
  await scheduled('production');
  await scheduled('staging');
  const preRotation = published('production');
  ageTenant(emulator, undefined, SCOPES);
  await scheduled('production', { 'force-rotate': 'true' });
  const rotated = published('production');
  expect(thumbprintOf(rotated)).not.toBe(thumbprintOf(preRotation));

  // expired leftovers: one of the consumer's own lineage (step outputs), one of production's
  const expiredCertificate = () =>
    generateCertificate({
      subject: 'CN=Exchange Online Automation',
      validityDays: 30,
      keySize: 2048,
      now: new Date(Date.now() - 60 * DAY),
    });
  const ownExpired = await expiredCertificate();
  const productionExpired = await expiredCertificate();
  registerKey(emulator, ownExpired, outputsLineage());
  registerKey(emulator, productionExpired, secretsLineage('EXO_', 'production'));
  ageTenant(emulator, undefined, SCOPES);
  const keysBefore = exoCbaThumbprints(emulator);

  // an Exchange job that runs exo-cba first, with the secret it was queued with and no github-token
  const from = emulator.requests.length;
  const consumer = await runOn(emulator, {
    certificate: preRotation.certificate,
    'certificate-password': preRotation.password,
  });

  expect({ exitCode: consumer.exitCode, error: failureOf(consumer) }).toEqual({ exitCode: 0, error: '' });
  expect(consumer.outputs['rotated']).toBe('false');
  expect(consumer.outputs['certificate-thumbprint']).toBe(thumbprintOf(preRotation));
  expect(exoCbaThumbprints(emulator)).toEqual(keysBefore.filter((t) => t !== ownExpired.thumbprintSha1));
  const writes = graphWrites(since(emulator, from)).map((r) => `${r.method} ${r.path.split('/').pop()}`);
  expect(writes).toHaveLength(1);
  await expectBothPublishedWork();
  expect(exoCbaThumbprints(emulator)).toContain(productionExpired.thumbprintSha1);
});

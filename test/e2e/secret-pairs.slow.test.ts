/**
 * "secret writes are crash-safe": a run is killed, or one secret's PUT fails, between each pair of secret
 * writes — on a first provisioning (every secret written), on a rotation (the certificate alone: the password
 * stays) and on a rotation away from a hand-made certificate whose password is too short to keep (password,
 * then certificate). Then the workflow reruns as it is written, with the secrets as inputs. Once a pair was
 * published it never splits — except while a hand-made password is replaced, the one case that writes both —
 * and after the rerun the pair opens, is registered and signs in, and the run after that changes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import forge from 'node-forge';
import { generateCertificate, openPfx } from '../../src/certificate/certificate.js';
import { fakeGitHubToken } from '../emulator/github.js';
import { startEmulator, type Emulator, type EmulatorRequest } from '../emulator/index.js';
import { signInWithSecret } from '../support/old-secret-client.js';
import { failureOf, runOn } from '../support/e2e.js';
import type { ActionRun } from '../support/run-action.js';
import {
  ageTenant,
  isRegistered,
  managedApp,
  pairOpens,
  REPO_SCOPE,
  registerKey,
  secretInputs,
  secretsHeld,
  secretsLineage,
  thumbprintOf,
} from '../support/tenant-keys.js';

const GITHUB_TOKEN = fakeGitHubToken('app');
const SECRET_PUT = /^::debug::PUT \S+\/actions\/secrets\/EXO_\w+ → 20\d/;

let emulator: Emulator;
/** passwords seen so far: what the certificate secret can be opened with to tell which certificate it holds */
let passwords: Set<string>;
let release: () => void = () => undefined;

beforeEach(async () => {
  emulator = await startEmulator();
  emulator.github.addToken(GITHUB_TOKEN, { kind: 'app', permissions: { secrets: 'write' } });
  passwords = new Set();
});
afterEach(async () => {
  release();
  await emulator.close();
});

function run(inputs: Record<string, string> = {}, killWhen?: (line: string) => boolean): Promise<ActionRun> {
  return runOn(
    emulator,
    { 'github-token': GITHUB_TOKEN, ...inputs },
    { ACTIONS_STEP_DEBUG: 'true' },
    { killWhen },
  );
}

/** The certificate the certificate secret holds (opened with any password seen), or undefined. */
function certificateHeld(): string | undefined {
  const certificate = secretsHeld(emulator).certificate;
  if (!certificate) return undefined;
  for (const password of passwords) {
    try {
      return openPfx(certificate, password).thumbprintSha1;
    } catch {
      // not this one
    }
  }
  throw new Error('the certificate secret opens with no password any run ever used');
}

/**
 * The invariant at every moment: a published certificate opens with the published password and is registered.
 * Returns what it found wrong (checked at the end of the test, so the rerun's convergence is checked too).
 */
function splitSet(moment: string): string[] {
  const held = secretsHeld(emulator);
  if (held.password) passwords.add(held.password);
  if (!held.certificate) return [];
  if (!pairOpens(held)) return [`${moment}: EXO_CERTIFICATE does not open with EXO_CERTIFICATE_PASSWORD`];
  const holds = certificateHeld();
  return holds && isRegistered(emulator, holds)
    ? []
    : [`${moment}: EXO_CERTIFICATE holds ${holds}, not registered`];
}

/** A certificate made by hand (not by exo-cba), sealed with a password shorter than exo-cba keeps. */
async function handMadeCertificate(password: string) {
  const issued = await generateCertificate({
    subject: 'CN=Made by hand',
    validityDays: 200,
    keySize: 2048,
    now: new Date(),
  });
  const key = forge.pki.privateKeyFromPem(issued.privateKeyPem);
  const cert = forge.pki.certificateFromPem(issued.certificatePem);
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], password, { algorithm: 'aes256' });
  const pfxBase64 = forge.util.encode64(forge.asn1.toDer(asn1).getBytes());
  return { ...issued, pfxBase64, password };
}

type Failure = { kind: 'fault'; secret: string } | { kind: 'kill'; afterPuts: number; where: string };

/** Arms the failure; returns the kill trigger for a kill. */
function arm(failure: Failure): ((line: string) => boolean) | undefined {
  if (failure.kind === 'fault') {
    emulator.fault({
      service: 'github',
      method: 'PUT',
      path: new RegExp(`/${failure.secret}$`),
      times: 20,
      status: 502,
      body: { message: 'Server Error' },
    });
    return undefined;
  }
  // the PUTs after the first `afterPuts` are held until the process is dead, so the kill lands right there
  let puts = 0;
  const released = new Promise<void>((resolve) => (release = resolve));
  emulator.intercept(async (req: EmulatorRequest) => {
    if (req.service !== 'github' || req.method !== 'PUT') return undefined;
    if (++puts <= failure.afterPuts) return undefined;
    await released;
    return { status: 0 };
  });
  let answered = 0;
  // no PUT answered: killed once the certificate is verified, its PUT held
  if (failure.afterPuts === 0) return (line) => /Verified the certificate/.test(line);
  return (line) => SECRET_PUT.test(line) && ++answered === failure.afterPuts;
}

interface Scenario {
  name: string;
  /** the tenant before the failing run; returns that run's inputs */
  arrange: () => Promise<Record<string, string>>;
  failures: Failure[];
  /** the run writes both secrets of a published pair (a hand-made password is replaced): it may split */
  replacesPassword?: boolean;
}

const scenarios: Scenario[] = [
  {
    name: 'first provisioning',
    arrange: async () => ({}),
    failures: [
      ...['EXO_APP_ID', 'EXO_TENANT_ID', 'EXO_ORGANIZATION', 'EXO_CERTIFICATE_PASSWORD'].map(
        (secret): Failure => ({ kind: 'fault', secret }),
      ),
      { kind: 'fault', secret: 'EXO_CERTIFICATE' },
      { kind: 'kill', afterPuts: 1, where: 'in the middle of the first wave' },
      { kind: 'kill', afterPuts: 5, where: 'after the password, before the certificate' },
    ],
  },
  {
    name: 'rotation (exo-cba’s password stays: the certificate alone is written)',
    arrange: async () => {
      const first = await run();
      expect(first.exitCode).toBe(0);
      passwords.add(first.outputs['certificate-password']);
      ageTenant(emulator);
      return { ...secretInputs(emulator), 'force-rotate': 'true' };
    },
    failures: [
      { kind: 'fault', secret: 'EXO_CERTIFICATE' },
      { kind: 'kill', afterPuts: 0, where: 'before the certificate' },
    ],
  },
  {
    name: 'rotation away from a hand-made certificate with a short password',
    arrange: async () => {
      const first = await run();
      expect(first.exitCode).toBe(0);
      const hand = await handMadeCertificate('short-pw-1');
      registerKey(emulator, hand, secretsLineage());
      const scope = REPO_SCOPE(emulator);
      emulator.github.setSecret(scope, 'EXO_CERTIFICATE', hand.pfxBase64);
      emulator.github.setSecret(scope, 'EXO_CERTIFICATE_PASSWORD', hand.password);
      passwords.add(first.outputs['certificate-password']);
      passwords.add(hand.password);
      // the rotation comes days after the secrets were last written
      ageTenant(emulator);
      return { ...secretInputs(emulator), 'force-rotate': 'true' };
    },
    failures: [
      { kind: 'fault', secret: 'EXO_CERTIFICATE_PASSWORD' },
      { kind: 'fault', secret: 'EXO_CERTIFICATE' },
      { kind: 'kill', afterPuts: 1, where: 'after the password, before the certificate' },
    ],
    replacesPassword: true,
  },
];

const label = (f: Failure) => (f.kind === 'fault' ? `the PUT of ${f.secret} fails` : `killed ${f.where}`);

describe.each(scenarios)('$name', ({ arrange, failures, replacesPassword }) => {
  it.each(failures.map((f) => [label(f), f] as const))(
    '%s, then the workflow reruns (a published pair never splits)',
    async (_, failure) => {
      const inputs = await arrange();
      const lies = splitSet('before');

      const killWhen = arm(failure);
      const failed = await run(inputs, killWhen);
      release();
      emulator.clearInterceptors();
      if (killWhen) expect(failed.signal).toBe('SIGKILL');
      else {
        expect(failed.exitCode).toBe(1);
        expect(failureOf(failed)).toMatch(
          new RegExp(`Writing secret ${failure.kind === 'fault' && failure.secret}`),
        );
      }
      if (!replacesPassword) lies.push(...splitSet('after the failed run'));

      // "Re-run failed jobs": the workflow passes the secrets as they are now
      const rerun = await run(secretInputs(emulator));
      expect({ exitCode: rerun.exitCode, error: failureOf(rerun) }).toEqual({ exitCode: 0, error: '' });
      lies.push(...splitSet('after the rerun'));
      const held = secretsHeld(emulator);
      expect(pairOpens(held)).toBe(true);
      expect(isRegistered(emulator, thumbprintOf(held))).toBe(true);
      expect(await signInWithSecret(emulator, managedApp(emulator).appId, held)).toEqual({
        ok: true,
        roles: ['Exchange.ManageAsApp'],
      });

      // and the next scheduled run finds nothing to repair
      const next = await run(secretInputs(emulator));
      expect(next.exitCode).toBe(0);
      expect(next.outputs['rotated']).toBe('false');
      expect(secretsHeld(emulator)).toEqual(held);
      expect(lies).toEqual([]);
    },
  );
});

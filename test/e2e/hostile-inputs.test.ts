/**
 * hostile inputs: a value that could inject a workflow command, HTML in the job summary, a
 * list with no value, an absurd length or a nonsense number fails before the first request, naming the
 * input; an input certificate that is weak or cut short is refused for what it is.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import forge from 'node-forge';
import { generateCertificate } from '../../src/certificate/certificate.js';
import { fakeGitHubToken } from '../emulator/github.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { failureOf, runOn } from '../support/e2e.js';

const GITHUB_TOKEN = fakeGitHubToken('app');
/** What a newline would smuggle into the log: a workflow command of its own. */
const INJECTED = '::warning::injected';

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator();
  emulator.github.addToken(GITHUB_TOKEN, { kind: 'app', permissions: { secrets: 'write' } });
});
afterAll(() => emulator.close());

/** Runs with `inputs`; expects a failure before any request that names `input`. */
async function expectRefused(inputs: Record<string, string>, input: string, reason: RegExp): Promise<string> {
  const mark = emulator.requests.length;
  const run = await runOn(emulator, inputs);
  expect(run.exitCode).toBe(1);
  expect(failureOf(run)).toContain(`Input '${input}'`);
  expect(failureOf(run)).toMatch(reason);
  expect(emulator.requests.slice(mark)).toEqual([]);
  expect(run.stdout.split('\n').some((line) => line.startsWith(INJECTED))).toBe(false);
  return failureOf(run);
}

describe('control characters are refused, naming the input', () => {
  const inputs: Array<[string, Record<string, string>]> = [
    ['app-name', {}],
    ['certificate-subject', {}],
    ['audience', {}],
    ['app-unique-name', {}],
    ['organization', {}],
    ['secret-prefix', { 'github-token': GITHUB_TOKEN }],
    ['secret-environment', { 'github-token': GITHUB_TOKEN, 'secret-scope': 'environment' }],
    ['secret-repository', { 'github-token': GITHUB_TOKEN }],
  ];
  it.each(inputs)('a newline in %s', async (input, extra) => {
    await expectRefused({ ...extra, [input]: `Ops\n${INJECTED}` }, input, /holds a control character/);
  });

  it.each([
    ['carriage return', '\r'],
    ['NEL (C1)', '\u0085'],
    ['escape', '\u001b[31m'],
  ])('a %s in app-name', async (_, character) => {
    await expectRefused({ 'app-name': `Ops${character}Automation` }, 'app-name', /holds a control character/);
  });
});

describe('lists, lengths and numbers', () => {
  it.each(['permissions', 'roles'])('%s of only commas holds no value', async (input) => {
    await expectRefused({ [input]: ',,,' }, input, /holds no value/);
  });

  it.each([
    ['secret-prefix', 100_000, { 'github-token': GITHUB_TOKEN }],
    ['app-name', 121, {}],
    ['audience', 601, {}],
    ['certificate-subject', 1025, {}],
    ['app-unique-name', 5000, {}],
  ])('a %s of %i characters', async (input, length, extra) => {
    await expectRefused({ ...extra, [input]: 'A'.repeat(length) }, input, /characters long; at most \d+/);
  });

  it.each(['0', '29'])('verify-timeout %s is below the minimum', async (value) => {
    await expectRefused({ 'verify-timeout': value }, 'verify-timeout', /from 30 to 3600/);
  });
});

describe('input certificates', () => {
  it('RSA 1024 is refused as too weak', async () => {
    const keys = forge.pki.rsa.generateKeyPair(1024);
    const cert = forge.pki.createCertificate();
    cert.publicKey = keys.publicKey;
    cert.serialNumber = '01';
    cert.validity.notBefore = new Date(Date.now() - 60_000);
    cert.validity.notAfter = new Date(Date.now() + 365 * 86_400_000);
    cert.setSubject([{ name: 'commonName', value: 'Weak' }]);
    cert.setIssuer([{ name: 'commonName', value: 'Weak' }]);
    cert.sign(keys.privateKey, forge.md.sha256.create());
    const p12 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], 'pw', { algorithm: 'aes256' });
    const pfx = Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary').toString('base64');
    await expectRefused(
      { certificate: pfx, 'certificate-password': 'pw' },
      'certificate',
      /RSA 1024, which is too weak/,
    );
  });

  it('a PFX cut short is reported as such, not as a wrong password', async () => {
    const issued = await generateCertificate({
      subject: 'CN=Exchange Online Automation',
      validityDays: 365,
      keySize: 2048,
      now: new Date(),
    });
    const der = Buffer.from(issued.pfxBase64, 'base64');
    const cut = der.subarray(0, Math.floor(der.length / 2)).toString('base64');
    const message = await expectRefused(
      { certificate: cut, 'certificate-password': issued.password },
      'certificate',
      /is cut short/,
    );
    expect(message).not.toMatch(/wrong password/);
  });
});

describe('the job summary and the log', () => {
  it('HTML in app-name is escaped in the summary', async () => {
    const run = await runOn(emulator, {
      'app-name': '<img src=x onerror=alert(1)> Ops & Co',
      'app-unique-name': 'html-ops',
    });
    expect(failureOf(run)).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('&lt;img src=x onerror=alert(1)&gt; Ops &amp; Co');
    expect(run.summary).not.toContain('<img');
  });

  it('a run without github-token does not warn about the default secret-scope', async () => {
    // the runner passes action.yml's defaults as inputs
    const run = await runOn(emulator, {
      'secret-scope': 'repository',
      'secret-prefix': 'EXO_',
      'dry-run': 'true',
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).not.toMatch(/::warning::.*github-token is empty/);

    const chosen = await runOn(emulator, { 'secret-scope': 'environment', 'dry-run': 'true' });
    expect(chosen.stdout).toMatch(/::warning::secret-scope is set but github-token is empty/);
  });
});

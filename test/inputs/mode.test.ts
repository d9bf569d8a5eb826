/** Which identity a run signs in as, decided from the inputs before any request. */
import { generateCertificate } from '../../src/certificate/certificate.js';
import { ActionError } from '../../src/action/errors.js';
import { readSettings } from '../../src/inputs/inputs.js';
import { lineageOf } from '../../src/plan/lineage.js';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const CLIENT = '0c3c1f0a-5d6e-4b8a-9f1e-2a3b4c5d6e7f';
const APP = '5b3c1f0a-5d6e-4b8a-9f1e-2a3b4c5d6e70';
const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';
const read = (inputs: Record<string, string>) =>
  readSettings(reader({ 'tenant-id': TENANT, organization: 'contoso.onmicrosoft.com', ...inputs }), {
    GITHUB_REPOSITORY: 'contoso/ops',
  });
const failure = async (inputs: Record<string, string>): Promise<string> => {
  try {
    await read(inputs);
  } catch (error) {
    expect(error).toBeInstanceOf(ActionError);
    return (error as Error).message;
  }
  throw new Error('expected an input error');
};

let pfx: { certificate: string; 'certificate-password': string };
beforeAll(async () => {
  const issued = await generateCertificate({
    subject: 'CN=t',
    validityDays: 30,
    keySize: 2048,
    now: new Date(),
  });
  pfx = { certificate: issued.pfxBase64, 'certificate-password': issued.password };
});

describe('sign-in mode', () => {
  test('client-id: bootstrap, whatever else is given', async () => {
    expect((await read({ 'client-id': CLIENT })).mode).toBe('bootstrap');
    expect((await read({ 'client-id': CLIENT, 'app-id': APP, ...pfx })).mode).toBe('bootstrap');
    expect((await read({ 'client-id': CLIENT, 'access-token': 'true' })).accessToken).toBe(true);
  });

  test('no client-id, app-id and certificate: self-rotation', async () => {
    const s = await read({ 'app-id': APP, ...pfx });
    expect(s.mode).toBe('self');
    expect(s.clientId).toBe('');
  });

  test('no client-id, app-id, no certificate, access-token: token mode', async () => {
    expect((await read({ 'app-id': APP, 'access-token': 'true' })).mode).toBe('token');
  });

  test('neither client-id nor app-id: the error names both ways', async () => {
    const message = await failure({});
    expect(message).toContain("Input 'client-id': is required unless app-id is given");
    expect(message).toContain('access-token: true');
  });

  test('app-id alone: asks for a certificate or access-token', async () => {
    expect(await failure({ 'app-id': APP })).toContain(
      "Input 'certificate': is required when client-id is empty and access-token is false",
    );
  });

  test('a certificate with access-token in a job without client-id is ambiguous', async () => {
    expect(await failure({ 'app-id': APP, 'access-token': 'true', ...pfx })).toContain(
      "Input 'access-token': true signs the job in with its OIDC token",
    );
  });

  test('app-object-id must be a GUID; subjects must be single tokens', async () => {
    const message = await failure({
      'client-id': CLIENT,
      'app-object-id': 'nope',
      'access-token-subjects': 'repo:contoso/ops:ref:refs/heads/main\nrepo:contoso/ops :x',
    });
    expect(message).toContain("Input 'app-object-id': 'nope' is not a GUID");
    expect(message).toContain("Input 'access-token-subjects': 'repo:contoso/ops :x'");
  });
});

describe('lineage', () => {
  test('follows the secret destination; without secrets, the repository’s step outputs', async () => {
    const withSecrets = await read({
      'client-id': CLIENT,
      'github-token': 'ghs_abc',
      'secret-scope': 'environment',
      'secret-environment': 'prod',
    });
    expect(withSecrets.lineage.label).toBe('EXO_* secrets of environment prod of contoso/ops');
    const staging = await read({
      'client-id': CLIENT,
      'github-token': 'ghs_abc',
      'secret-scope': 'environment',
      'secret-environment': 'staging',
    });
    expect(staging.lineage.id).not.toBe(withSecrets.lineage.id);
    const outputs = await read({ 'client-id': CLIENT });
    expect(outputs.lineage).toEqual(lineageOf({ kind: 'outputs', repository: 'contoso/ops' }));
    expect(outputs.lineage.id).toMatch(/^[0-9a-f]{10}$/);
  });

  test('is case-insensitive, like GitHub names', () => {
    const a = lineageOf({ kind: 'secrets', scope: 'repository', repository: 'Contoso/Ops', prefix: 'EXO_' });
    const b = lineageOf({ kind: 'secrets', scope: 'repository', repository: 'contoso/ops', prefix: 'exo_' });
    expect(a.id).toBe(b.id);
  });
});

describe('fail-before-days and secret-visibility', () => {
  test('defaults: 7 days, selected', async () => {
    const s = await read({ 'client-id': CLIENT, 'github-token': 'ghs_abc', 'secret-scope': 'organization' });
    expect(s.failBeforeDays).toBe(7);
    expect(s.secrets?.target.visibility).toBe('selected');
  });
  test('fail-before-days beyond rotate-before-days is refused; an unknown visibility too', async () => {
    const message = await failure({
      'client-id': CLIENT,
      'fail-before-days': '40',
      'github-token': 'ghs_abc',
      'secret-visibility': 'public',
    });
    expect(message).toContain("Input 'fail-before-days': 40 must not exceed rotate-before-days (30)");
    expect(message).toContain("Input 'secret-visibility': 'public' is not one of selected, private, all.");
  });
});

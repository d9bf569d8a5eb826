/**
 * End to end: the bundled action publishes the certificate and the app's identity as GitHub
 * encrypted secrets, writes only what changed, says how to fix a token that cannot write them (before it
 * touches the tenant), and never leaves consumers without a working certificate when a write fails.
 */
import { openPfx } from '../../src/certificate/certificate.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { fakeGitHubToken, type GitHubSecretScope } from '../emulator/github.js';
import type { ActionRun } from '../support/run-action.js';
import {
  exchangeRolesWith,
  failureOf,
  githubPuts,
  graphWrites,
  registeredThumbprints,
  runOn,
  since,
} from '../support/e2e.js';
import { openSealedWithPyNaCl, PYNACL_MISSING, pynaclAvailable } from '../support/pynacl.js';

const REPO = 'contoso/exchange-automation';
const SUFFIX_TO_OUTPUT = {
  APP_ID: 'app-id',
  APP_OBJECT_ID: 'app-object-id',
  TENANT_ID: 'tenant-id',
  ORGANIZATION: 'organization',
  CERTIFICATE: 'certificate',
  CERTIFICATE_PASSWORD: 'certificate-password',
} as const;
const CERTIFICATE_SUFFIXES = ['CERTIFICATE', 'CERTIFICATE_PASSWORD'];

/** The secrets a run should have published, by name, from its outputs. */
function expectedSecrets(prefix: string, outputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(SUFFIX_TO_OUTPUT).map(([suffix, output]) => [`${prefix}${suffix}`, outputs[output]]),
  );
}

/** What GitHub holds under those names (opened by the emulator with the scope's key). */
function published(
  emulator: Emulator,
  scope: GitHubSecretScope,
  prefix: string,
): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.keys(SUFFIX_TO_OUTPUT).map((suffix) => [
      `${prefix}${suffix}`,
      emulator.github.decrypt(scope, `${prefix}${suffix}`),
    ]),
  );
}

/** The inputs a workflow passes on its next run: the secrets as GitHub holds them. */
function secretInputs(emulator: Emulator, scope: GitHubSecretScope, prefix = 'EXO_'): Record<string, string> {
  return {
    certificate: emulator.github.decrypt(scope, `${prefix}CERTIFICATE`) ?? '',
    'certificate-password': emulator.github.decrypt(scope, `${prefix}CERTIFICATE_PASSWORD`) ?? '',
  };
}

function newToken(emulator: Emulator, info: Parameters<Emulator['github']['addToken']>[1]): string {
  const token = fakeGitHubToken(info.kind);
  emulator.github.addToken(token, info);
  return token;
}

describe('repository scope (the workflow’s repository by default)', () => {
  const scope = { repository: REPO };
  let emulator: Emulator;
  let token: string;
  let first: ActionRun;
  let steady: ActionRun;
  let rotation: ActionRun;
  let afterFirst: Record<string, string | undefined>;
  const marks: Record<'first' | 'steady' | 'rotation', [number, number]> = {
    first: [0, 0],
    steady: [0, 0],
    rotation: [0, 0],
  };

  beforeAll(async () => {
    emulator = await startEmulator({ repository: REPO });
    token = newToken(emulator, { kind: 'app', permissions: { secrets: 'write' } });
    let mark = emulator.requests.length;
    first = await runOn(emulator, { 'github-token': token });
    marks.first = [mark, emulator.requests.length];
    afterFirst = published(emulator, scope, 'EXO_');
    mark = emulator.requests.length;
    steady = await runOn(emulator, {
      'github-token': token,
      certificate: first.outputs.certificate,
      'certificate-password': first.outputs['certificate-password'],
    });
    marks.steady = [mark, emulator.requests.length];
    mark = emulator.requests.length;
    rotation = await runOn(emulator, {
      'github-token': token,
      ...secretInputs(emulator, scope),
      'force-rotate': 'true',
    });
    marks.rotation = [mark, emulator.requests.length];
  });
  afterAll(() => emulator.close());

  const requestsOf = (run: keyof typeof marks) => emulator.requests.slice(...marks[run]);

  test('a first run writes the six secrets, and they open to exactly the outputs', () => {
    expect(first.exitCode).toBe(0);
    expect(emulator.github.secretNames(scope)).toEqual(Object.keys(expectedSecrets('EXO_', {})).sort());
    expect(afterFirst).toEqual(expectedSecrets('EXO_', first.outputs));
    expect(githubPuts(requestsOf('first'))).toHaveLength(6);
    expect(first.stdout).toContain(`to repository ${REPO}`);
    expect(first.summary).toContain('EXO_CERTIFICATE_PASSWORD');
  });

  (pynaclAvailable ? test : test.skip)(
    pynaclAvailable
      ? 'PyNaCl, an independent libsodium binding, opens the sealed values to the outputs'
      : `PyNaCl opens the sealed values — SKIPPED: ${PYNACL_MISSING}`,
    () => {
      const sealed = Object.fromEntries(
        emulator.github
          .secretNames(scope)
          .map((name) => [name, emulator.github.secret(scope, name)!.encryptedValue]),
      );
      // the sealed values as they are now: the rotation rewrote the certificate ones
      const expected = {
        ...expectedSecrets('EXO_', first.outputs),
        ...Object.fromEntries(
          CERTIFICATE_SUFFIXES.map((s) => [
            `EXO_${s}`,
            rotation.outputs[SUFFIX_TO_OUTPUT[s as keyof typeof SUFFIX_TO_OUTPUT]],
          ]),
        ),
      };
      expect(openSealedWithPyNaCl(emulator.github.secretKey(scope), sealed)).toEqual(expected);
      // and what was published is a working PFX
      const cert = openPfx(expected.EXO_CERTIFICATE, expected.EXO_CERTIFICATE_PASSWORD);
      expect(cert.thumbprintSha1).toBe(rotation.outputs['certificate-thumbprint']);
    },
  );

  test('the steady state (the published certificate passed back in) writes nothing', () => {
    expect(steady.exitCode).toBe(0);
    expect(steady.outputs).toMatchObject({ changed: 'false', rotated: 'false', verified: 'unchanged' });
    expect(githubPuts(requestsOf('steady'))).toEqual([]);
    expect(graphWrites(requestsOf('steady'))).toEqual([]);
  });

  test('a forced rotation writes only the certificate (the password is kept)', () => {
    expect(rotation.exitCode).toBe(0);
    expect(rotation.outputs).toMatchObject({ changed: 'true', rotated: 'true' });
    expect(rotation.outputs['certificate-thumbprint']).not.toBe(first.outputs['certificate-thumbprint']);
    expect(
      githubPuts(requestsOf('rotation'))
        .map((r) => r.path.split('/').pop())
        .sort(),
    ).toEqual(['EXO_CERTIFICATE']);
    expect(rotation.outputs['certificate-password']).toBe(first.outputs['certificate-password']);
    expect(published(emulator, scope, 'EXO_')).toEqual(expectedSecrets('EXO_', rotation.outputs));
    expect(emulator.github.writes(scope, 'EXO_APP_ID')).toBe(1);
    expect(emulator.github.writes(scope, 'EXO_CERTIFICATE')).toBe(2);
    // the replaced certificate stays registered for jobs already queued with the old secret
    expect(registeredThumbprints(emulator, rotation.outputs['app-id']).sort()).toEqual(
      [first.outputs['certificate-thumbprint'], rotation.outputs['certificate-thumbprint']].sort(),
    );
  });
});

describe('other scopes and prefixes', () => {
  let emulator: Emulator;
  beforeEach(async () => {
    emulator = await startEmulator({ repository: REPO });
  });
  afterEach(() => emulator.close());

  test('secret-repository: another repository, with a secret-prefix', async () => {
    emulator.github.addRepository('contoso/ops');
    const token = newToken(emulator, {
      kind: 'fine-grained',
      permissions: { secrets: 'write' },
      repositories: ['contoso/ops'],
    });
    const run = await runOn(emulator, {
      'github-token': token,
      'secret-repository': 'contoso/ops',
      'secret-prefix': 'EXO_OPS_',
    });
    expect(run.exitCode).toBe(0);
    expect(published(emulator, { repository: 'contoso/ops' }, 'EXO_OPS_')).toEqual(
      expectedSecrets('EXO_OPS_', run.outputs),
    );
    expect(emulator.github.secretNames({ repository: REPO })).toEqual([]);
  });

  test('environment scope: secrets of the environment, not of the repository', async () => {
    const token = newToken(emulator, { kind: 'app', permissions: { environments: 'write' } });
    const run = await runOn(emulator, {
      'github-token': token,
      'secret-scope': 'environment',
      'secret-environment': 'production',
      'secret-prefix': 'EXO_PROD_',
    });
    expect(run.exitCode).toBe(0);
    const scope = { repository: REPO, environment: 'production' };
    expect(published(emulator, scope, 'EXO_PROD_')).toEqual(expectedSecrets('EXO_PROD_', run.outputs));
    expect(emulator.github.secretNames({ repository: REPO })).toEqual([]);
    expect(run.stdout).toContain(`environment 'production' of ${REPO}`);
  });

  test('organization scope: new organization secrets are shared with this repository only', async () => {
    const token = newToken(emulator, { kind: 'app', permissions: { organization_secrets: 'write' } });
    const run = await runOn(emulator, {
      'github-token': token,
      'secret-scope': 'organization',
      'secret-organization': 'contoso',
      'secret-prefix': 'EXCHANGE_',
    });
    expect(run.exitCode).toBe(0);
    const scope = { organization: 'contoso' };
    expect(published(emulator, scope, 'EXCHANGE_')).toEqual(expectedSecrets('EXCHANGE_', run.outputs));
    for (const name of emulator.github.secretNames(scope)) {
      expect(emulator.github.secret(scope, name)!.visibility).toBe('selected');
      expect(emulator.github.selectedRepositories('contoso', name)).toEqual([REPO]);
    }
    expect(emulator.github.secretNames({ repository: REPO })).toEqual([]);
  });
});

describe('GitHub’s sealing key changes during the run', () => {
  const scope = { repository: REPO };
  let emulator: Emulator;
  let token: string;
  beforeEach(async () => {
    emulator = await startEmulator({ repository: REPO });
    token = newToken(emulator, { kind: 'app', permissions: { secrets: 'write' } });
  });
  afterEach(() => emulator.close());

  const publicKeyReads = () =>
    emulator.requests.filter((r) => r.service === 'github' && r.path.endsWith('/public-key'));

  test('a 422 for a stale key_id reads the key again once and reseals', async () => {
    let rotated = false;
    emulator.intercept((req) => {
      if (!rotated && req.service === 'github' && req.method === 'PUT') {
        rotated = true;
        emulator.github.rotatePublicKey(scope); // this PUT and every other one sealed for the old key get 422
      }
      return undefined;
    });
    const run = await runOn(emulator, { 'github-token': token });
    expect(run.exitCode).toBe(0);
    expect(publicKeyReads()).toHaveLength(2);
    // the first wave (identity and password) meets the stale key; the later waves are sealed for the fresh one
    expect(githubPuts(emulator.requests).filter((r) => r.status === 422)).toHaveLength(5);
    // decrypt() refuses a value sealed for the replaced key, so this proves every value was resealed
    expect(published(emulator, scope, 'EXO_')).toEqual(expectedSecrets('EXO_', run.outputs));
  });

  test('a key that keeps changing fails after one refetch, saying to rerun', async () => {
    emulator.intercept((req) => {
      if (req.service === 'github' && req.method === 'PUT') emulator.github.rotatePublicKey(scope);
      return undefined;
    });
    const run = await runOn(emulator, { 'github-token': token });
    expect(run.exitCode).toBe(1);
    expect(publicKeyReads()).toHaveLength(2);
    expect(failureOf(run)).toMatch(
      /Writing secret EXO_\w+ in repository contoso\/exchange-automation failed: 422/,
    );
    expect(failureOf(run)).toMatch(/rerun/i);
  });
});

describe('a github-token that cannot write secrets fails before anything in the tenant changes', () => {
  let emulator: Emulator;
  beforeEach(async () => {
    emulator = await startEmulator({ repository: REPO });
  });
  afterEach(() => emulator.close());

  const cases: {
    name: string;
    token: (e: Emulator) => string;
    inputs?: Record<string, string>;
    expected: RegExp[];
  }[] = [
    {
      name: 'an invalid or expired token (401)',
      token: () => fakeGitHubToken('app'), // never registered: GitHub answers Bad credentials
      expected: [/failed: 401/, /Bad credentials/, /invalid or expired/, /actions\/create-github-app-token/],
    },
    {
      name: 'the workflow’s GITHUB_TOKEN (403)',
      token: (e) => newToken(e, { kind: 'github-token' }),
      expected: [
        /failed: 403/,
        /looks like the workflow’s GITHUB_TOKEN/,
        /GitHub App installation token/,
        /fine-grained personal access token/,
      ],
    },
    {
      name: 'a GitHub App token without the Secrets permission (403)',
      token: (e) => newToken(e, { kind: 'app', permissions: {} }),
      expected: [
        /failed: 403/,
        /Resource not accessible by integration/,
        /secrets: write/,
        /permission-secrets: write/,
      ],
    },
    {
      name: 'a fine-grained token without the Secrets permission (403)',
      token: (e) => newToken(e, { kind: 'fine-grained', permissions: { environments: 'write' } }),
      expected: [
        /failed: 403/,
        /Resource not accessible by personal access token/,
        /Secrets: Read and write/,
      ],
    },
    {
      name: 'an environment scope token with Secrets but not Environments (403)',
      token: (e) => newToken(e, { kind: 'app', permissions: { secrets: 'write' } }),
      inputs: { 'secret-scope': 'environment', 'secret-environment': 'production' },
      expected: [/failed: 403/, /environments: write/, /Environments: Read and write/],
    },
    {
      name: 'an organization scope token without organization secrets (403)',
      token: (e) => newToken(e, { kind: 'app', permissions: { secrets: 'write' } }),
      inputs: { 'secret-scope': 'organization', 'secret-organization': 'contoso' },
      expected: [/organization contoso failed: 403/, /organization_secrets: write/],
    },
    {
      name: 'a secret-repository the token cannot see (404)',
      token: (e) => newToken(e, { kind: 'app', permissions: { secrets: 'write' } }),
      inputs: { 'secret-repository': 'contoso/no-such-repo' },
      expected: [
        /failed: 404/,
        /contoso\/no-such-repo does not exist or the token cannot see it/,
        /secret-repository/,
      ],
    },
    {
      name: 'an environment that does not exist (404)',
      token: (e) => newToken(e, { kind: 'app', permissions: { environments: 'write' } }),
      inputs: { 'secret-scope': 'environment', 'secret-environment': 'staging' },
      expected: [/failed: 404/, /environment 'staging'/, /Settings → Environments/],
    },
  ];

  test.each(cases)('$name', async ({ token, inputs, expected }) => {
    const githubToken = token(emulator);
    const run = await runOn(emulator, { 'github-token': githubToken, ...inputs });
    expect(run.exitCode).toBe(1);
    const message = failureOf(run);
    for (const pattern of expected) expect(message).toMatch(pattern);
    expect(message).not.toContain(githubToken);
    // the secrets are listed while observing, so nothing was created, consented or assigned
    expect(graphWrites(emulator.requests)).toEqual([]);
    expect(emulator.state.managedApplications()).toEqual([]);
    expect(githubPuts(emulator.requests)).toEqual([]);
    expect(run.outputs.certificate).toBeUndefined();
  });
});

describe('a failed secret write never leaves consumers without a working certificate', () => {
  const scope = { repository: REPO };
  let emulator: Emulator;
  let token: string;
  let v1: ActionRun;

  beforeAll(async () => {
    emulator = await startEmulator({ repository: REPO });
    token = newToken(emulator, { kind: 'app', permissions: { secrets: 'write' } });
    v1 = await runOn(emulator, { 'github-token': token });
    expect(v1.exitCode).toBe(0);
  });
  afterAll(() => emulator.close());
  afterEach(() => emulator.clearInterceptors());

  /** The published certificate is registered on the app and gets an Exchange token with the permission. */
  async function expectPublishedCertificateWorks(): Promise<string> {
    const inputs = secretInputs(emulator, scope);
    const thumbprint = openPfx(inputs.certificate, inputs['certificate-password']).thumbprintSha1;
    // only independent facts are stored: no thumbprint secret that could name another certificate
    expect(emulator.github.secret(scope, 'EXO_CERTIFICATE_THUMBPRINT')).toBeUndefined();
    expect(registeredThumbprints(emulator, v1.outputs['app-id'])).toContain(thumbprint);
    await expect(
      exchangeRolesWith(emulator, v1.outputs['app-id'], inputs.certificate, inputs['certificate-password']),
    ).resolves.toContain('Exchange.ManageAsApp');
    return thumbprint;
  }

  test('GitHub answering 500 to every write: the run fails, the old certificate keeps working, a rerun converges', async () => {
    const before = await expectPublishedCertificateWorks();
    const inputs = { 'github-token': token, ...secretInputs(emulator, scope), 'force-rotate': 'true' };
    emulator.fault({ service: 'github', method: 'PUT', status: 500, times: 1000 });
    const failed = await runOn(emulator, inputs);
    emulator.clearInterceptors();

    expect(failed.exitCode).toBe(1);
    expect(failureOf(failed)).toMatch(
      /Writing secret EXO_CERTIFICATE\w* in repository contoso\/exchange-automation failed: 500/,
    );
    expect(failureOf(failed)).toMatch(/old certificate stays registered/);
    expect(failureOf(failed).match(/rerun/gi)).toHaveLength(1);
    expect(graphWrites(emulator.requests).filter((r) => r.method === 'DELETE')).toEqual([]);
    // what consumers hold is untouched and still signs in
    expect(await expectPublishedCertificateWorks()).toBe(before);

    // rerunning the job (same inputs) finishes the rotation
    const rerun = await runOn(emulator, inputs);
    expect(rerun.exitCode).toBe(0);
    expect(published(emulator, scope, 'EXO_')).toEqual(expectedSecrets('EXO_', rerun.outputs));
    expect(await expectPublishedCertificateWorks()).toBe(rerun.outputs['certificate-thumbprint']);
  });

  test('a token that may read but not write secrets (403): the old certificate keeps working; fixing the token converges', async () => {
    const before = await expectPublishedCertificateWorks();
    const readOnly = newToken(emulator, { kind: 'app', permissions: { secrets: 'read' } });
    const failed = await runOn(emulator, {
      'github-token': readOnly,
      ...secretInputs(emulator, scope),
      'force-rotate': 'true',
    });
    expect(failed.exitCode).toBe(1);
    expect(failureOf(failed)).toMatch(/failed: 403/);
    expect(failureOf(failed)).toMatch(/secrets: write/);
    expect(await expectPublishedCertificateWorks()).toBe(before);

    const fixed = await runOn(emulator, {
      'github-token': token,
      ...secretInputs(emulator, scope),
      'force-rotate': 'true',
    });
    expect(fixed.exitCode).toBe(0);
    expect(await expectPublishedCertificateWorks()).toBe(fixed.outputs['certificate-thumbprint']);
  });

  test('a rotation writes the certificate alone: a failed write leaves the published pair as it was', async () => {
    const before = await expectPublishedCertificateWorks();
    const password = emulator.github.decrypt(scope, 'EXO_CERTIFICATE_PASSWORD');
    const mark = emulator.requests.length;
    emulator.fault({ service: 'github', method: 'PUT', path: 'EXO_CERTIFICATE', status: 500, times: 1000 });
    const failed = await runOn(emulator, {
      'github-token': token,
      ...secretInputs(emulator, scope),
      'force-rotate': 'true',
    });
    emulator.clearInterceptors();
    expect(failed.exitCode).toBe(1);
    expect(failureOf(failed)).toMatch(/Writing secret EXO_CERTIFICATE .* failed: 500/);
    // the password was not rewritten
    expect(githubPuts(since(emulator, mark)).map((r) => r.path)).not.toContainEqual(
      expect.stringMatching(/EXO_CERTIFICATE_PASSWORD$/),
    );
    expect(emulator.github.decrypt(scope, 'EXO_CERTIFICATE_PASSWORD')).toBe(password);
    // what the next job reads opens, is registered and signs in: the certificate published before
    expect(await expectPublishedCertificateWorks()).toBe(before);
  });

  test('a thumbprint secret an earlier version wrote is deleted by the next bootstrap, which says why', async () => {
    emulator.github.setSecret(scope, 'EXO_CERTIFICATE_THUMBPRINT', 'A'.repeat(40));
    const next = await runOn(emulator, { 'github-token': token, ...secretInputs(emulator, scope) });
    expect({ exitCode: next.exitCode, error: failureOf(next) }).toEqual({ exitCode: 0, error: '' });
    expect(next.stdout).toMatch(
      /delete GitHub secret\(s\) EXO_CERTIFICATE_THUMBPRINT: an earlier version wrote it; the thumbprint is derived from the certificate/,
    );
    expect(emulator.github.secret(scope, 'EXO_CERTIFICATE_THUMBPRINT')).toBeUndefined();
  });

  test('after a failed write, the next run with the secrets as they are converges', async () => {
    const next = await runOn(emulator, { 'github-token': token, ...secretInputs(emulator, scope) });
    expect(next.exitCode).toBe(0);
    expect(published(emulator, scope, 'EXO_')).toEqual(expectedSecrets('EXO_', next.outputs));
    await expectPublishedCertificateWorks();
  });
});

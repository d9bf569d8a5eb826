/**
 * strict reads: a 200 whose body is not what a read expects (a proxy's HTML page, `{}`, JSON
 * cut short) fails the run with an error naming the service and showing what came back; nothing is
 * decided from it, so nothing changes. GETs retry 5xx and bodies cut short; a POST Graph applied before
 * the connection reset is not repeated blindly.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fakeGitHubToken } from '../emulator/github.js';
import { startEmulator, type Emulator, type EmulatorRequest } from '../emulator/index.js';
import { failureOf, githubPuts, graphWrites, runOn, since } from '../support/e2e.js';
import { managedApp, secretsHeld } from '../support/tenant-keys.js';

const GITHUB_TOKEN = fakeGitHubToken('app');
const EXCHANGE_APP_ID = '00000002-0000-0ff1-ce00-000000000000';

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator();
  emulator.github.addToken(GITHUB_TOKEN, { kind: 'app', permissions: { secrets: 'write' } });
  // provisioned once: every later run reads everything and, when all is well, changes nothing
  const first = await runOn(emulator, { 'github-token': GITHUB_TOKEN });
  expect(first.exitCode).toBe(0);
});
afterAll(() => emulator.close());

/** Inputs of a run that does not rotate: the published certificate, passed back as a workflow would. */
const steady = () => {
  const held = secretsHeld(emulator);
  return {
    'github-token': GITHUB_TOKEN,
    certificate: held.certificate,
    'certificate-password': held.password,
  };
};

/** Every read the planner decides from, and the service the error must name. */
const READS: Array<{ name: string; service: string; matches: (req: EmulatorRequest) => boolean }> = [
  {
    name: 'the app by unique name',
    service: 'Microsoft Graph',
    matches: (r) => r.method === 'GET' && r.path.startsWith('/v1.0/applications(uniqueName='),
  },
  {
    name: "Exchange's service principal",
    service: 'Microsoft Graph',
    matches: (r) => r.method === 'GET' && r.path.includes(`/servicePrincipals(appId='${EXCHANGE_APP_ID}')`),
  },
  {
    name: "the app's service principal",
    service: 'Microsoft Graph',
    matches: (r) =>
      r.method === 'GET' &&
      r.path.startsWith('/v1.0/servicePrincipals(appId=') &&
      !r.path.includes(EXCHANGE_APP_ID),
  },
  {
    name: 'the app role assignments',
    service: 'Microsoft Graph',
    matches: (r) => r.method === 'GET' && r.path.endsWith('/appRoleAssignments'),
  },
  {
    name: 'the directory role assignments',
    service: 'Microsoft Graph',
    matches: (r) => r.method === 'GET' && r.path === '/v1.0/roleManagement/directory/roleAssignments',
  },
  {
    name: 'the organization',
    service: 'Microsoft Graph',
    matches: (r) => r.method === 'GET' && r.path === '/v1.0/organization',
  },
  {
    name: 'the GitHub secrets list',
    service: 'the GitHub API',
    matches: (r) => r.service === 'github' && r.method === 'GET' && /\/actions\/secrets$/.test(r.path),
  },
];

const BODIES = {
  "a proxy's HTML page": {
    status: 200,
    headers: { 'content-type': 'text/html' },
    body: '<html>Sign in to the proxy</html>',
  },
  'an empty object': { status: 200, body: {} },
  'JSON cut short': {
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: '{"value":[{"id":"0b',
  },
};

describe.each(READS)('$name answered 200 with an odd body', ({ matches, service }) => {
  it.each(Object.entries(BODIES))(
    '%s: the run fails naming the service and changes nothing',
    async (_, body) => {
      const keysBefore = managedApp(emulator).keyCredentials.map((k) => k.keyId);
      emulator.intercept((req) => (matches(req) ? body : undefined));
      const inputs = steady();
      const mark = emulator.requests.length;
      try {
        const run = await runOn(emulator, inputs);
        const requests = since(emulator, mark);
        expect(requests.some((r) => r.intercepted)).toBe(true);
        expect(run.exitCode).toBe(1);
        expect(failureOf(run)).toContain(`${service} answered GET`);
        expect(failureOf(run)).toMatch(/Nothing was decided from this answer/);
        expect(failureOf(run)).not.toMatch(/unexpected error|Cannot read properties/);
        expect(graphWrites(requests)).toEqual([]);
        expect(githubPuts(requests)).toEqual([]);
        expect(managedApp(emulator).keyCredentials.map((k) => k.keyId)).toEqual(keysBefore);
      } finally {
        emulator.clearInterceptors();
      }
    },
  );
});

describe('reads Graph answers badly once are asked again', () => {
  it.each([
    ['500', { status: 500, body: { error: { code: 'generalException', message: 'An error occurred.' } } }],
    ['502', { status: 502, headers: { 'content-type': 'text/html' }, body: '<html>Bad gateway</html>' }],
    ['JSON cut short', BODIES['JSON cut short']],
  ])('%s on the keyCredentials-bearing app read is retried and the run succeeds', async (_, body) => {
    let answered = false;
    emulator.intercept((req) => {
      if (answered || !READS[0].matches(req)) return undefined;
      answered = true;
      return body;
    });
    try {
      // the published password stays: a run that rotates is given it
      const run = await runOn(emulator, {
        'github-token': GITHUB_TOKEN,
        'certificate-password': secretsHeld(emulator).password,
      });
      expect(answered).toBe(true);
      expect({ exitCode: run.exitCode, error: failureOf(run) }).toEqual({ exitCode: 0, error: '' });
      expect(run.stdout).toMatch(
        /applications\(uniqueName=.*→ (500|502|200 unreadable body)[^,\n]*, retrying in/,
      );
    } finally {
      emulator.clearInterceptors();
    }
  });
});

describe('the key credentials read of a rotation', () => {
  it.each(Object.entries(BODIES))('%s: the rotation fails and no key is removed', async (_, body) => {
    const keysBefore = managedApp(emulator).keyCredentials.map((k) => k.keyId);
    emulator.intercept((req) =>
      req.method === 'GET' &&
      /^\/v1\.0\/applications\/[0-9a-f-]+$/.test(req.path) &&
      req.query.get('$select') === 'keyCredentials'
        ? body
        : undefined,
    );
    try {
      const run = await runOn(emulator, { 'github-token': GITHUB_TOKEN, 'force-rotate': 'true' });
      expect(run.exitCode).toBe(1);
      expect(failureOf(run)).toContain('Microsoft Graph answered GET');
      const keysAfter = managedApp(emulator).keyCredentials.map((k) => k.keyId);
      expect(keysAfter).toEqual(expect.arrayContaining(keysBefore));
    } finally {
      emulator.clearInterceptors();
    }
  });
});

describe('a connection reset after Graph applied a POST', () => {
  // A repeated consent's "already exists" counts as done:
  // the HTTP layer repeats this POST because it is marked safe to repeat; Graph then answers "already exists".
  it('the admin consent is asked again and its "already exists" counts as done', async () => {
    const fresh = await startEmulator();
    let reset = false;
    fresh.intercept((req) => {
      if (reset || req.method !== 'POST' || !req.path.endsWith('/appRoleAssignedTo')) return undefined;
      const { principalId, appRoleId } = req.json<{ principalId: string; appRoleId: string }>();
      const principal = fresh.state.servicePrincipals.get(principalId);
      const resource = [...fresh.state.servicePrincipals.values()].find((sp) => sp.appId === EXCHANGE_APP_ID);
      if (!principal || !resource) return undefined;
      fresh.state.addAppRoleAssignment(principal, resource, appRoleId); // Graph applied it …
      reset = true;
      return { status: 0 }; // … and the connection dropped before the answer
    });
    try {
      const run = await runOn(fresh);
      expect(reset).toBe(true);
      expect(failureOf(run)).toBe('');
      expect(run.exitCode).toBe(0);
      // one consent of the managed app to Exchange: the repeated POST created no second one
      const exchange = [...fresh.state.servicePrincipals.values()].find(
        (sp) => sp.appId === EXCHANGE_APP_ID,
      )!;
      expect(fresh.state.appRoleAssignments.filter((a) => a.resourceId === exchange.id)).toHaveLength(1);
      expect(run.stdout).toContain('already in place');
    } finally {
      await fresh.close();
    }
  });
});

/**
 * Verification (the verify-certificate step) against the emulator's Entra token endpoint and Exchange admin
 * API, over real HTTPS, with msal-node and the action's HTTP stack. Replication delays are real emulator
 * behaviour; the injected clock lets that time pass at once (`state.elapse`), so waits of minutes take
 * milliseconds.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  generateCertificate,
  keyCredentialDates,
  type IssuedCertificate,
} from '../../src/certificate/certificate.js';
import { RunState } from '../../src/apply/context.js';
import { verifyCertificate as verifyStep } from '../../src/apply/steps/certificate.js';
import type { Clock } from '../../src/action/clock.js';
import type { Logger } from '../../src/action/log.js';
import { GraphClient, waitBudget } from '../../src/graph/client.js';
import { HttpClient } from '../../src/http/client.js';
import { PROPAGATION_CAP_MS as MAX_DELAY_MS } from '../../src/http/retry.js';
import { lineageOf } from '../../src/keys/lineage.js';
import {
  VerificationError,
  type VerificationResult,
  type VerifyMode,
  type VerifyOptions,
} from '../../src/verify/types.js';
import {
  DIRECTORY_ROLES,
  EXCHANGE_APP_ROLES,
  startEmulator,
  type Emulator,
  type ServicePrincipal,
} from '../emulator/index.js';

const EXCHANGE_ADMIN = {
  name: 'Exchange Administrator',
  templateId: DIRECTORY_ROLES['Exchange Administrator'],
};

let emulator: Emulator;
let ca: string;
let cert: IssuedCertificate;
const clients: HttpClient[] = [];

beforeAll(async () => {
  emulator = await startEmulator();
  ca = readFileSync(emulator.caFile, 'utf8');
  cert = await generateCertificate({
    subject: 'CN=exo-cba verify test',
    validityDays: 30,
    keySize: 2048,
    now: new Date(),
  });
});
afterAll(async () => {
  for (const c of clients) c.close();
  await emulator?.close();
});
beforeEach(() => emulator.setReplication({ objectMs: 0, keyMs: 0, consentMs: 0, roleMs: 0 }));
afterEach(() => emulator.clearInterceptors());

/** A managed app as exo-cba leaves it after apply: key registered now, consent and role as asked. */
function arrangeApp(options: { consent?: boolean; role?: string | null } = {}): {
  appId: string;
  sp: ServicePrincipal;
} {
  const { state } = emulator;
  const app = state.addApplication({ displayName: `Exchange Online Automation ${randomUUID().slice(0, 8)}` });
  app.keyCredentials.push({
    keyId: randomUUID(),
    type: 'AsymmetricX509Cert',
    usage: 'Verify',
    displayName: `exo-cba ${cert.thumbprintSha1}`,
    customKeyIdentifier: cert.thumbprintSha1,
    ...keyCredentialDates(cert),
    key: cert.certificateDerBase64,
    addedAt: Date.now(),
  });
  const sp = state.addServicePrincipal(app.appId, app.displayName, {});
  if (options.consent !== false) {
    state.addAppRoleAssignment(
      sp,
      state.exchangeServicePrincipal,
      EXCHANGE_APP_ROLES['Exchange.ManageAsApp'],
    );
  }
  const role = options.role === undefined ? EXCHANGE_ADMIN.templateId : options.role;
  if (role) state.addRoleAssignment(sp.id, role);
  return { appId: app.appId, sp };
}

/** What a verification run is given: the options, and the clock and log of the run. */
type TestOptions = VerifyOptions & { clock: Clock; log: Logger };

/** Runs the verify-certificate step for the app, the way apply does after adding its key. */
async function verifyCertificate(options: TestOptions): Promise<VerificationResult> {
  const { clock, log, mode, appId, tenantId, organization, certificate, http, ...verification } = options;
  const graph = new GraphClient(http, emulator.urls.graph, async () => '', waitBudget(60, clock.now()));
  const state = new RunState({
    graph,
    http,
    observed: { app: { id: 'not-read', appId }, organization },
    tenantId,
    lineage: lineageOf({ kind: 'outputs', repository: 'contoso/verify' }),
    verification,
    clock,
    log,
  });
  state.certificate = cert;
  await verifyStep({ kind: 'verify-certificate', mode: mode === 'token' ? 'token' : 'exchange' }, state);
  if (!state.verification || certificate.thumbprintSha1 !== cert.thumbprintSha1)
    throw new Error('not verified');
  return state.verification;
}

interface Run {
  options: TestOptions;
  sleeps: number[];
  logs: { level: string; message: string }[];
  lines(level: string): string[];
}

/** Options pointing verification at the emulator, with a fake clock that also ages the tenant. */
function run(appId: string, mode: VerifyMode = 'exchange', timeoutSeconds = 600): Run {
  let now = 1_700_000_000_000;
  const sleeps: number[] = [];
  const logs: { level: string; message: string }[] = [];
  const record = (level: string) => (message: string) => logs.push({ level, message });
  const http = new HttpClient({
    ca,
    log: { debug: record('http-debug'), info: record('http-info') },
    sleep: async () => undefined,
  });
  clients.push(http);
  const options: TestOptions = {
    mode,
    tenantId: emulator.state.tenantId,
    authorityHost: emulator.urls.entra,
    appId,
    organization: emulator.state.initialDomain,
    exchangeEndpoint: emulator.urls.exchange,
    exchangeResource: 'https://outlook.office365.com',
    permissions: ['Exchange.ManageAsApp'],
    roles: [EXCHANGE_ADMIN],
    certificate: cert,
    timeoutSeconds,
    http,
    log: { info: record('info'), warning: record('warning'), debug: record('debug') },
    clock: {
      now: () => now,
      // no jitter: the propagation schedule's ceilings
      jitter: () => 1,
      sleep: async (ms: number) => {
        sleeps.push(ms);
        now += ms;
        emulator.state.elapse(ms);
        await new Promise((resolve) => setImmediate(resolve));
      },
    },
  };
  return {
    options,
    sleeps,
    logs,
    lines: (level) => logs.filter((l) => l.level === level).map((l) => l.message),
  };
}

function requestsSince(start: number, service: string) {
  return emulator.requests.slice(start).filter((r) => r.service === service);
}

describe('verify: exchange', () => {
  it('succeeds at once when everything has replicated: the module file, then InvokeCommand like the ExchangeOnlineManagement module', async () => {
    const { appId } = arrangeApp();
    const r = run(appId);
    const before = emulator.requests.length;

    const result = await verifyCertificate(r.options);

    expect(result).toEqual({
      method: 'exchange',
      seconds: 0,
      attempts: 1,
      proof: 'EXOModuleFile and Get-OrganizationConfig',
    });
    expect(r.sleeps).toEqual([]);
    const [probe, call] = requestsSince(before, 'exchange');
    expect([probe.method, probe.path, probe.status]).toEqual([
      'GET',
      `/adminapi/v1.0/${emulator.state.tenantId}/EXOModuleFile`,
      200,
    ]);
    expect(probe.requestHeaders.commandname).toBe('*');
    expect(call.method).toBe('POST');
    expect(call.path).toBe(`/adminapi/beta/${emulator.state.tenantId}/InvokeCommand`);
    expect(call.status).toBe(200);
    expect(call.requestBody).toEqual({
      CmdletInput: { CmdletName: 'Get-OrganizationConfig', Parameters: {} },
    });
    expect(call.requestHeaders['x-anchormailbox']).toBe(
      'UPN:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@contoso.onmicrosoft.com',
    );
    expect(call.requestHeaders['x-cmdletname']).toBe('Get-OrganizationConfig');
    expect(call.requestHeaders['x-clientapplication']).toBe('ExoManagementModule');
    expect(call.requestHeaders['x-responseformat']).toBe('json');
    expect(String(call.requestHeaders.authorization)).toMatch(/^Bearer ey/);
    expect(r.lines('info').at(-1)).toMatch(
      /Verified the certificate \(thumbprint [0-9A-F]{40}\) by Exchange \(EXOModuleFile and Get-OrganizationConfig\) in 0 s, 1 attempt\./,
    );
  });

  it('waits for Entra ID to accept a new key (AADSTS700027), backing off up to 10 s between tries', async () => {
    const { appId } = arrangeApp();
    emulator.setReplication({ keyMs: 90_000 });
    const r = run(appId);
    const before = emulator.requests.length;

    const result = await verifyCertificate(r.options);

    expect(result.method).toBe('exchange');
    expect(result.attempts).toBeGreaterThan(5);
    expect(result.seconds).toBeGreaterThanOrEqual(90);
    // 1 s, then 1 s + a quarter of the time waited, up to 10 s
    expect(r.sleeps[0]).toBe(1000);
    expect(r.sleeps[1]).toBe(1250);
    expect(r.sleeps[2]).toBe(1563);
    expect(Math.max(...r.sleeps)).toBe(MAX_DELAY_MS);
    const waiting = r
      .lines('info')
      .filter((m) => m.startsWith('waiting for Entra ID to accept the new key: '));
    expect(waiting).toHaveLength(result.attempts - 1);
    expect(waiting[2]).toBe('waiting for Entra ID to accept the new key: 2 s of 600 s (AADSTS700027)');
    // refused sign-ins, then one accepted token and one Exchange call
    const tokens = requestsSince(before, 'entra').filter((q) => q.path.endsWith('/oauth2/v2.0/token'));
    expect(tokens.map((q) => q.status)).toEqual([...Array(result.attempts - 1).fill(401), 200]);
    expect(requestsSince(before, 'exchange').map((q) => q.status)).toEqual([200, 200]);
  });

  it('waits until the admin consent of Exchange.ManageAsApp reaches the token', async () => {
    const { appId } = arrangeApp();
    emulator.setReplication({ consentMs: 30_000 });
    const r = run(appId);
    const before = emulator.requests.length;

    const result = await verifyCertificate(r.options);

    expect(result.method).toBe('exchange');
    expect(result.attempts).toBeGreaterThan(1);
    expect(r.lines('info')).toContain(
      'waiting for admin consent of Exchange.ManageAsApp to reach tokens: 2 s of 600 s',
    );
    // every try asked Entra afresh (no cached token), and Exchange was asked only once the token had the role
    const tokens = requestsSince(before, 'entra').filter((q) => q.path.endsWith('/oauth2/v2.0/token'));
    expect(tokens).toHaveLength(result.attempts);
    expect(requestsSince(before, 'exchange')).toHaveLength(2);
  });

  it('waits while Exchange refuses the app because the role assignment has not reached it', async () => {
    const { appId } = arrangeApp();
    emulator.setReplication({ roleMs: 45_000 });
    const r = run(appId);
    const before = emulator.requests.length;

    const result = await verifyCertificate(r.options);

    expect(result.method).toBe('exchange');
    expect(r.lines('info')[0]).toBe(
      'waiting for Exchange to honour the Exchange Administrator role: 0 s of 600 s (Exchange answered 401)',
    );
    // the module file and the cmdlet (side by side) are refused until the role arrives
    const statuses = requestsSince(before, 'exchange').map((q) => q.status);
    expect(statuses.slice(-2)).toEqual([200, 200]);
    expect(statuses.slice(0, -2).every((s) => s === 401)).toBe(true);
    expect(statuses.length).toBe(2 * result.attempts);
  });

  it('names the key as what has not propagated when it times out on AADSTS700027', async () => {
    const { appId } = arrangeApp();
    emulator.setReplication({ keyMs: 3_600_000 });
    const r = run(appId, 'exchange', 30);

    const error = await verifyCertificate(r.options).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(VerificationError);
    const e = error as VerificationError;
    expect(e.stage).toBe('key');
    expect(e.message).toContain(
      `The new certificate (thumbprint ${cert.thumbprintSha1}) was not verified within 30 s ('verify-timeout'`,
    );
    expect(e.message).toContain('the new key has not propagated');
    expect(e.message).toContain('AADSTS700027');
    expect(e.message).toContain('The key was not found');
    expect(e.message).toContain(`raise 'verify-timeout' (now 30)`);
    expect(e.message).not.toMatch(/Trace ID/);
    // bounded: the waits add up to the timeout, never beyond
    expect(r.sleeps.reduce((a, b) => a + b, 0)).toBe(30_000);
  });

  it('names the consent when the token never carries Exchange.ManageAsApp', async () => {
    const { appId } = arrangeApp({ consent: false });
    const r = run(appId, 'exchange', 20);

    const e = (await verifyCertificate(r.options).catch((x: unknown) => x)) as VerificationError;

    expect(e).toBeInstanceOf(VerificationError);
    expect(e.stage).toBe('consent');
    expect(e.observed).toBe('roles in the token: (none)');
    expect(e.message).toContain(
      `Entra ID issues Exchange tokens for app ${appId} without Exchange.ManageAsApp: the admin consent has not reached tokens.`,
    );
    expect(e.message).toContain('Enterprise applications');
  });

  it('names the role and quotes Exchange when the app holds no role Exchange supports', async () => {
    const { appId } = arrangeApp({ role: DIRECTORY_ROLES['User Administrator'] });
    const r = run(appId, 'exchange', 20);

    const e = (await verifyCertificate(r.options).catch((x: unknown) => x)) as VerificationError;

    expect(e).toBeInstanceOf(VerificationError);
    expect(e.stage).toBe('role');
    expect(e.observed).toBe(
      `Exchange answered 401: Unauthorized: The role assigned to application ${appId} isn't supported in this scenario. ` +
        'Please check online documentation for assigning correct Directory Roles to Azure AD Application for EXO App-Only Authentication.',
    );
    expect(e.message).toContain('the Exchange Administrator role assignment has not reached Exchange');
    expect(e.message).toContain('Roles and administrators → Exchange Administrator → Assignments');
  });

  it('refuses at once, without waiting, when Entra refuses for a reason other than replication', async () => {
    const { appId } = arrangeApp();
    const r = run(appId);
    r.options.tenantId = randomUUID(); // a tenant Entra does not know (AADSTS90002)

    const e = (await verifyCertificate(r.options).catch((x: unknown) => x)) as VerificationError;

    expect(e).toBeInstanceOf(VerificationError);
    expect(e.message).toContain('AADSTS90002');
    expect(e.message).toContain('This is not a propagation delay');
    expect(r.sleeps).toEqual([]);
  });

  it.each([500, 404])(
    'falls back to token verification with a warning when the admin API answers %i',
    async (status) => {
      const { appId } = arrangeApp({ role: null }); // Exchange would refuse, but it is not asked twice
      emulator.fault({
        service: 'exchange',
        path: 'EXOModuleFile',
        status,
        body: { error: { code: 'InternalServerError', message: 'boom' } },
      });
      const r = run(appId);

      const result = await verifyCertificate(r.options);

      expect(result).toEqual({
        method: 'token',
        seconds: 0,
        attempts: 1,
        fallbackReason: `Exchange's admin API answered ${status} (InternalServerError: boom)`,
      });
      const [warning] = r.lines('warning');
      expect(warning).toContain(`Exchange's admin API answered ${status}`);
      expect(warning).toContain('verified the certificate by token instead');
    },
  );
});

describe("verify: exchange, the real service's ways", () => {
  const RECIPIENT_ADMIN = DIRECTORY_ROLES['Exchange Recipient Administrator'];
  afterEach(() => {
    emulator.state.exchangeRegionalRedirect = false;
    emulator.state.exchangeRegionalLocationPort = undefined;
  });

  it('follows a regional redirect itself: same method, body and token, port 446 mapped to the front door', async () => {
    const { appId } = arrangeApp();
    emulator.state.exchangeRegionalRedirect = true;
    const r = run(appId);
    const before = emulator.requests.length;

    const result = await verifyCertificate(r.options);

    expect(result).toMatchObject({ method: 'exchange', proof: 'EXOModuleFile and Get-OrganizationConfig' });
    const calls = requestsSince(before, 'exchange').map((q) => [
      q.method,
      String(q.requestHeaders.host).replace(/:\d+$/, ''),
      q.path.split('/').at(-1),
      q.status,
    ]);
    // both are redirected and followed with the same method; the token goes only to the regional host
    expect(calls.sort()).toEqual([
      ['GET', '127.0.0.1', 'EXOModuleFile', 302],
      ['GET', 'localhost', 'EXOModuleFile', 200],
      ['POST', '127.0.0.1', 'InvokeCommand', 302],
      ['POST', 'localhost', 'InvokeCommand', 200],
    ]);
    const invoke = requestsSince(before, 'exchange').find((q) => q.status === 200 && q.method === 'POST')!;
    expect(String(invoke.requestHeaders.authorization)).toMatch(/^Bearer ey/);
    expect(invoke.requestBody).toEqual({
      CmdletInput: { CmdletName: 'Get-OrganizationConfig', Parameters: {} },
    });
  });

  it("never sends the token to a host outside the Exchange endpoint's domain: it settles for the token check", async () => {
    const { appId } = arrangeApp();
    emulator.fault({
      service: 'exchange',
      path: 'EXOModuleFile',
      status: 302,
      headers: { location: 'https://login.example.net/adminapi/v1.0/x/EXOModuleFile' },
    });
    const r = run(appId);
    const before = emulator.requests.length;

    const result = await verifyCertificate(r.options);

    expect(result.method).toBe('token');
    expect(result.fallbackReason).toContain('outside the domain');
    // the front door only: the redirect target never saw a request, let alone the token
    expect(requestsSince(before, 'exchange').map((q) => String(q.requestHeaders.host).split(':')[0])).toEqual(
      ['127.0.0.1', '127.0.0.1'],
    );
  });

  it('verifies a role that may not run Get-OrganizationConfig by the module file alone, without waiting', async () => {
    const { appId } = arrangeApp({ role: RECIPIENT_ADMIN });
    const r = run(appId);
    r.options.roles = [{ name: 'Exchange Recipient Administrator', templateId: RECIPIENT_ADMIN }];
    const before = emulator.requests.length;

    const result = await verifyCertificate(r.options);

    expect(result).toEqual({ method: 'exchange', seconds: 0, attempts: 1, proof: 'EXOModuleFile' });
    expect(requestsSince(before, 'exchange').map((q) => q.path.split('/').at(-1))).toEqual(['EXOModuleFile']);
    expect(r.lines('info').at(-1)).toContain('by Exchange (EXOModuleFile)');
  });

  it('takes "User is not allowed to call" as the role\'s limit, not as a role still replicating', async () => {
    const { appId } = arrangeApp();
    emulator.fault({
      service: 'exchange',
      path: 'InvokeCommand',
      status: 403,
      body: { error: { code: 'Forbidden', message: 'User is not allowed to call Get-OrganizationConfig' } },
    });
    const r = run(appId);

    const result = await verifyCertificate(r.options);

    expect(result).toMatchObject({ method: 'exchange', attempts: 1, proof: 'EXOModuleFile' });
    expect(r.sleeps).toEqual([]);
    expect(r.lines('info').join('\n')).toContain('User is not allowed to call Get-OrganizationConfig');
  });
});

describe('verify: token', () => {
  it('checks key and consent only, never calling Exchange', async () => {
    const { appId } = arrangeApp({ role: null });
    emulator.setReplication({ keyMs: 5_000, consentMs: 12_000 });
    const r = run(appId, 'token');
    const before = emulator.requests.length;

    const result = await verifyCertificate(r.options);

    expect(result.method).toBe('token');
    expect(result.fallbackReason).toBeUndefined();
    expect(result.attempts).toBeGreaterThan(2);
    expect(r.lines('info').some((m) => m.startsWith('waiting for Entra ID to accept the new key'))).toBe(
      true,
    );
    expect(
      r.lines('info').some((m) => m.startsWith('waiting for admin consent of Exchange.ManageAsApp')),
    ).toBe(true);
    expect(requestsSince(before, 'exchange')).toEqual([]);
  });
});

describe('secrets', () => {
  it('never logs the private key or a token, whatever happened', async () => {
    const { appId } = arrangeApp({ role: null });
    emulator.setReplication({ keyMs: 4_000, consentMs: 8_000 });
    const r = run(appId, 'exchange', 25);
    const before = emulator.requests.length;

    const error = (await verifyCertificate(r.options).catch((x: unknown) => x)) as Error;

    const tokens = requestsSince(before, 'entra')
      .map((q) => (q.responseBody as { access_token?: string } | undefined)?.access_token)
      .filter((t): t is string => Boolean(t));
    const assertions = requestsSince(before, 'entra')
      .map((q) => (q.requestBody as { client_assertion?: string } | undefined)?.client_assertion)
      .filter((t): t is string => Boolean(t));
    expect(tokens.length).toBeGreaterThan(0);
    expect(assertions.length).toBeGreaterThan(0);
    const keyBody = cert.privateKeyPem.split('\n')[1];
    const everything = [...r.logs.map((l) => l.message), error.message].join('\n');
    expect(r.lines('info').length).toBeGreaterThan(3);
    expect(everything).not.toContain(keyBody);
    expect(everything).not.toContain('PRIVATE KEY');
    for (const secret of [...tokens, ...assertions]) {
      expect(everything).not.toContain(secret);
      expect(everything).not.toContain(secret.split('.')[2]);
    }
  });
});

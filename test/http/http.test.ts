/**
 * The HTTP stack over real TLS on 127.0.0.1: a throwaway CA, an HTTPS server, a CONNECT proxy, a
 * child Node process for NODE_EXTRA_CA_CERTS, and msal-node running through our network client.
 */
import { ConfidentialClientApplication, ServerError } from '@azure/msal-node';
import { execFile } from 'node:child_process';
import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { inspect } from 'node:util';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import {
  backoffMs,
  createFetch,
  createMsalNetworkClient,
  ensureGraphOk,
  GraphError,
  graphErrorFrom,
  HttpClient,
  type HttpClientOptions,
  type MsalNetworkClient,
  NetworkError,
  parseRetryAfter,
  proxyForUrl,
  USER_AGENT,
  VERSION,
} from '../../src/http/http.js';
import {
  makeTestTls,
  sendJson,
  startConnectProxy,
  startHttpsServer,
  type SeenRequest,
  type TestServer,
  type TestTls,
} from '../support/http-servers.js';

const repo = resolve(import.meta.dirname, '../..');
let tls: TestTls;
let server: TestServer;
const clients: HttpClient[] = [];

interface Harness {
  http: HttpClient;
  waits: number[];
  debug: string[];
  info: string[];
}

/** A client trusting the test CA, with recorded logs and instant, recorded sleeps. */
function harness(options: HttpClientOptions = {}): Harness {
  const waits: number[] = [];
  const debug: string[] = [];
  const info: string[] = [];
  const http = new HttpClient({
    ca: tls.caPem,
    env: {},
    log: { debug: (m) => debug.push(m), info: (m) => info.push(m) },
    sleep: async (ms) => {
      waits.push(ms);
    },
    random: () => 0.5,
    ...options,
  });
  clients.push(http);
  return { http, waits, debug, info };
}

/** A clock that only moves when the client sleeps: deadlines become deterministic. */
function fakeClock(start = Date.UTC(2030, 0, 1, 12, 0, 0)) {
  let t = start;
  const waits: number[] = [];
  return {
    waits,
    now: () => t,
    sleep: async (ms: number) => {
      waits.push(ms);
      t += ms;
    },
  };
}

beforeAll(async () => {
  tls = makeTestTls();
  server = await startHttpsServer(tls);
});

afterEach(() => {
  while (clients.length) clients.pop()?.close();
  server.requests.length = 0;
});

afterAll(async () => {
  await server.close();
});

describe('responses', () => {
  it('parses JSON, returns text otherwise, sends the user agent and reuses the connection', async () => {
    server.handle((req, res) => {
      if (req.url === '/json') return sendJson(res, 200, { id: 'app-1', tags: ['a'] });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('plain text');
    });
    const { http } = harness();
    const json = await http.request<{ id: string }>({
      method: 'GET',
      url: `${server.url}/json`,
      service: 'graph',
    });
    const text = await http.request({ method: 'GET', url: `${server.url}/text`, service: 'graph' });

    expect(json.status).toBe(200);
    expect(json.data).toEqual({ id: 'app-1', tags: ['a'] });
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(json.attempts).toBe(1);
    expect(text.data).toBe('plain text');
    expect(server.requests[0].headers['user-agent']).toBe(`exo-cba/${VERSION}`);
    expect(server.requests[1].remotePort).toBe(server.requests[0].remotePort); // keep-alive
  });

  it('sends JSON and form bodies with their content types', async () => {
    server.handle((_req, res) => res.writeHead(204).end());
    const { http } = harness();
    const patched = await http.request({
      method: 'PATCH',
      url: `${server.url}/v1.0/applications(uniqueName='exo')`,
      service: 'graph',
      json: { displayName: 'Exchange Online Automation' },
      headers: { Prefer: 'create-if-missing' },
    });
    await http.request({
      method: 'POST',
      url: `${server.url}/token`,
      service: 'entra',
      form: { grant_type: 'client_credentials', scope: 'a b' },
    });

    expect(patched.status).toBe(204);
    expect(patched.data).toBe('');
    const [patch, post] = server.requests;
    expect(patch.method).toBe('PATCH');
    expect(patch.url).toBe("/v1.0/applications(uniqueName='exo')");
    expect(patch.headers['content-type']).toBe('application/json');
    expect(patch.headers.prefer).toBe('create-if-missing');
    expect(JSON.parse(patch.body)).toEqual({ displayName: 'Exchange Online Automation' });
    expect(post.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(post.body).toBe('grant_type=client_credentials&scope=a+b');
  });

  it('keeps package.json and the user agent version in step', () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    expect(USER_AGENT).toBe(`exo-cba/${pkg.version}`);
  });
});

describe('retries', () => {
  it('waits what Retry-After (seconds) asks on 429 and tells the user', async () => {
    server.handle((_req, res, i) =>
      i === 0
        ? sendJson(
            res,
            429,
            { error: { code: 'TooManyRequests', message: 'slow down' } },
            { 'retry-after': '7' },
          )
        : sendJson(res, 200, { ok: true }),
    );
    const { http, waits, info } = harness();
    const res = await http.request({
      method: 'GET',
      url: `${server.url}/v1.0/applications`,
      service: 'graph',
    });

    expect(res.status).toBe(200);
    expect(res.attempts).toBe(2);
    expect(waits).toEqual([7000]);
    expect(server.requests).toHaveLength(2);
    expect(info).toEqual([
      `GET ${server.url}/v1.0/applications → 429 TooManyRequests, retrying in 7.0 s (Retry-After)`,
    ]);
  });

  it('honours an HTTP-date Retry-After on 503 and caps long waits at 60 s', async () => {
    const clock = fakeClock();
    const retryAt = new Date(clock.now() + 30_000).toUTCString();
    server.handle((_req, res, i) => {
      if (i === 0) return sendJson(res, 503, {}, { 'retry-after': retryAt });
      if (i === 1) return sendJson(res, 503, {}, { 'retry-after': '3600' });
      sendJson(res, 200, {});
    });
    const { http } = harness({ now: clock.now, sleep: clock.sleep });
    const res = await http.request({
      method: 'GET',
      url: `${server.url}/x`,
      service: 'exchange',
      deadline: clock.now() + 600_000,
    });

    expect(res.status).toBe(200);
    expect(clock.waits).toEqual([30_000, 60_000]);
  });

  it('backs off exponentially with jitter on 504 without Retry-After', async () => {
    server.handle((_req, res, i) =>
      i < 3 ? res.writeHead(504).end('gateway timeout') : sendJson(res, 200, {}),
    );
    const randoms = [0, 1, 0.5];
    const { http, waits, info } = harness({ random: () => randoms.shift() ?? 0 });
    const res = await http.request({ method: 'GET', url: `${server.url}/x`, service: 'graph' });

    expect(res.status).toBe(200);
    expect(res.attempts).toBe(4);
    // attempt n waits within [d/2, d], d = 0.5 s × 2^(n-1)
    expect(waits).toEqual([250, 1000, 1500]);
    expect(info[0]).toMatch(/→ 504, retrying in 0\.3 s \(backoff\)$/);
  });

  it('keeps random backoff within its bounds and under the 10 s cap', () => {
    for (let attempt = 1; attempt <= 12; attempt++) {
      const ceiling = Math.min(10_000, 500 * 2 ** (attempt - 1));
      for (let i = 0; i < 50; i++) {
        const wait = backoffMs(attempt, Math.random);
        expect(wait).toBeGreaterThanOrEqual(ceiling / 2);
        expect(wait).toBeLessThanOrEqual(ceiling);
      }
    }
  });

  it.each([400, 401, 403, 404, 409, 500])('never retries %i', async (status) => {
    server.handle((_req, res) =>
      sendJson(res, status, { error: { code: 'X', message: 'no' } }, { 'retry-after': '1' }),
    );
    const { http, waits } = harness();
    const res = await http.request({ method: 'POST', url: `${server.url}/x`, service: 'graph', json: {} });

    expect(res.status).toBe(status);
    expect(server.requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('returns the last response when the attempt budget is spent', async () => {
    server.handle((_req, res) =>
      sendJson(res, 503, { error: { code: 'serviceUnavailable', message: 'busy' } }),
    );
    const { http } = harness({ maxAttempts: 3 });
    const res = await http.request({ method: 'GET', url: `${server.url}/x`, service: 'graph' });

    expect(res.status).toBe(503);
    expect(res.attempts).toBe(3);
    expect(server.requests).toHaveLength(3);
  });

  it('retries what the caller’s predicate accepts (replication after a create)', async () => {
    server.handle((_req, res, i) =>
      i < 2
        ? sendJson(res, 404, {
            error: { code: 'Request_ResourceNotFound', message: "Resource 'x' does not exist." },
          })
        : sendJson(res, 201, { id: 'assignment' }),
    );
    const { http, info } = harness();
    const res = await http.request<{ id: string }>({
      method: 'POST',
      url: `${server.url}/v1.0/servicePrincipals/sp/appRoleAssignedTo`,
      service: 'graph',
      json: { principalId: 'p' },
      retryWhen: (r) => r.status === 404 && JSON.stringify(r.data).includes('Request_ResourceNotFound'),
    });

    expect(res.status).toBe(201);
    expect(res.data.id).toBe('assignment');
    expect(server.requests).toHaveLength(3);
    expect(info[0]).toContain('→ 404 Request_ResourceNotFound, retrying in');
  });

  it('stops before a wait would pass the deadline', async () => {
    const clock = fakeClock();
    server.handle((_req, res) => sendJson(res, 429, {}, { 'retry-after': '10' }));
    const { http } = harness({ now: clock.now, sleep: clock.sleep });
    const res = await http.request({
      method: 'GET',
      url: `${server.url}/x`,
      service: 'graph',
      deadline: clock.now() + 25_000,
      maxAttempts: Infinity,
    });

    expect(res.status).toBe(429);
    expect(clock.waits).toEqual([10_000, 10_000]); // a third wait would end at 30 s > 25 s
    expect(server.requests).toHaveLength(3);
  });

  it('parses Retry-After forms', () => {
    const now = Date.UTC(2030, 0, 1);
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter(new Date(now + 5000).toUTCString(), now)).toBe(5000);
    expect(parseRetryAfter(new Date(now - 5000).toUTCString(), now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('transport failures', () => {
  it('retries a connection the server resets', async () => {
    server.handle((req, res, i) => {
      if (i === 0) return res.socket?.destroy();
      sendJson(res, 200, { body: req.body });
    });
    const { http, info } = harness();
    const res = await http.request({
      method: 'POST',
      url: `${server.url}/x`,
      service: 'graph',
      json: { a: 1 },
    });

    expect(res.status).toBe(200);
    expect(res.data).toEqual({ body: '{"a":1}' });
    expect(server.requests).toHaveLength(2);
    expect(info[0]).toMatch(/→ (ECONNRESET|socket hang up), retrying in .* \(backoff\)/);
  });

  it('throws NetworkError with the code once retries are spent', async () => {
    server.handle((_req, res) => res.socket?.destroy());
    const { http } = harness({ maxAttempts: 3 });
    const error = await http
      .request({
        method: 'GET',
        url: `${server.url}/x`,
        service: 'graph',
        headers: { authorization: 'Bearer tok-4711' },
      })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).code).toBe('ECONNRESET');
    expect((error as NetworkError).attempts).toBe(3);
    expect((error as NetworkError).message).toContain(
      `Could not reach Microsoft Graph: GET ${server.url}/x failed`,
    );
    expect(server.requests).toHaveLength(3);
    expect(inspect(error, { depth: 10 })).not.toContain('tok-4711'); // no request config hangs off the error
  });

  it('retries refused connections and says what to check', async () => {
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const { http, waits } = harness({ maxAttempts: 2 });
    const error = await http
      .request({ method: 'GET', url: `https://127.0.0.1:${port}/`, service: 'oidc' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).code).toBe('ECONNREFUSED');
    expect(waits).toHaveLength(1);
    expect((error as NetworkError).message).toMatch(/HTTPS_PROXY/);
  });

  it('gives up at once on an untrusted certificate and points at NODE_EXTRA_CA_CERTS', async () => {
    const { http, waits } = harness({ ca: undefined }); // Node's own store: the test CA is unknown
    const error = await http
      .request({ method: 'GET', url: `${server.url}/x`, service: 'graph' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).attempts).toBe(1);
    expect(waits).toEqual([]);
    expect((error as NetworkError).message).toContain('NODE_EXTRA_CA_CERTS');
    expect(server.requests).toHaveLength(0);
  });

  it('times out an attempt that gets no answer and retries it', async () => {
    server.handle(() => undefined); // never answers
    const { http } = harness({ maxAttempts: 2 });
    const error = await http
      .request({ method: 'GET', url: `${server.url}/hang`, service: 'exchange', timeoutMs: 300 })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).code).toBe('ETIMEDOUT');
    expect(server.requests).toHaveLength(2);
  });
});

describe('proxy', () => {
  it('tunnels HTTPS through HTTPS_PROXY with CONNECT', async () => {
    const proxy = await startConnectProxy();
    try {
      server.handle((_req, res) => sendJson(res, 200, { via: 'tunnel' }));
      const { http } = harness({ env: { HTTPS_PROXY: proxy.url } });
      const first = await http.request({ method: 'GET', url: `${server.url}/a`, service: 'graph' });
      const second = await http.request({ method: 'GET', url: `${server.url}/b`, service: 'graph' });

      expect(first.data).toEqual({ via: 'tunnel' });
      expect(second.status).toBe(200);
      expect(proxy.connects[0]).toBe(`CONNECT 127.0.0.1:${server.port}`);
      expect(proxy.connects).toHaveLength(1); // the tunnel is kept alive and reused
      expect(server.requests.map((r) => r.url)).toEqual(['/a', '/b']);
    } finally {
      await proxy.close();
    }
  });

  it('goes direct for hosts in NO_PROXY, and only for them', async () => {
    const proxy = await startConnectProxy();
    try {
      server.handle((_req, res) => sendJson(res, 200, {}));
      const bypass = harness({
        env: { https_proxy: proxy.url, no_proxy: `example.com, 127.0.0.1:${server.port}` },
      }).http;
      await bypass.request({ method: 'GET', url: `${server.url}/direct`, service: 'graph' });
      expect(proxy.connects).toEqual([]);

      const otherPort = harness({ env: { HTTPS_PROXY: proxy.url, NO_PROXY: '127.0.0.1:1' } }).http;
      await otherPort.request({ method: 'GET', url: `${server.url}/proxied`, service: 'graph' });
      expect(proxy.connects).toEqual([`CONNECT 127.0.0.1:${server.port}`]);
    } finally {
      await proxy.close();
    }
  });

  it('reads proxy variables and NO_PROXY entries like curl does', () => {
    const env = {
      HTTPS_PROXY: 'proxy.corp:3128',
      HTTP_PROXY: 'http://plain:80',
      NO_PROXY: '.internal, login.example.com:443, [::1]',
    };
    expect(proxyForUrl('https://graph.microsoft.com/v1.0', env)).toBe('http://proxy.corp:3128');
    expect(proxyForUrl('http://graph.microsoft.com/', env)).toBe('http://plain:80');
    expect(proxyForUrl('https://a.internal/', env)).toBeUndefined();
    expect(proxyForUrl('https://internal/', env)).toBeUndefined();
    expect(proxyForUrl('https://login.example.com/', env)).toBeUndefined();
    expect(proxyForUrl('https://eu.login.example.com/', env)).toBeUndefined();
    expect(proxyForUrl('https://login.example.com:8443/', env)).toBe('http://proxy.corp:3128');
    expect(proxyForUrl('https://notexample.com/', { ...env, NO_PROXY: 'example.com' })).toBe(
      'http://proxy.corp:3128',
    );
    expect(proxyForUrl('https://[::1]:8443/', env)).toBeUndefined();
    expect(proxyForUrl('https://127.0.0.1/', env)).toBe('http://proxy.corp:3128'); // loopback is not special
    expect(proxyForUrl('https://anything/', { ...env, NO_PROXY: '*' })).toBeUndefined();
    expect(proxyForUrl('https://x/', { HTTP_PROXY: 'http://fallback:8080' })).toBe('http://fallback:8080');
    expect(proxyForUrl('https://x/', { https_proxy: 'http://lower:1', HTTPS_PROXY: 'http://upper:2' })).toBe(
      'http://lower:1',
    );
    expect(proxyForUrl('https://x/', {})).toBeUndefined();
  });
});

describe('Graph errors', () => {
  it('maps a Graph docs error body to a message with code, text and request id', () => {
    const mocks = JSON.parse(
      readFileSync(resolve(repo, '../shared/graph/v1.0-docs-sample-mocks.json'), 'utf8'),
    ) as {
      mocks: Array<{
        request: { url: string; method: string };
        response: { statusCode: number; body: unknown };
      }>;
    };
    const sample = mocks.mocks.find((m) => m.request.url.endsWith('/protectionPolicies/*/deactivate'));
    expect(sample?.response.statusCode).toBe(400);
    const error = graphErrorFrom(
      { status: sample!.response.statusCode, headers: {}, data: sample!.response.body },
      { method: 'post', path: '/solutions/backupRestore/protectionPolicies/61633878/deactivate' },
    );

    expect(error).toBeInstanceOf(GraphError);
    expect(error.code).toBe('invalidStateForActivation');
    expect(error.requestId).toBe('7e921b55-8af4-41f5-881d-d425af822be0');
    expect(error.clientRequestId).toBe('77d27e8a-f18e-ce3a-42c9-f8a87fc00126');
    expect(error.date).toBe('2023-03-03T07:15:31');
    expect(error.message).toBe(
      'Graph POST /solutions/backupRestore/protectionPolicies/61633878/deactivate failed: 400 invalidStateForActivation: ' +
        'Policy in updating state, which is invalid for deactivation. Policy must be in Active or ActiveWithErrors state. ' +
        '(request-id 7e921b55-8af4-41f5-881d-d425af822be0)',
    );
  });

  it('names the missing permission and how to grant it on a 403 from the wire', async () => {
    server.handle((_req, res) =>
      sendJson(res, 403, {
        error: {
          code: 'Authorization_RequestDenied',
          message: 'Insufficient privileges to complete the operation.',
          innerError: {
            date: '2024-05-08T10:24:33',
            'request-id': 'c1a4f1ab-1d3c-4a3c-9f3e-8a3e6c2b7d10',
            'client-request-id': 'c1a4f1ab-1d3c-4a3c-9f3e-8a3e6c2b7d10',
          },
        },
      }),
    );
    const { http } = harness();
    const res = await http.request({
      method: 'POST',
      url: `${server.url}/v1.0/roleManagement/directory/roleAssignments`,
      service: 'graph',
      json: {},
    });
    const ctx = {
      method: 'POST',
      path: '/roleManagement/directory/roleAssignments',
      permission: 'RoleManagement.ReadWrite.Directory',
    };

    expect(() => ensureGraphOk(res, ctx)).toThrow(GraphError);
    const error = graphErrorFrom(res, ctx);
    expect(error.status).toBe(403);
    expect(error.code).toBe('Authorization_RequestDenied');
    expect(error.message).toContain(
      'Graph POST /roleManagement/directory/roleAssignments failed: 403 Authorization_RequestDenied: Insufficient privileges to complete the operation. (request-id c1a4f1ab-1d3c-4a3c-9f3e-8a3e6c2b7d10)',
    );
    expect(error.message).toContain(
      "The provisioning app lacks the Microsoft Graph application permission RoleManagement.ReadWrite.Directory. Grant it: Entra admin center → App registrations → <provisioning app> → API permissions → Add a permission → Microsoft Graph → Application permissions → RoleManagement.ReadWrite.Directory, then 'Grant admin consent'.",
    );
    expect(graphErrorFrom(res, { method: 'GET', path: '/x' }).hint).toBeUndefined();
    expect(graphErrorFrom({ ...res, status: 404 }, ctx).hint).toBeUndefined();
  });

  it('copes with non-OData error bodies and scrubs them', () => {
    const error = graphErrorFrom(
      { status: 502, headers: { 'request-id': 'r-1' }, data: '<html>Bad gateway for Bearer abc.def</html>' },
      { method: 'GET', path: '/applications' },
    );
    expect(error.code).toBe('');
    expect(error.requestId).toBe('r-1');
    expect(error.message).toBe(
      'Graph GET /applications failed: 502: <html>Bad gateway for Bearer [REDACTED]</html> (request-id r-1)',
    );
    expect(error.withHint('Try again later.').message).toMatch(/\nTry again later\.$/);
  });

  it('passes 2xx responses through ensureGraphOk', async () => {
    server.handle((_req, res) => sendJson(res, 200, { value: [] }));
    const { http } = harness();
    const res = await http.request({
      method: 'GET',
      url: `${server.url}/v1.0/applications`,
      service: 'graph',
    });
    expect(ensureGraphOk(res, { method: 'GET', path: '/applications' }).data).toEqual({ value: [] });
  });
});

describe('logging', () => {
  const secretBody = 'marker-request-7f3a';
  const secretReply = 'marker-response-9c1d';

  it('never logs bodies of sensitive requests, only the request line', async () => {
    server.handle((_req, res) => sendJson(res, 400, { error: 'invalid_grant', detail: secretReply }));
    const { http, debug, info } = harness();
    await http.request({
      method: 'POST',
      url: `${server.url}/token?p=1`,
      service: 'entra',
      form: { x: secretBody },
      sensitive: true,
    });

    const logs = [...debug, ...info].join('\n');
    expect(logs).not.toContain(secretBody);
    expect(logs).not.toContain(secretReply);
    expect(debug).toEqual([
      expect.stringMatching(new RegExp(`^POST ${server.url}/token\\?p=1 → 400 in \\d+ ms \\(attempt 1\\)$`)),
    ]);
  });

  it('logs scrubbed bodies of other requests for troubleshooting', async () => {
    server.handle((_req, res) =>
      sendJson(res, 400, { error: { code: 'Request_BadRequest', message: secretReply } }),
    );
    const { http, debug } = harness();
    await http.request({
      method: 'PATCH',
      url: `${server.url}/v1.0/applications/1`,
      service: 'graph',
      json: { note: secretBody, keyCredentials: [{ key: 'TUlJQ2tleWJ5dGVz' }] },
    });

    const logs = debug.join('\n');
    expect(logs).toContain(secretBody);
    expect(logs).toContain(secretReply);
    expect(logs).not.toContain('TUlJQ2tleWJ5dGVz');
  });
});

describe('msal-node network client', () => {
  const tenant = '11111111-2222-3333-4444-555555555555';
  const assertion = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm8vcjpyZWY6cmVmcy9oZWFkcy9tYWluIn0.c2lnbmF0dXJl';

  function tokenServer(
    tokenReplies: Array<(res: Parameters<Parameters<TestServer['handle']>[0]>[1]) => void>,
  ) {
    server.handle((req, res) => {
      const base = `${server.url}/${tenant}`;
      if (req.url.includes('openid-configuration')) {
        return sendJson(res, 200, {
          issuer: `${base}/v2.0`,
          authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
          token_endpoint: `${base}/oauth2/v2.0/token`,
          jwks_uri: `${base}/discovery/v2.0/keys`,
        });
      }
      (tokenReplies.shift() ?? ((r) => sendJson(r, 500, {})))(res);
    });
  }

  function msalApp(networkClient: MsalNetworkClient, authorityMetadata?: string) {
    return new ConfidentialClientApplication({
      auth: {
        clientId: '99999999-8888-7777-6666-555555555555',
        authority: `${server.url}/${tenant}`,
        knownAuthorities: [`127.0.0.1:${server.port}`],
        ...(authorityMetadata ? { authorityMetadata } : {}),
        clientAssertion: async () => assertion,
      },
      system: { networkClient },
    });
  }

  const isToken = (r: SeenRequest) => r.method === 'POST' && r.url.startsWith(`/${tenant}/oauth2/v2.0/token`);

  it('gets a token through our stack, retrying a 429, and logs no secret', async () => {
    tokenServer([
      (res) =>
        sendJson(
          res,
          429,
          { error: 'temporarily_unavailable', error_description: 'AADSTS50196: throttled' },
          { 'retry-after': '3' },
        ),
      (res) =>
        sendJson(res, 200, {
          token_type: 'Bearer',
          expires_in: 3599,
          ext_expires_in: 3599,
          access_token: 'graph-token-value',
        }),
    ]);
    const { http, waits, debug, info } = harness();
    const result = await msalApp(createMsalNetworkClient(http)).acquireTokenByClientCredential({
      scopes: ['https://graph.microsoft.com/.default'],
    });

    expect(result?.accessToken).toBe('graph-token-value');
    expect(waits).toEqual([3000]);
    const tokenCalls = server.requests.filter(isToken);
    expect(tokenCalls).toHaveLength(2);
    expect(new URLSearchParams(tokenCalls[1].body).get('client_assertion')).toBe(assertion);
    expect(server.requests.some((r) => r.method === 'GET' && r.url.includes('openid-configuration'))).toBe(
      true,
    );
    const logs = [...debug, ...info].join('\n');
    expect(logs).not.toContain(assertion.split('.')[1]);
    expect(logs).not.toContain('graph-token-value');
  });

  it('hands Entra error bodies to msal, which reports the AADSTS code', async () => {
    tokenServer([
      (res) =>
        sendJson(res, 400, {
          error: 'invalid_client',
          error_description:
            'AADSTS700213: No matching federated identity record found for presented assertion subject.',
          error_codes: [700213],
        }),
    ]);
    const { http } = harness();
    const error = await msalApp(createMsalNetworkClient(http))
      .acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).errorCode).toBe('invalid_client');
    expect((error as ServerError).errorMessage).toContain('AADSTS700213');
    expect(server.requests.filter(isToken)).toHaveLength(1);
  });

  it('surfaces our network diagnosis through msal on the token request', async () => {
    const { http } = harness({ ca: undefined }); // the test CA is not trusted: TLS fails
    const base = `${server.url}/${tenant}`;
    const metadata = JSON.stringify({
      issuer: `${base}/v2.0`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      token_endpoint: `${base}/oauth2/v2.0/token`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
    });
    const error = await msalApp(createMsalNetworkClient(http), metadata)
      .acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] })
      .catch((e: unknown) => e);
    expect((error as Error).message).toContain('NODE_EXTRA_CA_CERTS');
  });

  it('keeps the diagnosis of a failed discovery request, which msal swallows', async () => {
    const { http } = harness({ ca: undefined });
    const client = createMsalNetworkClient(http);
    const error = await msalApp(client)
      .acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] })
      .catch((e: unknown) => e);
    expect((error as Error).message).not.toContain('NODE_EXTRA_CA_CERTS');
    expect(client.lastNetworkError?.message).toContain('NODE_EXTRA_CA_CERTS');
  });
});

describe('fetch adapter', () => {
  it('serves Octokit-style fetch calls through the client', async () => {
    server.handle((req, res) => {
      if (req.method === 'PUT') return res.writeHead(204).end();
      sendJson(res, 200, { key_id: '568250167242549743', key: 'AAAA' }, { 'x-github-request-id': 'g-1' });
    });
    const { http } = harness();
    const fetchFn = createFetch(http, 'github');
    const got = await fetchFn(`${server.url}/repos/o/r/actions/secrets/public-key`, {
      headers: { accept: 'application/vnd.github+json' },
    });
    const put = await fetchFn(new URL(`${server.url}/repos/o/r/actions/secrets/EXO_APP_ID`), {
      method: 'PUT',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: '{"encrypted_value":"x","key_id":"568250167242549743"}',
    });

    expect(got.status).toBe(200);
    expect(got.headers.get('x-github-request-id')).toBe('g-1');
    expect(await got.json()).toEqual({ key_id: '568250167242549743', key: 'AAAA' });
    expect(put.status).toBe(204);
    expect(server.requests[0].headers.accept).toBe('application/vnd.github+json');
    expect(server.requests[1].headers['content-type']).toBe('application/json; charset=utf-8');
    expect(server.requests[1].body).toBe('{"encrypted_value":"x","key_id":"568250167242549743"}');
  });
});

describe('NODE_EXTRA_CA_CERTS', () => {
  let dir: string;

  beforeAll(() => {
    // The env var is read once at process start, so a child process runs the client: every src/**/*.ts
    // is transpiled, in its folder, next to a symlink to the repo's node_modules.
    dir = mkdtempSync(join(tmpdir(), 'exo-cba-http-'));
    const sourceFiles = readdirSync(join(repo, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    );
    for (const file of sourceFiles) {
      const source = readFileSync(join(repo, 'src', file), 'utf8');
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      });
      mkdirSync(dirname(join(dir, 'src', file)), { recursive: true });
      writeFileSync(join(dir, 'src', file.replace(/\.ts$/, '.js')), outputText);
    }
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
    writeFileSync(join(dir, 'ca.pem'), tls.caPem);
    writeFileSync(
      join(dir, 'child.js'),
      `import { HttpClient } from './src/http/http.js';
const http = new HttpClient({ env: {}, maxAttempts: 1, log: { debug() {}, info() {} } });
try {
  const res = await http.request({ method: 'GET', url: process.argv[2], service: 'graph' });
  console.log(JSON.stringify({ status: res.status, data: res.data }));
} catch (e) {
  console.log(JSON.stringify({ error: e.name, message: e.message }));
} finally {
  http.close();
}`,
    );
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function runChild(env: NodeJS.ProcessEnv): Promise<Record<string, unknown>> {
    return new Promise((done, fail) => {
      execFile(
        process.execPath,
        [join(dir, 'child.js'), `${server.url}/ca-check`],
        { env, timeout: 30_000 },
        (err, stdout, stderr) =>
          err
            ? fail(new Error(`${err.message}\n${stderr}`))
            : done(JSON.parse(stdout) as Record<string, unknown>),
      );
    });
  }

  it('trusts the CA named by NODE_EXTRA_CA_CERTS on a keep-alive agent', async () => {
    server.handle((_req, res) => sendJson(res, 200, { trusted: true }));
    const { NODE_OPTIONS: _ignored, ...env } = process.env;
    expect(await runChild({ ...env, NODE_EXTRA_CA_CERTS: join(dir, 'ca.pem') })).toEqual({
      status: 200,
      data: { trusted: true },
    });
    const without = await runChild({ ...env, NODE_EXTRA_CA_CERTS: '' });
    expect(without.error).toBe('NetworkError');
    expect(String(without.message)).toContain('NODE_EXTRA_CA_CERTS');
  });
});

/** Which answers the client retries, how long it waits, and where it stops. */
import { backoffMs, parseRetryAfter, PROPAGATION_CAP_MS, propagationDelayMs } from '../../src/http/retry.js';
import { fakeClock, harness, server, useTestServer } from '../support/http-harness.js';
import { sendJson } from '../support/http-servers.js';

useTestServer();

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

  it("says how much of the run's budget (verify-timeout) a replication wait has used", async () => {
    const clock = fakeClock();
    server.handle((_req, res, i) =>
      i < 1
        ? sendJson(res, 404, { error: { code: 'Request_ResourceNotFound', message: 'not yet' } })
        : sendJson(res, 201, { id: 'assignment' }),
    );
    const { http, info } = harness({ now: clock.now, sleep: clock.sleep });
    const budgetStart = clock.now() - 12_000;
    await http.request({
      method: 'POST',
      url: `${server.url}/v1.0/servicePrincipals/sp/appRoleAssignedTo`,
      service: 'graph',
      json: {},
      budgetStart,
      deadline: budgetStart + 600_000,
      retryWhen: (r) => r.status === 404,
      pollForPropagation: true,
    });

    expect(info[0]).toMatch(
      /→ 404 Request_ResourceNotFound, retrying in \d+\.\d s \(backoff; 12 s of 600 s\)$/,
    );
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

describe('what is retried matches what may have happened', () => {
  it.each([500, 502, 503, 504])('a GET retries %i', async (status) => {
    server.handle((_req, res, i) => (i === 0 ? res.writeHead(status).end('oops') : sendJson(res, 200, {})));
    const { http } = harness();
    const res = await http.request({ method: 'GET', url: `${server.url}/x`, service: 'graph' });

    expect(res.status).toBe(200);
    expect(server.requests).toHaveLength(2);
  });

  it('a GET retries a JSON body cut short, and flags it when it stays unreadable', async () => {
    server.handle((_req, res, i) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(i === 0 ? '{"value":[{"id":' : '{"value":[]}');
    });
    const { http, info } = harness();
    const res = await http.request({ method: 'GET', url: `${server.url}/x`, service: 'graph' });
    expect(res.data).toEqual({ value: [] });
    expect(res.malformed).toBeUndefined();
    expect(info[0]).toMatch(/→ 200 unreadable body, retrying/);

    server.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('<html>proxy</html>');
    });
    const { http: again } = harness({ maxAttempts: 2 });
    const bad = await again.request({ method: 'GET', url: `${server.url}/x`, service: 'graph' });
    expect(bad.malformed).toBe(true);
    expect(bad.data).toBe('<html>proxy</html>');
  });

  it.each([500, 502, 504])('a POST does not repeat %i unless marked idempotent', async (status) => {
    server.handle((_req, res, i) => (i === 0 ? res.writeHead(status).end() : sendJson(res, 201, {})));
    const { http } = harness();
    const url = `${server.url}/x`;
    expect((await http.request({ method: 'POST', url, service: 'graph', json: {} })).status).toBe(status);
    const marked = await http.request({ method: 'POST', url, service: 'graph', json: {}, idempotent: true });
    expect(marked.status).toBe(201);
  });

  it('stops retrying, without a "retrying" line, once the run has failed', async () => {
    const run = new AbortController();
    server.handle((_req, res) => {
      run.abort(); // the run fails while this request waits for its answer
      res.writeHead(503).end();
    });
    const { http, info } = harness({ signal: run.signal });
    const res = await http.request({ method: 'GET', url: `${server.url}/x`, service: 'graph' });

    expect(res.status).toBe(503);
    expect(server.requests).toHaveLength(1);
    expect(info).toEqual([]);
  });
});

describe('propagationDelayMs', () => {
  it('polls within 1 s + a quarter of the time waited, jittered down to 80 %, capped at 10 s', () => {
    expect(propagationDelayMs(0, () => 1)).toBe(1000);
    expect(propagationDelayMs(0, () => 0)).toBe(800);
    expect(propagationDelayMs(4000, () => 1)).toBe(2000);
    expect(propagationDelayMs(3_600_000, () => 1)).toBe(PROPAGATION_CAP_MS);
    expect(propagationDelayMs(3_600_000, () => 0)).toBe(8000);
  });
});

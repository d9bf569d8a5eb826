/** Transport failures: retried when a new attempt can pass, then a NetworkError saying what to check. */
import * as net from 'node:net';
import { inspect } from 'node:util';
import { NetworkError } from '../../src/http/errors.js';
import { harness, server, useTestServer } from '../support/http-harness.js';
import { sendJson } from '../support/http-servers.js';

useTestServer();

describe('transport failures', () => {
  it('retries a connection the server resets when the request is safe to repeat', async () => {
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
      idempotent: true,
    });

    expect(res.status).toBe(200);
    expect(res.data).toEqual({ body: '{"a":1}' });
    expect(server.requests).toHaveLength(2);
    expect(info[0]).toMatch(/→ (ECONNRESET|socket hang up), retrying in .* \(backoff\)/);
  });

  it('does not repeat a POST after a reset: the server may have applied it', async () => {
    server.handle((_req, res) => res.socket?.destroy());
    const { http, info } = harness();
    const error = await http
      .request({ method: 'POST', url: `${server.url}/x`, service: 'graph', json: { a: 1 } })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(NetworkError);
    expect(server.requests).toHaveLength(1);
    expect(info).toEqual([]);
    expect((error as NetworkError).message).toMatch(/not sent again: the service may have applied it/);
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

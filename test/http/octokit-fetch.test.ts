/** The fetch adapter Octokit runs on. */
import { createFetch } from '../../src/http/octokit-fetch.js';
import { harness, server, useTestServer } from '../support/http-harness.js';
import { sendJson } from '../support/http-servers.js';

useTestServer();

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

  it('sends default headers the caller may override and retries what the caller’s predicate accepts', async () => {
    server.handle((_req, res, i) =>
      i === 0
        ? sendJson(res, 403, { message: 'rate limited' }, { 'x-ratelimit-remaining': '0' })
        : sendJson(res, 200, {}),
    );
    const { http, waits } = harness();
    const fetchFn = createFetch(http, 'github', {
      headers: { 'x-github-api-version': '2022-11-28', accept: 'application/json' },
      retryWhen: (r) => r.status === 403 && r.headers['x-ratelimit-remaining'] === '0',
    });
    const res = await fetchFn(`${server.url}/repos/o/r/actions/secrets/public-key`, {
      headers: { accept: 'application/vnd.github+json' },
    });

    expect(res.status).toBe(200);
    expect(waits).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[0].headers['x-github-api-version']).toBe('2022-11-28');
    expect(server.requests[0].headers.accept).toBe('application/vnd.github+json');
  });
});

/** HttpClient over real TLS on 127.0.0.1: bodies, headers, connection reuse and what it logs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { USER_AGENT } from '../../src/http/client.js';
import { VERSION } from '../../src/version.js';
import { harness, repo, server, useTestServer } from '../support/http-harness.js';
import { sendJson } from '../support/http-servers.js';

useTestServer();

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

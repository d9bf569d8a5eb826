/** HTTPS_PROXY tunnels over a real CONNECT proxy, and NO_PROXY read like curl reads it. */
import { proxyForUrl } from '../../src/http/proxy.js';
import { harness, server, useTestServer } from '../support/http-harness.js';
import { sendJson, startConnectProxy } from '../support/http-servers.js';

useTestServer();

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

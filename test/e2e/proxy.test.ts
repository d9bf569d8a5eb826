/**
 * Behind a corporate proxy: every request of the bundled action — GitHub OIDC, Entra (msal-node), Graph,
 * Exchange, GitHub secrets — goes through HTTPS_PROXY as a CONNECT tunnel, and NO_PROXY is honoured.
 */
import { fakeGitHubToken, startEmulator, type Emulator } from '../emulator/index.js';
import { startConnectProxy, type TestProxy } from '../support/http-servers.js';
import { runAction } from '../support/run-action.js';

let emulator: Emulator;
let proxy: TestProxy;
beforeEach(async () => {
  emulator = await startEmulator();
  proxy = await startConnectProxy();
});
afterEach(async () => {
  await proxy.close();
  await emulator.close();
});

const port = (url: string) => new URL(url).port;

test('every service is reached through the proxy', async () => {
  const token = fakeGitHubToken('app');
  emulator.github.addToken(token, { kind: 'app', permissions: { secrets: 'write' } });
  const result = await runAction({
    inputs: { ...emulator.actionInputs(), 'github-token': token, 'verify-timeout': '60' },
    env: { ...emulator.runnerEnv(), HTTPS_PROXY: proxy.url },
  });
  expect(result.exitCode).toBe(0);
  const tunnelled = new Set(proxy.connects.map((c) => c.split(':').pop()));
  for (const service of ['oidc', 'entra', 'graph', 'exchange', 'github'] as const) {
    expect(tunnelled).toContain(port(emulator.urls[service]));
  }
  // connections are kept alive through the tunnel: far fewer CONNECTs than requests
  expect(proxy.connects.length).toBeLessThan(emulator.requests.length);
});

test('hosts in NO_PROXY are reached directly', async () => {
  const result = await runAction({
    inputs: { ...emulator.actionInputs(), 'verify-timeout': '60' },
    env: {
      ...emulator.runnerEnv(),
      HTTPS_PROXY: proxy.url,
      NO_PROXY: `127.0.0.1:${port(emulator.urls.graph)}`,
    },
  });
  expect(result.exitCode).toBe(0);
  const tunnelled = new Set(proxy.connects.map((c) => c.split(':').pop()));
  expect(tunnelled).not.toContain(port(emulator.urls.graph));
  expect(tunnelled).toContain(port(emulator.urls.entra));
});

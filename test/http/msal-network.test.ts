/** msal-node running through our network client against a real HTTPS token endpoint. */
import { ConfidentialClientApplication, ServerError } from '@azure/msal-node';
import { createMsalNetworkClient, type MsalNetworkClient } from '../../src/http/msal-network.js';
import { harness, server, useTestServer } from '../support/http-harness.js';
import { sendJson, type SeenRequest, type TestServer } from '../support/http-servers.js';

useTestServer();

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

import { signInRefusal } from '../../src/auth/refusals.js';
import { aadstsCode, cachedToken, msalAuthority, type AccessToken } from '../../src/auth/token-client.js';
import { ActionError } from '../../src/action/errors.js';

const ctx = {
  app: 'provisioning' as const,
  clientId: '0c3c1f0a-5d6e-4b8a-9f1e-2a3b4c5d6e7f',
  tenantId: 'contoso.onmicrosoft.com',
  oidc: {
    iss: 'https://token.actions.githubusercontent.com',
    sub: 'repo:contoso/ops:pull_request',
    aud: 'api://AzureADTokenExchange',
  },
};
const msalError = (description: string) =>
  Object.assign(new Error(description), { errorCode: 'invalid_client', errorMessage: description });

describe('msalAuthority', () => {
  test('a Microsoft host is not declared a known authority, but gets metadata (no discovery round trips)', () => {
    const auth = msalAuthority({
      authorityHost: 'https://login.microsoftonline.com',
      tenantId: 'contoso.onmicrosoft.com',
    });
    expect(auth.authority).toBe('https://login.microsoftonline.com/contoso.onmicrosoft.com');
    expect(auth.knownAuthorities).toBeUndefined();
    expect(JSON.parse(auth.authorityMetadata!).token_endpoint).toBe(
      'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token',
    );
  });

  test('another host is a known authority with its token endpoint under {host}/{tenant}', () => {
    const auth = msalAuthority({ authorityHost: 'https://127.0.0.1:8443/', tenantId: 'abc' });
    expect(auth.knownAuthorities).toEqual(['127.0.0.1:8443']);
    expect(auth.tokenEndpoint).toBe('https://127.0.0.1:8443/abc/oauth2/v2.0/token');
    expect(JSON.parse(auth.cloudDiscoveryMetadata!).metadata[0].aliases).toEqual(['127.0.0.1:8443']);
  });
});

describe('signInError says what to fix', () => {
  test.each(['AADSTS70021', 'AADSTS700211', 'AADSTS700212', 'AADSTS700213'])(
    '%s: the federated credential, with the token claims',
    (code) => {
      const error = signInRefusal(
        msalError(`${code}: No matching federated identity record found for presented assertion subject.`),
        ctx,
      );
      expect(error.message).toMatch(/no federated credential/);
      expect(error.message).toContain("subject 'repo:contoso/ops:pull_request'");
      expect(error.message).toContain("issuer 'https://token.actions.githubusercontent.com'");
      expect(error.message).toContain(`client-id ${ctx.clientId}`);
    },
  );

  test('AADSTS700016: the client-id or tenant', () => {
    const error = signInRefusal(
      msalError("AADSTS700016: Application with identifier 'x' was not found in the directory"),
      ctx,
    );
    expect(error.message).toMatch(/does not know client-id .* Check the 'client-id' input/);
  });

  test('AADSTS90002: the tenant', () => {
    expect(signInRefusal(msalError('AADSTS90002: Tenant not found.'), ctx).message).toMatch(
      /does not know tenant 'contoso.onmicrosoft.com'/,
    );
  });

  test('AADSTS7000112: the app is disabled, and how to enable it', () => {
    const error = signInRefusal(
      msalError('AADSTS7000112: Application is disabled.\r\nTrace ID: 1\r\nCorrelation ID: 2'),
      ctx,
    );
    expect(error.message).toMatch(
      /The provisioning app \(client-id .*\) is disabled .*\(AADSTS7000112\): enable it/,
    );
    expect(error.message).not.toContain('Trace ID');
  });

  test('other codes keep the code and the first line of Entra’s text', () => {
    const error = signInRefusal(
      msalError('AADSTS7000229: The client application is missing service principal.\r\nTrace ID: 1'),
      ctx,
    );
    expect(error.message).toContain('AADSTS7000229: The client application is missing service principal.');
    expect(error.message).not.toContain('Trace ID');
  });

  test('our own errors pass through unchanged', () => {
    const own = new ActionError('add permissions id-token: write');
    expect(signInRefusal(own, ctx)).toBe(own);
  });

  test('aadstsCode reads whole codes', () => {
    expect(aadstsCode(msalError('AADSTS700213: x'))).toBe(700213);
    expect(aadstsCode(new Error('no code'))).toBeUndefined();
  });
});

describe('cachedToken', () => {
  test('asks Entra once while the token is fresh, again when it nears expiry', async () => {
    let now = 1_000_000;
    let calls = 0;
    const client = {
      acquire: async (): Promise<AccessToken> => {
        calls++;
        return { accessToken: `t${calls}`, claims: {}, expiresOn: new Date(now + 3600_000) };
      },
    };
    const token = cachedToken(client, 'https://graph.microsoft.com', () => now);
    expect((await token()).accessToken).toBe('t1');
    expect((await token()).accessToken).toBe('t1');
    now += 3600_000 - 4 * 60_000;
    expect((await token()).accessToken).toBe('t2');
    expect(calls).toBe(2);
  });
});

import { describeRequest, redactUrl, scrub } from '../../src/action/scrub.js';

// A structurally real JWT (header {"alg":"RS256","typ":"JWT"}); the signature is random text.
const JWT =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL3Rva2VuLmFjdGlvbnMuZ2l0aHVidXNlcmNvbnRlbnQuY29tIiwic3ViIjoicmVwbzpvL3IifQ.c2lnbmF0dXJlLW5vdC1yZWFsbHktYS1zaWduYXR1cmUtYnV0LWxvbmc';
const PFX_B64 = `MIIKPAIBAzCCCfYGCSqGSIb3DQEHAaCCCecEggnjMIIJ3zCCBgwGCSqGSIb3DQEHAaCCBf0EggX5${'QUJDRA'.repeat(60)}==`;

describe('scrub', () => {
  it('removes JWTs wherever they appear', () => {
    const out = scrub(`{"access_token_echo":"x","note":"token ${JWT} expired"}`);
    expect(out).not.toContain(JWT.split('.')[1]);
    expect(out).toContain('[REDACTED JWT]');
    expect(out).toContain('expired');
  });

  it('removes Authorization header values', () => {
    expect(scrub('Authorization: Bearer abc.def-ghi_jkl')).toBe('Authorization: Bearer [REDACTED]');
    expect(scrub('{"authorization":"Basic dXNlcjpwYXNz"}')).toBe('{"authorization":"Basic [REDACTED]"}');
  });

  it('removes keyCredentials key material and keeps the key ids', () => {
    const body = JSON.stringify({
      keyCredentials: [
        {
          keyId: '0a1b2c3d-0000-4000-8000-000000000001',
          type: 'AsymmetricX509Cert',
          usage: 'Verify',
          key: 'MIIC+short/key==',
        },
      ],
    });
    const out = scrub(body);
    expect(out).not.toContain('MIIC+short/key==');
    expect(out).toContain('"key":"[REDACTED]"');
    expect(out).toContain('0a1b2c3d-0000-4000-8000-000000000001');
  });

  it('removes client assertions and secrets from form bodies', () => {
    const form =
      'client_id=11111111-2222-3333-4444-555555555555&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer' +
      '&client_assertion=not.a.jwt.but.secret&client_secret=s3cr3t~value&grant_type=client_credentials';
    const out = scrub(form);
    expect(out).not.toContain('not.a.jwt.but.secret');
    expect(out).not.toContain('s3cr3t~value');
    expect(out).toContain('client_id=11111111-2222-3333-4444-555555555555');
    expect(out).toContain('grant_type=client_credentials');
  });

  it('removes long base64 runs (PFX, DER) and PEM blocks', () => {
    expect(scrub(`pfx=${PFX_B64};`)).toMatch(/^pfx=\[REDACTED \d+ base64 chars\];$/);
    const pem = `-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\nabc\n-----END PRIVATE KEY-----`;
    expect(scrub(`key:\n${pem}\nend`)).toBe('key:\n[REDACTED PEM]\nend');
  });

  it('removes password-, secret- and token-named fields', () => {
    const out = scrub(
      '{"certificatePassword":"p@ss\\"word","password": "hunter2","secretText":"abc","refresh_token":"rt","displayName":"exo-cba"}',
    );
    expect(out).not.toMatch(/p@ss|hunter2|"abc"|"rt"/);
    expect(out).toContain('"displayName":"exo-cba"');
  });

  it('removes encrypted secret values but keeps Graph collections and short values', () => {
    const out = scrub(
      '{"encrypted_value":"c2VhbGVkLWJveA==","key_id":"568250167242549743","value":"bXlzZWNyZXRlbmNyeXB0ZWR3aXRoc29kaXVtc2VhbGVkYm94"}',
    );
    expect(out).not.toContain('c2VhbGVkLWJveA==');
    expect(out).not.toContain('bXlzZWNyZXRlbmNyeXB0ZWR3aXRoc29kaXVtc2VhbGVkYm94');
    expect(out).toContain('"key_id":"568250167242549743"');
    expect(scrub('{"value":[{"id":"1"}]}')).toBe('{"value":[{"id":"1"}]}');
    expect(scrub('{"value":"Enabled"}')).toBe('{"value":"Enabled"}');
  });

  it('leaves ordinary Graph errors readable', () => {
    const text =
      '{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation.","innerError":{"date":"2024-05-08T10:24:33","request-id":"c1a4f1ab-1d3c-4a3c-9f3e-8a3e6c2b7d10"}}}';
    expect(scrub(text)).toBe(text);
  });
});

describe('redactUrl', () => {
  it('hides secret-looking query values and user info, keeps OData queries byte for byte', () => {
    expect(
      redactUrl(
        "https://graph.microsoft.com/v1.0/roleManagement/directory/roleAssignments?$filter=principalId eq 'abc'",
      ),
    ).toBe(
      "https://graph.microsoft.com/v1.0/roleManagement/directory/roleAssignments?$filter=principalId eq 'abc'",
    );
    expect(
      redactUrl('https://user:pw@example.com/x?sig=abc&token=def&audience=api%3A%2F%2FAzureADTokenExchange'),
    ).toBe('https://example.com/x?sig=***&token=***&audience=api%3A%2F%2FAzureADTokenExchange');
    expect(redactUrl(`https://example.com/cb?state=1&id=${JWT}`)).toBe(
      'https://example.com/cb?state=1&id=***',
    );
  });
});

describe('describeRequest', () => {
  it('formats one attempt', () => {
    expect(
      describeRequest({
        method: 'GET',
        url: 'https://graph.microsoft.com/v1.0/applications?x=1',
        status: 200,
        durationMs: 53.4,
        attempt: 1,
      }),
    ).toBe('GET https://graph.microsoft.com/v1.0/applications?x=1 → 200 in 53 ms (attempt 1)');
    expect(
      describeRequest({ method: 'POST', url: 'https://h/t?code=secret', error: 'ECONNRESET', attempt: 2 }),
    ).toBe('POST https://h/t?code=*** → ECONNRESET (attempt 2)');
  });
});

/** Which of exo-cba's secrets a run writes, and how their names compare. */
import { secretsToWrite } from '../../src/secrets/names.js';

describe('secretsToWrite', () => {
  const all = [
    'EXO_APP_ID',
    'EXO_APP_OBJECT_ID',
    'EXO_TENANT_ID',
    'EXO_ORGANIZATION',
    'EXO_CERTIFICATE',
    'EXO_CERTIFICATE_PASSWORD',
  ];

  test('steady state writes nothing', () => {
    expect(
      secretsToWrite({
        existing: new Set(all),
        prefix: 'EXO_',
        certificateChanged: false,
        identityChanged: false,
      }),
    ).toEqual({ writes: [] });
  });

  test('a rotation writes the certificate, and the password only when it could not keep it', () => {
    const plan = secretsToWrite({
      existing: new Set(all),
      prefix: 'EXO_',
      certificateChanged: true,
      identityChanged: false,
    });
    expect(plan.writes).toEqual([
      { name: 'EXO_CERTIFICATE', key: 'CERTIFICATE', reason: 'changed' },
      { name: 'EXO_CERTIFICATE_PASSWORD', key: 'CERTIFICATE_PASSWORD', reason: 'changed' },
    ]);
    // a rotation that kept the published password leaves that secret alone
    expect(
      secretsToWrite({
        existing: new Set(all),
        prefix: 'EXO_',
        certificateChanged: true,
        passwordChanged: false,
        identityChanged: false,
      }).writes.map((w) => w.name),
    ).toEqual(['EXO_CERTIFICATE']);
  });

  test('a new or adopted app writes the identity; missing secrets are always written', () => {
    const existing = new Set(['EXO_APP_ID', 'EXO_CERTIFICATE', 'EXO_CERTIFICATE_PASSWORD']);
    const plan = secretsToWrite({
      existing,
      prefix: 'EXO_',
      certificateChanged: false,
      identityChanged: true,
    });
    expect(plan.writes).toEqual([
      { name: 'EXO_APP_ID', key: 'APP_ID', reason: 'changed' },
      { name: 'EXO_APP_OBJECT_ID', key: 'APP_OBJECT_ID', reason: 'missing' },
      { name: 'EXO_TENANT_ID', key: 'TENANT_ID', reason: 'missing' },
      { name: 'EXO_ORGANIZATION', key: 'ORGANIZATION', reason: 'missing' },
    ]);
  });

  test('names compare case-insensitively, as GitHub stores them upper-case', () => {
    const plan = secretsToWrite({
      existing: new Set(all),
      prefix: 'exo_',
      certificateChanged: false,
      identityChanged: false,
    });
    expect(plan.writes).toEqual([]);
    expect(
      secretsToWrite({
        existing: new Set(),
        prefix: 'exo_',
        certificateChanged: false,
        identityChanged: false,
      }).writes[0],
    ).toEqual({
      name: 'EXO_APP_ID',
      key: 'APP_ID',
      reason: 'missing',
    });
  });
});

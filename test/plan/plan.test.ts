/**
 * The plan is a pure function of (settings, observed tenant, now): every certificate decision, the removal
 * rules, permissions / roles / consent steps and the secrets to write, table-driven, without HTTP.
 */
import { SECRET_KEYS } from '../../src/secrets/names.js';
import { describe, expect, it } from '@jest/globals';
import type { IssuedCertificate } from '../../src/certificate/certificate.js';
import { EXCHANGE_APP_ID } from '../../src/cloud.js';
import { InputError } from '../../src/action/errors.js';
import type { ObservedKey } from '../../src/keys/key.js';
import type { ObservedState } from '../../src/observe/observe.js';
import { keysToRemove, proofKey, type PruneContext } from '../../src/plan/keys.js';
import { describePlan, plan, resolvePermissions, type PlanSettings, type Step } from '../../src/plan/plan.js';

const DAY = 86_400_000;
const NOW = new Date('2026-06-01T12:00:00Z');
const MANAGE_AS_APP = 'dc50a0fb-09a3-484d-be87-e023b12c6440';
const FULL_ACCESS = 'dc890d15-9560-4a4c-9b7f-a736ec74ec40';
const GRAPH_APP = '00000003-0000-0000-c000-000000000000';
const EXCHANGE_ADMIN = { name: 'Exchange Administrator', templateId: '29232cdf-9323-42fd-ade2-1d097af3e4de' };
const GLOBAL_READER = { name: 'Global Reader', templateId: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451' };
const GRACE_MS = (600 + 15 * 60) * 1000;
const LINEAGE = 'aaaaaaaaaa';

const at = (offsetDays: number) => new Date(NOW.getTime() + offsetDays * DAY);
const thumb = (n: number) => n.toString(16).toUpperCase().padStart(40, '0');

/** An exo-cba (or foreign) key credential as observe() reports it. */
function key(
  n: number,
  startDays: number,
  endDays: number,
  options: { managed?: boolean; lineage?: string | null } = {},
): ObservedKey {
  const managed = options.managed ?? true;
  const lineage = options.lineage === null ? undefined : (options.lineage ?? LINEAGE);
  return {
    keyId: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`,
    type: 'AsymmetricX509Cert',
    usage: 'Verify',
    displayName: managed ? `exo-cba ${thumb(n)}${lineage ? ` ${lineage}` : ''}` : `CN=someone else's ${n}`,
    customKeyIdentifier: null,
    startDateTime: at(startDays).toISOString(),
    endDateTime: at(endDays).toISOString(),
    thumbprint: thumb(n),
    managed,
    ...(managed && lineage ? { lineage } : {}),
  };
}

/**
 * The opened `certificate` input: the plan reads its thumbprint, notAfter and password (only its length:
 * a rotation keeps a password of 32+ characters, as exo-cba issues them; a short one was set by hand).
 */
function input(n: number, endDays: number, password = 'short-hand-made'): IssuedCertificate {
  return { thumbprintSha1: thumb(n), notAfter: at(endDays), password } as IssuedCertificate;
}
const EXO_CBA_PASSWORD = 'x'.repeat(43);

const settings = (overrides: Partial<PlanSettings> = {}): PlanSettings => ({
  appName: 'Exchange Online Automation',
  appUniqueName: 'exchange-online-automation',
  permissions: ['Exchange.ManageAsApp'],
  roles: [EXCHANGE_ADMIN],
  exchangeRoleGroups: [],
  enableApp: false,
  certificateSubject: 'CN=Exchange Online Automation',
  certificateSubjectDefaulted: true,
  certificateValidityDays: 365,
  rotateBeforeDays: 30,
  keySize: 2048,
  forceRotate: false,
  verify: 'exchange',
  verifyTimeoutSeconds: 600,
  lineage: LINEAGE,
  ...overrides,
});

const exchange: ObservedState['exchange'] = {
  id: 'exo-sp',
  appId: EXCHANGE_APP_ID,
  displayName: 'Office 365 Exchange Online',
  accountEnabled: true,
  appRoles: [
    {
      id: MANAGE_AS_APP,
      value: 'Exchange.ManageAsApp',
      allowedMemberTypes: ['Application'],
      isEnabled: true,
    },
    { id: FULL_ACCESS, value: 'full_access_as_app', allowedMemberTypes: ['Application'], isEnabled: true },
    { id: 'delegated-id', value: 'EWS.AccessAsUser.All', allowedMemberTypes: ['User'], isEnabled: true },
    { id: 'disabled-id', value: 'Old.Permission', allowedMemberTypes: ['Application'], isEnabled: false },
  ],
};

/** A tenant where the app is fully set up (consent, role) with the given keys. */
function observed(
  keys: ObservedKey[],
  overrides: Partial<ObservedState> = {},
  app: Partial<NonNullable<ObservedState['app']>> = {},
): ObservedState {
  return {
    app: {
      id: 'app-object',
      appId: 'app-client',
      displayName: 'Exchange Online Automation',
      uniqueName: 'exchange-online-automation',
      signInAudience: 'AzureADMyOrg',
      tags: ['exo-cba'],
      requiredResourceAccess: [
        { resourceAppId: EXCHANGE_APP_ID, resourceAccess: [{ id: MANAGE_AS_APP, type: 'Role' }] },
      ],
      keyCredentials: keys,
      ...app,
    },
    servicePrincipal: {
      id: 'app-sp',
      appId: 'app-client',
      displayName: 'x',
      accountEnabled: true,
      appRoles: [],
    },
    exchange,
    appRoleAssignments: [
      { id: 'a1', appRoleId: MANAGE_AS_APP, principalId: 'app-sp', resourceId: exchange.id },
    ],
    roleAssignments: [
      { id: 'r1', principalId: 'app-sp', roleDefinitionId: EXCHANGE_ADMIN.templateId, directoryScopeId: '/' },
    ],
    organization: 'contoso.onmicrosoft.com',
    ...overrides,
  };
}

const empty: ObservedState = {
  exchange,
  appRoleAssignments: [],
  roleAssignments: [],
  organization: 'contoso.onmicrosoft.com',
};

const steps = (stages: Step[][]) => stages.flat();
const kinds = (stages: Step[][]) => stages.map((stage) => stage.map((s) => s.kind));
const removals = (stages: Step[][]) =>
  steps(stages).flatMap((s) => (s.kind === 'remove-certificates' ? s.keys : []));

describe('certificate decision', () => {
  // a key 300 days old with 65 days left; the input is that key unless a case says otherwise
  const registered = key(1, -300, 65);
  const cases: {
    name: string;
    settings?: Partial<PlanSettings>;
    keys?: ObservedKey[];
    noApp?: boolean;
    expected: Record<string, unknown>;
  }[] = [
    {
      name: 'reuses a registered input valid beyond rotate-before-days',
      settings: { certificate: input(1, 65) },
      expected: { action: 'reuse', thumbprint: thumb(1), expiresOn: at(65) },
    },
    {
      name: 'rotates when the app does not exist yet, whatever the input',
      settings: { certificate: input(1, 65) },
      noApp: true,
      expected: { action: 'rotate', reason: 'new-app' },
    },
    {
      name: 'rotates on force-rotate, replacing the registered input',
      settings: { certificate: input(1, 65), forceRotate: true },
      expected: { action: 'rotate', reason: 'forced', replaces: thumb(1) },
    },
    {
      name: 'rotates on force-rotate without an input (nothing named as replaced)',
      settings: { forceRotate: true },
      expected: { action: 'rotate', reason: 'forced', replaces: undefined },
    },
    {
      name: 'rotates without a certificate input (a private key cannot be read back)',
      expected: { action: 'rotate', reason: 'no-certificate-input' },
    },
    {
      name: 'rotates when the input is not registered on the app',
      settings: { certificate: input(9, 300) },
      expected: { action: 'rotate', reason: 'not-registered' },
    },
    {
      name: 'rotates when the input expires within rotate-before-days',
      settings: { certificate: input(1, 20) },
      keys: [key(1, -345, 20)],
      expected: { action: 'rotate', reason: 'expiring', replaces: thumb(1) },
    },
    {
      name: 'rotates exactly at the rotate-before-days boundary',
      settings: { certificate: input(1, 30) },
      keys: [key(1, -335, 30)],
      expected: { action: 'rotate', reason: 'expiring', replaces: thumb(1) },
    },
    {
      name: 'reuses one second past the boundary',
      settings: { certificate: input(1, 30 + 1 / 86_400) },
      keys: [key(1, -335, 30 + 1 / 86_400)],
      expected: { action: 'reuse', thumbprint: thumb(1) },
    },
    {
      name: 'honours a larger rotate-before-days',
      settings: { certificate: input(1, 65), rotateBeforeDays: 90 },
      expected: { action: 'rotate', reason: 'expiring', replaces: thumb(1) },
    },
    {
      name: 'takes the earlier of the certificate notAfter and the key endDateTime',
      settings: { certificate: input(1, 300) },
      keys: [key(1, -65, 10)],
      expected: { action: 'rotate', reason: 'expiring', replaces: thumb(1) },
    },
    {
      name: 'rotates an expired input and does not keep it as the replaced key',
      settings: { certificate: input(1, -1) },
      keys: [key(1, -366, -1)],
      expected: { action: 'rotate', reason: 'expired', replaces: undefined },
    },
    {
      name: 'reuses an input registered as a foreign key (it is valid and works)',
      settings: { certificate: input(5, 200) },
      keys: [key(5, -100, 200, { managed: false })],
      expected: { action: 'reuse', thumbprint: thumb(5) },
    },
  ];

  it.each(cases)('$name', ({ settings: s, keys, noApp, expected }) => {
    const state = noApp ? empty : observed(keys ?? [registered]);
    const result = plan(settings(s), state, NOW);
    for (const [field, value] of Object.entries(expected))
      expect((result.certificate as Record<string, unknown>)[field]).toEqual(value);
    const adds = steps(result.stages).filter((step) => step.kind === 'add-certificate');
    if (expected.action === 'reuse') expect(adds).toEqual([]);
    else expect(adds).toEqual([expect.objectContaining({ reason: expected.reason })]);
  });

  it('changes nothing and verifies nothing when the input is reused on a set-up app', () => {
    const result = plan(settings({ certificate: input(1, 65) }), observed([registered]), NOW);
    expect(result.stages).toEqual([]);
    expect(result.tenantChanges).toBe(false);
    expect(describePlan(result)).toEqual(['nothing to change']);
  });

  it('orders a rotation: add → verify → publish → remove', () => {
    const result = plan(
      settings({ certificate: input(2, 20), secretPrefix: 'EXO_' }),
      observed([key(1, -700, 10), key(2, -345, 20)], {
        existingSecrets: new Set(SECRET_KEYS.map((n) => `EXO_${n}`)),
      }),
      NOW,
    );
    expect(kinds(result.stages)).toEqual([
      ['add-certificate'],
      ['verify-certificate'],
      ['publish-secrets'],
      ['remove-certificates'],
    ]);
    expect(steps(result.stages)[0]).toEqual({
      kind: 'add-certificate',
      reason: 'expiring',
      subject: 'CN=Exchange Online Automation',
      validityDays: 365,
      keySize: 2048,
      replaces: thumb(2),
    });
    // the registered, valid input signs addKey's proof of possession
    expect(result.signer).toBe(thumb(2));
    expect(removals(result.stages)).toEqual([
      { keyId: key(1, 0, 0).keyId, thumbprint: thumb(1), reason: 'superseded' },
    ]);
    expect(describePlan(result)).toEqual([
      `1. add a new certificate (CN=Exchange Online Automation, RSA 2048, 365 days) because the input certificate expires soon; ${thumb(2)} stays registered`,
      '2. wait until Exchange Online accepts the certificate and role',
      '3. write GitHub secrets EXO_CERTIFICATE (changed), EXO_CERTIFICATE_PASSWORD (changed)',
      `4. remove exo-cba certificate(s) ${thumb(1)} (superseded)`,
    ]);
  });

  it.each(['exchange', 'token'] as const)(
    'verify: %s adds a verify-certificate step after a change',
    (mode) => {
      const result = plan(settings({ verify: mode }), observed([]), NOW);
      expect(steps(result.stages)).toContainEqual({ kind: 'verify-certificate', mode });
    },
  );

  it('verify: none adds no verification step', () => {
    const result = plan(settings({ verify: 'none' }), observed([]), NOW);
    expect(kinds(result.stages).flat()).not.toContain('verify-certificate');
    expect(result.tenantChanges).toBe(true);
  });
});

describe('the proof key for addKey/removeKey', () => {
  it('is the certificate input while it is registered and valid', () => {
    expect(proofKey(settings({ certificate: input(1, 200) }), [key(1, -165, 200)], NOW)).toBe(thumb(1));
  });
  it('is none when the input is not registered, has expired, or there is no input (first key, recovery)', () => {
    expect(proofKey(settings({ certificate: input(1, 200) }), [key(2, -165, 200)], NOW)).toBeUndefined();
    expect(proofKey(settings({ certificate: input(1, -1) }), [key(1, -366, -1)], NOW)).toBeUndefined();
    expect(proofKey(settings(), [key(1, -165, 200)], NOW)).toBeUndefined();
  });
  it('a first provisioning adds its key by PATCH; a rotation of a registered input by addKey', () => {
    const first = plan(settings(), observed([]), NOW);
    expect(steps(first.stages).some((s) => s.kind === 'add-certificate')).toBe(true);
    expect(first.signer).toBeUndefined();
  });
});

describe('removal of old keys (by lineage)', () => {
  type Case = {
    name: string;
    keys: ObservedKey[];
    context: Partial<PruneContext>;
    removed: [number, string][];
  };
  const rotating = (replaces?: number) => ({
    rotating: true,
    replaces: replaces === undefined ? undefined : thumb(replaces),
    inputThumbprint: replaces === undefined ? undefined : thumb(replaces),
  });
  const reusing = (current: number) => ({
    rotating: false,
    current: thumb(current),
    inputThumbprint: thumb(current),
  });
  const cases: Case[] = [
    {
      name: 'rotation: keeps the replaced input, removes older and expired keys of the lineage',
      keys: [key(1, -700, -1), key(2, -500, 10), key(3, -340, 25)],
      context: rotating(3),
      removed: [
        [1, 'expired'],
        [2, 'superseded'],
      ],
    },
    {
      name: 'rotation: a young key newer than the replaced one stays (a parallel run may still publish it)',
      keys: [key(1, -340, 25), key(2, -0.001, 365)],
      context: rotating(1),
      removed: [],
    },
    {
      name: 'rotation: an orphan newer than the replaced key is removed once older than the grace period',
      keys: [key(1, -340, 25), key(2, -2, 363)],
      context: rotating(1),
      removed: [[2, 'orphaned']],
    },
    {
      name: 'rotation: a superseded key is kept while the replaced key is younger than the grace period',
      keys: [key(1, -300, 65), key(2, -0.005, 365)],
      context: rotating(2),
      removed: [],
    },
    {
      name: 'rotation without an input: keeps the newest valid key of the lineage',
      keys: [key(1, -500, 10), key(2, -300, 65), key(3, -700, -5)],
      context: rotating(),
      removed: [
        [3, 'expired'],
        [1, 'superseded'],
      ],
    },
    {
      name: 'a run that does not rotate removes only expired keys of its lineage',
      keys: [key(1, -600, 130), key(2, -400, -1), key(3, -100, 265), key(4, -2, 363)],
      context: reusing(3),
      removed: [[2, 'expired']],
    },
    {
      name: 'keys of another lineage are never removed, expired or not',
      keys: [
        key(1, -700, -1, { lineage: 'bbbbbbbbbb' }),
        key(2, -500, 10, { lineage: 'bbbbbbbbbb' }),
        key(3, -2, 363, { lineage: 'bbbbbbbbbb' }),
        key(4, -340, 25),
      ],
      context: rotating(4),
      removed: [],
    },
    {
      name: 'a key of another lineage is never taken as the replaced one',
      keys: [key(1, -300, 65, { lineage: 'bbbbbbbbbb' }), key(2, -400, 30)],
      context: rotating(1),
      removed: [],
    },
    {
      name: 'keys issued in the same second: the one later in the list is the newer',
      keys: [key(1, -1, 364), key(2, -1, 364)],
      context: rotating(),
      removed: [[1, 'superseded']],
    },
    {
      name: 'foreign keys are never removed, expired or not',
      keys: [key(1, -700, -1, { managed: false }), key(2, -500, 10, { managed: false }), key(3, -30, 335)],
      context: rotating(3),
      removed: [],
    },
    {
      name: 'a key written before lineages existed is adopted when it is the certificate input',
      keys: [key(1, -500, 10, { lineage: null }), key(2, -340, 25, { lineage: null })],
      context: rotating(2),
      removed: [],
    },
    {
      name: 'an adopted key is pruned like the lineage’s own; other untagged keys stay unless expired',
      keys: [
        key(1, -500, 10, { lineage: null }),
        key(2, -400, -1, { lineage: null }),
        key(3, -300, 65, { lineage: null }),
        key(4, -100, 265),
      ],
      context: { ...rotating(4), inputThumbprint: thumb(4) },
      removed: [[2, 'expired']],
    },
  ];

  it.each(cases)('$name', ({ keys, context, removed }) => {
    const result = keysToRemove(keys, {
      lineage: LINEAGE,
      rotating: false,
      graceMs: GRACE_MS,
      now: NOW,
      ...context,
    });
    expect(result.map((r) => [r.thumbprint, r.reason])).toEqual(removed.map(([n, why]) => [thumb(n), why]));
    for (const r of result) expect(keys.find((k) => k.thumbprint === r.thumbprint)?.keyId).toBe(r.keyId);
  });

  it('after a rotation the lineage keeps at most two keys (new + replaced) once the grace period is over', () => {
    const keys = [
      key(1, -700, -1),
      key(2, -500, 10),
      key(3, -340, 25),
      key(4, -1, 364),
      key(5, -200, 165, { managed: false }),
      key(6, -100, 265, { lineage: 'bbbbbbbbbb' }),
    ];
    const result = plan(settings({ certificate: input(3, 25) }), observed(keys), NOW);
    const gone = new Set(removals(result.stages).map((r) => r.thumbprint));
    const left = keys.filter((k) => k.managed && k.lineage === LINEAGE && !gone.has(k.thumbprint));
    expect(left.map((k) => k.thumbprint)).toEqual([thumb(3)]); // + the one added by this run = 2
    expect(gone.has(thumb(5))).toBe(false);
    expect(gone.has(thumb(6))).toBe(false);
  });

  it('parallel forced rotations holding the same input keep each other’s new keys', () => {
    // three runs rotated away from key 1 a moment ago: keys 2, 3 and 4; a fourth run plans now
    const keys = [key(1, -100, 265), key(2, -0.002, 365), key(3, -0.001, 365), key(4, -0.0005, 365)];
    const result = plan(settings({ certificate: input(1, 265), forceRotate: true }), observed(keys), NOW);
    expect(removals(result.stages)).toEqual([]);
  });

  describe('with the certificate secret’s last write time (secrets in use)', () => {
    const minutes = (m: number) => new Date(NOW.getTime() + m * 60_000);
    const orphan = () => key(2, -1, 364); // a day old: its run has long ended
    it('a run that does not rotate removes a key created after the last publication once its run has ended', () => {
      const result = keysToRemove([key(1, -100, 265), orphan()], {
        lineage: LINEAGE,
        ...reusing(1),
        graceMs: GRACE_MS,
        now: NOW,
        publishedAt: minutes(-2 * 24 * 60),
      });
      expect(result.map((r) => [r.thumbprint, r.reason])).toEqual([[thumb(2), 'orphaned']]);
    });
    it('a newer key written before the last publication may be the published one: kept (a stale consumer)', () => {
      const result = keysToRemove([key(1, -100, 265), orphan()], {
        lineage: LINEAGE,
        ...reusing(1),
        graceMs: GRACE_MS,
        now: NOW,
        publishedAt: minutes(-60),
      });
      expect(result).toEqual([]);
    });
    it('a young key created after the last publication may belong to a run in flight: kept', () => {
      const result = keysToRemove([key(1, -100, 265), key(2, -10 / 1440, 365)], {
        lineage: LINEAGE,
        ...reusing(1),
        graceMs: GRACE_MS,
        now: NOW,
        publishedAt: minutes(-60),
      });
      expect(result).toEqual([]);
    });
    it('the plan passes the secret’s write time from the observed state', () => {
      const result = plan(
        settings({ certificate: input(1, 200), secretPrefix: 'EXO_' }),
        {
          ...observed([key(1, -165, 200), orphan()]),
          existingSecrets: new Set(SECRET_KEYS.map((n) => `EXO_${n}`)),
          certificateWrittenAt: minutes(-3 * 24 * 60),
        },
        NOW,
      );
      expect(removals(result.stages).map((r) => [r.thumbprint, r.reason])).toEqual([[thumb(2), 'orphaned']]);
    });
  });

  it('the grace period is verify-timeout + 15 minutes', () => {
    const young = key(2, -(60 + 15 * 60) / 86_400 + 0.0001, 365); // just inside verify-timeout 60 s + 15 min
    const old = key(3, -(60 + 15 * 60) / 86_400 - 0.0001, 365);
    const result = plan(
      settings({ certificate: input(1, 200), verifyTimeoutSeconds: 60, forceRotate: true }),
      observed([key(1, -165, 200), young, old]),
      NOW,
    );
    expect(removals(result.stages).map((r) => [r.thumbprint, r.reason])).toEqual([[thumb(3), 'orphaned']]);
  });

  it('a reuse run that only removes expired keys does so without verifying (the published certificate is unchanged)', () => {
    const result = plan(
      settings({ certificate: input(2, 200) }),
      observed([key(1, -500, -1), key(2, -165, 200)]),
      NOW,
    );
    expect(kinds(result.stages)).toEqual([['remove-certificates']]);
    expect(result.certificate.action).toBe('reuse');
  });
});

describe('app, permissions, consent and roles', () => {
  it('plans a first provisioning on an empty tenant in dependency order', () => {
    const result = plan(settings(), empty, NOW);
    expect(kinds(result.stages)).toEqual([
      ['create-app'],
      ['create-service-principal', 'add-certificate'],
      ['grant-permission', 'assign-role'],
      ['verify-certificate'],
    ]);
    expect(steps(result.stages)[0]).toEqual({
      kind: 'create-app',
      uniqueName: 'exchange-online-automation',
      displayName: 'Exchange Online Automation',
      requiredResourceAccess: [
        { resourceAppId: EXCHANGE_APP_ID, resourceAccess: [{ id: MANAGE_AS_APP, type: 'Role' }] },
      ],
      permissions: ['Exchange.ManageAsApp'],
      // the role exo-cba assigns is recorded on the app from the start, so it can take it away later
      tags: [`exo-cba:role:${EXCHANGE_ADMIN.templateId}`],
    });
    expect(result.certificate).toEqual({ action: 'rotate', reason: 'new-app' });
  });

  it('adds a missing permission to requiredResourceAccess, keeping other resources untouched', () => {
    const graphAccess = { resourceAppId: GRAPH_APP, resourceAccess: [{ id: 'g1', type: 'Role' }] };
    const result = plan(
      settings({ permissions: ['Exchange.ManageAsApp', 'full_access_as_app'], certificate: input(1, 65) }),
      observed(
        [key(1, -300, 65)],
        {},
        {
          requiredResourceAccess: [
            graphAccess,
            { resourceAppId: EXCHANGE_APP_ID, resourceAccess: [{ id: MANAGE_AS_APP, type: 'Role' }] },
          ],
        },
      ),
      NOW,
    );
    expect(steps(result.stages)).toEqual([
      {
        kind: 'update-app-permissions',
        requiredResourceAccess: [
          graphAccess,
          {
            resourceAppId: EXCHANGE_APP_ID,
            resourceAccess: [
              { id: MANAGE_AS_APP, type: 'Role' },
              { id: FULL_ACCESS, type: 'Role' },
            ],
          },
        ],
        adds: ['full_access_as_app'],
      },
      { kind: 'grant-permission', permission: 'full_access_as_app', appRoleId: FULL_ACCESS },
      { kind: 'verify-certificate', mode: 'exchange' },
    ]);
  });

  it('adds the Exchange resource when the app requests nothing from Exchange yet', () => {
    const result = plan(
      settings({ certificate: input(1, 65) }),
      observed([key(1, -300, 65)], {}, { requiredResourceAccess: [] }),
      NOW,
    );
    expect(steps(result.stages)[0]).toMatchObject({
      kind: 'update-app-permissions',
      requiredResourceAccess: [
        { resourceAppId: EXCHANGE_APP_ID, resourceAccess: [{ id: MANAGE_AS_APP, type: 'Role' }] },
      ],
    });
  });

  it('creates a missing service principal, then consents and assigns the role', () => {
    const result = plan(
      settings({ certificate: input(1, 65) }),
      observed([key(1, -300, 65)], {
        servicePrincipal: undefined,
        appRoleAssignments: [],
        roleAssignments: [],
      }),
      NOW,
    );
    expect(kinds(result.stages)).toEqual([
      ['create-service-principal', 'tag-app'],
      ['grant-permission', 'assign-role'],
      ['verify-certificate'],
    ]);
  });

  it.each([
    {
      name: 'a consent to another resource does not count',
      assignments: [{ id: 'x', appRoleId: MANAGE_AS_APP, principalId: 'app-sp', resourceId: 'graph-sp' }],
      grants: ['Exchange.ManageAsApp'],
    },
    {
      name: 'an existing consent is not granted again',
      assignments: [{ id: 'x', appRoleId: MANAGE_AS_APP, principalId: 'app-sp', resourceId: exchange.id }],
      grants: [],
    },
  ])('consent: $name', ({ assignments, grants }) => {
    const result = plan(
      settings({ certificate: input(1, 65) }),
      observed([key(1, -300, 65)], { appRoleAssignments: assignments }),
      NOW,
    );
    const granted = steps(result.stages).flatMap((s) =>
      s.kind === 'grant-permission' ? [s.permission] : [],
    );
    expect(granted).toEqual(grants);
  });

  it.each([
    {
      name: 'a role assigned at a narrower scope does not count',
      assigned: [
        {
          id: 'r',
          principalId: 'app-sp',
          roleDefinitionId: EXCHANGE_ADMIN.templateId,
          directoryScopeId: '/administrativeUnits/x',
        },
      ],
      roles: [EXCHANGE_ADMIN],
      expected: ['Exchange Administrator'],
    },
    {
      name: 'only roles not yet assigned tenant-wide are assigned',
      assigned: [
        {
          id: 'r',
          principalId: 'app-sp',
          roleDefinitionId: EXCHANGE_ADMIN.templateId,
          directoryScopeId: '/',
        },
      ],
      roles: [EXCHANGE_ADMIN, GLOBAL_READER],
      expected: ['Global Reader'],
    },
    {
      name: 'no roles requested, none assigned',
      assigned: [],
      roles: [],
      expected: [],
    },
  ])('roles: $name', ({ assigned, roles, expected }) => {
    const result = plan(
      settings({ certificate: input(1, 65), roles }),
      observed([key(1, -300, 65)], { roleAssignments: assigned }),
      NOW,
    );
    const assigns = steps(result.stages).flatMap((s) => (s.kind === 'assign-role' ? [s.role.name] : []));
    expect(assigns).toEqual(expected);
  });

  it.each(['Mail.ReadWrite', 'EWS.AccessAsUser.All', 'Old.Permission'])(
    'an unknown, delegated-only or disabled permission %s is an InputError naming the choices',
    (name) => {
      const attempt = () => plan(settings({ permissions: [name] }), empty, NOW);
      expect(attempt).toThrow(InputError);
      expect(attempt).toThrow(
        /Input 'permissions': '.+' is not an application permission of Office 365 Exchange Online/,
      );
      expect(attempt).toThrow(/Use one of: Exchange\.ManageAsApp, full_access_as_app/);
    },
  );

  it('resolves permission names case-insensitively to the canonical value', () => {
    expect(resolvePermissions(['exchange.manageasapp'], exchange)).toEqual([
      { permission: 'Exchange.ManageAsApp', appRoleId: MANAGE_AS_APP },
    ]);
  });
});

describe('the app’s display name', () => {
  it('exo-cba’s own app follows app-name: a renamed input renames the app and nothing else', () => {
    const result = plan(
      settings({ appName: 'EXO Automation', certificate: input(1, 200) }),
      observed([key(1, -165, 200)]),
      NOW,
    );
    expect(steps(result.stages)).toEqual([
      { kind: 'rename-app', from: 'Exchange Online Automation', displayName: 'EXO Automation' },
      { kind: 'verify-certificate', mode: 'exchange' },
    ]);
    expect(describePlan(result)[0]).toBe(
      "1. rename the app from 'Exchange Online Automation' to 'EXO Automation'",
    );
  });

  it('an adopted app (app-id) keeps its own name', () => {
    const result = plan(
      settings({ appId: 'app-client', certificate: input(1, 200) }),
      observed([key(1, -165, 200)], {}, { displayName: 'Legacy scripts' }),
      NOW,
    );
    expect(result.stages).toEqual([]);
  });

  const newSubject = (result: ReturnType<typeof plan>) =>
    steps(result.stages).flatMap((s) => (s.kind === 'add-certificate' ? [s.subject] : []));

  it("an adopted app's new certificate is named after the app, unless certificate-subject was given", () => {
    const adopted = observed([], {}, { displayName: 'Legacy, scripts' });
    expect(newSubject(plan(settings({ appId: 'app-client' }), adopted, NOW))).toEqual([
      'CN=Legacy\\, scripts',
    ]);
    const explicit = settings({
      appId: 'app-client',
      certificateSubject: 'CN=Ops, O=Contoso',
      certificateSubjectDefaulted: false,
    });
    expect(newSubject(plan(explicit, adopted, NOW))).toEqual(['CN=Ops, O=Contoso']);
  });

  it("exo-cba's own app follows app-name, in its name and its certificate's subject", () => {
    const renamed = observed([], {}, { displayName: 'Old name' });
    expect(newSubject(plan(settings(), renamed, NOW))).toEqual(['CN=Exchange Online Automation']);
  });
});

describe('access beyond the inputs', () => {
  it('a role or Exchange permission no longer in the inputs is reported, not removed', () => {
    const state = observed([key(1, -165, 200)], {
      roleAssignments: [
        {
          id: 'r1',
          principalId: 'app-sp',
          roleDefinitionId: EXCHANGE_ADMIN.templateId,
          directoryScopeId: '/',
        },
        {
          id: 'r2',
          principalId: 'app-sp',
          roleDefinitionId: '31392ffb-586c-42d1-9346-e59415a2cc4e',
          directoryScopeId: '/',
        },
      ],
    });
    const result = plan(
      settings({
        certificate: input(1, 200),
        roles: [
          { name: 'Exchange Recipient Administrator', templateId: '31392ffb-586c-42d1-9346-e59415a2cc4e' },
        ],
      }),
      state,
      NOW,
    );
    expect(result.stages).toEqual([]);
    expect(result.notes).toEqual([
      expect.stringMatching(/also holds the directory role Exchange Administrator, which is not in 'roles'/),
    ]);
  });

  it('nothing to say when the app holds exactly what the inputs ask', () => {
    expect(plan(settings({ certificate: input(1, 200) }), observed([key(1, -165, 200)]), NOW).notes).toEqual(
      [],
    );
  });
});

describe('secrets to write', () => {
  const all = (prefix: string) => new Set(SECRET_KEYS.map((n) => `${prefix}${n}`));
  const names = (stages: Step[][]) =>
    steps(stages).flatMap((s) =>
      s.kind === 'publish-secrets' ? s.names.map((n) => `${n.name}:${n.reason}`) : [],
    );

  it('the six secret names: only independent facts, no thumbprint', () => {
    expect(SECRET_KEYS).toEqual([
      'APP_ID',
      'APP_OBJECT_ID',
      'TENANT_ID',
      'ORGANIZATION',
      'CERTIFICATE',
      'CERTIFICATE_PASSWORD',
    ]);
  });

  it.each([
    {
      name: 'a new app writes all six (missing)',
      state: () => ({ ...empty, existingSecrets: new Set<string>() }),
      settings: {},
      expected: SECRET_KEYS.map((n) => `EXO_${n}:missing`),
    },
    {
      name: 'reuse with every secret present writes nothing',
      state: () => observed([key(1, -300, 65)], { existingSecrets: all('EXO_') }),
      settings: { certificate: input(1, 65) },
      expected: [],
    },
    {
      name: 'reuse writes only the missing ones',
      state: () =>
        observed([key(1, -300, 65)], {
          existingSecrets: new Set(['EXO_APP_ID', 'EXO_CERTIFICATE', 'EXO_TENANT_ID']),
        }),
      settings: { certificate: input(1, 65) },
      expected: ['EXO_APP_OBJECT_ID:missing', 'EXO_ORGANIZATION:missing', 'EXO_CERTIFICATE_PASSWORD:missing'],
    },
    {
      name: 'a rotation rewrites the certificate secrets and adds missing ones',
      state: () =>
        observed([key(1, -345, 20)], {
          existingSecrets: new Set(['EXO_APP_ID', 'EXO_CERTIFICATE', 'EXO_CERTIFICATE_PASSWORD']),
        }),
      settings: { certificate: input(1, 20) },
      expected: [
        'EXO_APP_OBJECT_ID:missing',
        'EXO_TENANT_ID:missing',
        'EXO_ORGANIZATION:missing',
        'EXO_CERTIFICATE:changed',
        'EXO_CERTIFICATE_PASSWORD:changed',
      ],
    },
    {
      name: "a rotation from exo-cba's own certificate keeps its password: EXO_CERTIFICATE_PASSWORD is not rewritten",
      state: () => observed([key(1, -345, 20)], { existingSecrets: all('EXO_') }),
      settings: { certificate: input(1, 20, EXO_CBA_PASSWORD) },
      expected: ['EXO_CERTIFICATE:changed'],
    },
    {
      name: 'the prefix is applied to every name',
      state: () => observed([key(1, -300, 65)], { existingSecrets: all('EXO_') }),
      settings: { certificate: input(1, 65), secretPrefix: 'PROD_EXO_' },
      expected: SECRET_KEYS.map((n) => `PROD_EXO_${n}:missing`),
    },
  ])('$name', ({ state, settings: s, expected }) => {
    const result = plan(settings({ secretPrefix: 'EXO_', ...s }), state(), NOW);
    expect(names(result.stages)).toEqual(expected);
  });

  it('a thumbprint secret an earlier version wrote is deleted', () => {
    const result = plan(
      settings({ secretPrefix: 'EXO_', certificate: input(1, 65) }),
      observed([key(1, -300, 65)], {
        existingSecrets: all('EXO_'),
        legacySecrets: ['EXO_CERTIFICATE_THUMBPRINT'],
      }),
      NOW,
    );
    expect(steps(result.stages)).toContainEqual(
      expect.objectContaining({ kind: 'delete-secrets', names: ['EXO_CERTIFICATE_THUMBPRINT'] }),
    );
  });

  it('a rotation without the published password stops before any change: the password stays', () => {
    expect(() =>
      plan(
        settings({ secretPrefix: 'EXO_' }),
        observed([key(1, -300, 65)], { existingSecrets: all('EXO_') }),
        NOW,
      ),
    ).toThrow(
      /Input 'certificate-password': is empty, but secret EXO_CERTIFICATE_PASSWORD exists: a new certificate keeps the published password/,
    );
  });

  it('no github-token: no publish step', () => {
    const result = plan(settings(), { ...empty, existingSecrets: undefined }, NOW);
    expect(kinds(result.stages).flat()).not.toContain('publish-secrets');
  });
});

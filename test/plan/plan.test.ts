/**
 * The plan is a pure function of (settings, observed tenant, now): every certificate decision, the removal
 * rules, permissions / roles / consent steps and the secrets to write, table-driven, without HTTP.
 */
import { SECRET_KEYS } from '../../src/secrets/names.js';
import { describe, expect, it } from '@jest/globals';
import type { IssuedCertificate } from '../../src/certificate/certificate.js';
import { EXCHANGE_APP_ID } from '../../src/cloud.js';
import { InputError } from '../../src/action/errors.js';
import type { ObservedKey, ObservedState } from '../../src/observe/observe.js';
import {
  describePlan,
  keysToRemove,
  plan,
  resolvePermissions,
  type PlanSettings,
  type Step,
} from '../../src/plan/plan.js';

const DAY = 86_400_000;
const NOW = new Date('2026-06-01T12:00:00Z');
const MANAGE_AS_APP = 'dc50a0fb-09a3-484d-be87-e023b12c6440';
const FULL_ACCESS = 'dc890d15-9560-4a4c-9b7f-a736ec74ec40';
const GRAPH_APP = '00000003-0000-0000-c000-000000000000';
const EXCHANGE_ADMIN = { name: 'Exchange Administrator', templateId: '29232cdf-9323-42fd-ade2-1d097af3e4de' };
const GLOBAL_READER = { name: 'Global Reader', templateId: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451' };
const GRACE_MS = (600 + 15 * 60) * 1000;

const at = (offsetDays: number) => new Date(NOW.getTime() + offsetDays * DAY);
const thumb = (n: number) => n.toString(16).toUpperCase().padStart(40, '0');

/** An exo-cba (or foreign) key credential as observe() reports it. */
function key(
  n: number,
  startDays: number,
  endDays: number,
  options: { managed?: boolean } = {},
): ObservedKey {
  const managed = options.managed ?? true;
  return {
    keyId: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`,
    type: 'AsymmetricX509Cert',
    usage: 'Verify',
    displayName: managed ? `exo-cba ${thumb(n)}` : `CN=someone else's ${n}`,
    customKeyIdentifier: null,
    startDateTime: at(startDays).toISOString(),
    endDateTime: at(endDays).toISOString(),
    thumbprint: thumb(n),
    managed,
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
  certificateSubject: 'CN=Exchange Online Automation',
  certificateValidityDays: 365,
  rotateBeforeDays: 30,
  keySize: 2048,
  forceRotate: false,
  verify: 'exchange',
  verifyTimeoutSeconds: 600,
  ...overrides,
});

const exchange: ObservedState['exchange'] = {
  id: 'exo-sp',
  appId: EXCHANGE_APP_ID,
  displayName: 'Office 365 Exchange Online',
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
      requiredResourceAccess: [
        { resourceAppId: EXCHANGE_APP_ID, resourceAccess: [{ id: MANAGE_AS_APP, type: 'Role' }] },
      ],
      keyCredentials: keys,
      ...app,
    },
    servicePrincipal: { id: 'app-sp', appId: 'app-client', displayName: 'x', appRoles: [] },
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
    expect(removals(result.stages)).toEqual([
      { keyId: key(1, 0, 0).keyId, thumbprint: thumb(1), reason: 'superseded' },
    ]);
    expect(describePlan(result)).toEqual([
      `1. add a new certificate (CN=Exchange Online Automation, RSA 2048, 365 days) because the input certificate expires soon; ${thumb(2)} stays registered`,
      '2. wait until Exchange Online accepts the certificate and role',
      '3. write GitHub secrets EXO_CERTIFICATE (changed), EXO_CERTIFICATE_PASSWORD (changed), EXO_CERTIFICATE_THUMBPRINT (changed)',
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

describe('removal of old keys', () => {
  const grace = GRACE_MS;
  type Case = {
    name: string;
    keys: ObservedKey[];
    current: { thumbprint?: string; start: number; replaces?: string };
    removed: [number, string][];
  };
  const nowStart = NOW.getTime();
  const cases: Case[] = [
    {
      name: 'rotation: keeps the replaced input, removes older and expired exo-cba keys',
      keys: [key(1, -700, -1), key(2, -500, 10), key(3, -340, 25)],
      current: { start: nowStart, replaces: thumb(3) },
      removed: [
        [1, 'expired'],
        [2, 'superseded'],
      ],
    },
    {
      name: 'rotation: the replaced input stays even when a younger orphan exists; the young orphan stays too',
      keys: [key(1, -340, 25), key(2, -0.001, 365)],
      current: { start: nowStart, replaces: thumb(1) },
      removed: [],
    },
    {
      name: 'rotation: an orphan newer than the replaced key is removed once older than the grace period',
      keys: [key(1, -340, 25), key(2, -2, 363)],
      current: { start: nowStart, replaces: thumb(1) },
      removed: [[2, 'orphaned']],
    },
    {
      name: 'rotation without a known replaced key: keeps the newest valid exo-cba key',
      keys: [key(1, -500, 10), key(2, -300, 65), key(3, -700, -5)],
      current: { start: nowStart },
      removed: [
        [1, 'superseded'],
        [3, 'expired'],
      ],
    },
    {
      name: 'reuse: keeps the current key and the one it replaced, removes older ones',
      keys: [key(1, -600, 130), key(2, -400, 330), key(3, -100, 265)],
      current: { thumbprint: thumb(3), start: at(-100).getTime() },
      removed: [[1, 'superseded']],
    },
    {
      name: 'reuse: an expired predecessor is removed and not kept as the replaced key',
      keys: [key(1, -400, -35), key(2, -20, 345)],
      current: { thumbprint: thumb(2), start: at(-20).getTime() },
      removed: [[1, 'expired']],
    },
    {
      name: 'reuse: a key newer than the current one is left alone within the grace period',
      keys: [key(1, -100, 265), key(2, -0.01, 365)],
      current: { thumbprint: thumb(1), start: at(-100).getTime() },
      removed: [],
    },
    {
      name: 'reuse: a key newer than the current one is removed as orphaned after the grace period',
      keys: [key(1, -100, 265), key(2, -1, 364)],
      current: { thumbprint: thumb(1), start: at(-100).getTime() },
      removed: [[2, 'orphaned']],
    },
    {
      name: 'keys issued in the same second: the one later in the list is the newer',
      keys: [key(1, -0.001, 365), key(2, -0.001, 365)],
      current: { start: nowStart },
      removed: [[1, 'superseded']],
    },
    {
      name: 'foreign keys are never removed, expired or not',
      keys: [key(1, -700, -1, { managed: false }), key(2, -500, 10, { managed: false }), key(3, -30, 335)],
      current: { thumbprint: thumb(3), start: at(-30).getTime() },
      removed: [],
    },
    {
      name: 'a foreign key is never taken as the replaced one',
      keys: [key(1, -300, 65, { managed: false }), key(2, -400, 30)],
      current: { start: nowStart, replaces: thumb(1) },
      removed: [],
    },
  ];

  it.each(cases)('$name', ({ keys, current, removed }) => {
    const result = keysToRemove(keys, current, grace, NOW);
    expect(result.map((r) => [r.thumbprint, r.reason])).toEqual(removed.map(([n, why]) => [thumb(n), why]));
    for (const r of result) expect(keys.find((k) => k.thumbprint === r.thumbprint)?.keyId).toBe(r.keyId);
  });

  it('after a rotation the plan leaves at most two exo-cba keys (new + replaced) once orphans age out', () => {
    const keys = [
      key(1, -700, -1),
      key(2, -500, 10),
      key(3, -340, 25),
      key(4, -1, 364),
      key(5, -200, 165, { managed: false }),
    ];
    const result = plan(settings({ certificate: input(3, 25) }), observed(keys), NOW);
    const gone = new Set(removals(result.stages).map((r) => r.thumbprint));
    const left = keys.filter((k) => k.managed && !gone.has(k.thumbprint));
    expect(left.map((k) => k.thumbprint)).toEqual([thumb(3)]); // + the one added by this run = 2
    expect(gone.has(thumb(5))).toBe(false);
  });

  describe('with the certificate secret’s last write time (secrets in use)', () => {
    const minutes = (m: number) => new Date(NOW.getTime() + m * 60_000);
    // key(n, daysFromNow, …): a key started at NOW + days, i.e. created 5 minutes after its start
    const young = () => key(2, -10 / 1440, 365); // created 5 minutes ago
    it('a young orphan created after the last publication was never published: removed at once', () => {
      const result = keysToRemove(
        [key(1, -340, 25), young()],
        { start: NOW.getTime(), replaces: thumb(1) },
        GRACE_MS,
        NOW,
        minutes(-60),
      );
      expect(result.map((r) => [r.thumbprint, r.reason])).toEqual([[thumb(2), 'orphaned']]);
    });
    it('a young key written before the last publication may be the published one: kept within the grace period', () => {
      const result = keysToRemove(
        [key(1, -340, 25), young()],
        { start: NOW.getTime(), replaces: thumb(1) },
        GRACE_MS,
        NOW,
        minutes(-1),
      );
      expect(result).toEqual([]);
    });
    it('within two minutes of the publication the key is kept (clocks differ)', () => {
      const result = keysToRemove(
        [key(1, -340, 25), young()],
        { start: NOW.getTime(), replaces: thumb(1) },
        GRACE_MS,
        NOW,
        minutes(-6),
      );
      expect(result).toEqual([]);
    });
    it('a run that does not rotate keeps the young key (it may belong to a rotation still in flight)', () => {
      const result = plan(
        settings({ certificate: input(1, 200), secretPrefix: 'EXO_' }),
        {
          ...observed([key(1, -165, 200), young()]),
          existingSecrets: new Set(SECRET_KEYS.map((n) => `EXO_${n}`)),
          certificateWrittenAt: minutes(-60),
        },
        NOW,
      );
      expect(result.certificate.action).toBe('reuse');
      expect(removals(result.stages)).toEqual([]);
    });
    it('the plan passes the secret’s write time from the observed state', () => {
      const result = plan(
        settings({ certificate: input(1, 25), secretPrefix: 'EXO_' }),
        {
          ...observed([key(1, -340, 25), young()]),
          existingSecrets: new Set(),
          certificateWrittenAt: minutes(-60),
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
      settings({ certificate: input(1, 200), verifyTimeoutSeconds: 60 }),
      observed([key(1, -165, 200), young, old]),
      NOW,
    );
    expect(removals(result.stages).map((r) => [r.thumbprint, r.reason])).toEqual([[thumb(3), 'orphaned']]);
  });

  it('a reuse run that only cleans up removes keys without verifying (the published certificate is unchanged)', () => {
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
      ['create-service-principal'],
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

  it('the six secret names', () => {
    expect(SECRET_KEYS).toEqual([
      'APP_ID',
      'TENANT_ID',
      'ORGANIZATION',
      'CERTIFICATE',
      'CERTIFICATE_PASSWORD',
      'CERTIFICATE_THUMBPRINT',
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
      expected: [
        'EXO_ORGANIZATION:missing',
        'EXO_CERTIFICATE_PASSWORD:missing',
        'EXO_CERTIFICATE_THUMBPRINT:missing',
      ],
    },
    {
      name: 'a rotation rewrites the certificate secrets and adds missing ones',
      state: () =>
        observed([key(1, -345, 20)], {
          existingSecrets: new Set(['EXO_APP_ID', 'EXO_CERTIFICATE', 'EXO_CERTIFICATE_PASSWORD']),
        }),
      settings: { certificate: input(1, 20) },
      expected: [
        'EXO_TENANT_ID:missing',
        'EXO_ORGANIZATION:missing',
        'EXO_CERTIFICATE:changed',
        'EXO_CERTIFICATE_PASSWORD:changed',
        'EXO_CERTIFICATE_THUMBPRINT:missing',
      ],
    },
    {
      name: "a rotation from exo-cba's own certificate keeps its password: EXO_CERTIFICATE_PASSWORD is not rewritten",
      state: () => observed([key(1, -345, 20)], { existingSecrets: all('EXO_') }),
      settings: { certificate: input(1, 20, EXO_CBA_PASSWORD) },
      expected: ['EXO_CERTIFICATE:changed', 'EXO_CERTIFICATE_THUMBPRINT:changed'],
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

  it('no github-token: no publish step', () => {
    const result = plan(settings(), { ...empty, existingSecrets: undefined }, NOW);
    expect(kinds(result.stages).flat()).not.toContain('publish-secrets');
  });
});

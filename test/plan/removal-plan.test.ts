/** The removal plan is a pure function of (settings, observed tenant and secrets). */
import { describe, expect, it } from '@jest/globals';
import type { ObservedKey } from '../../src/keys/key.js';
import {
  describeRemoval,
  planRemoval,
  type RemovalObserved,
  type RemovalSettings,
} from '../../src/plan/removal-plan.js';

const MANAGE_AS_APP = 'dc50a0fb-09a3-484d-be87-e023b12c6440';
const FULL_ACCESS = 'dc890d15-9560-4a4c-9b7f-a736ec74ec40';
const EXCHANGE_ADMIN = { name: 'Exchange Administrator', templateId: '29232cdf-9323-42fd-ade2-1d097af3e4de' };
const GLOBAL_READER = 'f2ef992c-3afb-46b9-b7cf-a126ee74c451';
const thumb = (n: number) => n.toString(16).toUpperCase().padStart(40, '0');

function key(n: number, managed: boolean, lineage?: string): ObservedKey {
  return {
    keyId: `k${n}`,
    type: 'AsymmetricX509Cert',
    usage: 'Verify',
    displayName: managed ? `exo-cba ${thumb(n)}${lineage ? ` ${lineage}` : ''}` : 'CN=by hand',
    customKeyIdentifier: null,
    startDateTime: '2026-01-01T00:00:00Z',
    endDateTime: '2027-01-01T00:00:00Z',
    thumbprint: thumb(n),
    managed,
    ...(lineage ? { lineage } : {}),
  };
}

const settings: RemovalSettings = {
  roles: [EXCHANGE_ADMIN],
  permissions: ['Exchange.ManageAsApp'],
  secretPrefix: 'EXO_',
};

function tenant(): RemovalObserved {
  const exchange = {
    id: 'exo-sp',
    appId: '00000002-0000-0ff1-ce00-000000000000',
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
    ],
  };
  return {
    app: {
      id: 'app-object',
      appId: 'app-client',
      displayName: 'Exchange Online Automation',
      signInAudience: 'AzureADMyOrg',
      tags: ['exo-cba'],
      requiredResourceAccess: [],
      keyCredentials: [key(1, true, 'aaaaaaaaaa'), key(2, true, 'bbbbbbbbbb'), key(3, false)],
    },
    servicePrincipal: { id: 'sp', appId: 'app-client', displayName: 'x', accountEnabled: true, appRoles: [] },
    exchange,
    appRoleAssignments: [
      { id: 'c1', appRoleId: MANAGE_AS_APP, principalId: 'sp', resourceId: 'exo-sp' },
      { id: 'c2', appRoleId: FULL_ACCESS, principalId: 'sp', resourceId: 'exo-sp' },
    ],
    roleAssignments: [
      { id: 'r1', principalId: 'sp', roleDefinitionId: EXCHANGE_ADMIN.templateId, directoryScopeId: '/' },
      { id: 'r2', principalId: 'sp', roleDefinitionId: GLOBAL_READER, directoryScopeId: '/' },
    ],
    federatedCredentials: [
      {
        id: 'f1',
        name: 'exo-cba-consumer',
        issuer: 'https://token.actions.githubusercontent.com',
        subject: 's',
        audiences: ['api://AzureADTokenExchange'],
      },
      {
        id: 'f2',
        name: 'by-hand',
        issuer: 'https://token.actions.githubusercontent.com',
        subject: 't',
        audiences: ['api://AzureADTokenExchange'],
      },
    ],
    existingSecrets: new Set(['EXO_APP_ID', 'EXO_CERTIFICATE', 'OTHER_SECRET']),
  };
}

describe('planRemoval', () => {
  it("exo-cba's own app: roles and consent in the inputs first, then the app, then the secrets", () => {
    const plan = planRemoval(settings, tenant());
    expect(plan.stages.map((s) => s.map((step) => step.kind))).toEqual([
      ['remove-role', 'revoke-permission'],
      ['delete-app'],
      ['delete-secrets'],
    ]);
    expect(plan.stages[1][0]).toMatchObject({ objectId: 'app-object', foreignKeys: 1 });
    expect(plan.stages[2][0]).toEqual({ kind: 'delete-secrets', names: ['EXO_APP_ID', 'EXO_CERTIFICATE'] });
    expect(plan.kept.join('\n')).toMatch(/Global Reader.*not in 'roles'/);
    expect(plan.kept.join('\n')).toMatch(new RegExp(`permission ${FULL_ACCESS}`));
  });

  it('an adopted app is stripped, never deleted: exo-cba keys of every lineage and its credentials go', () => {
    const adopted = tenant();
    adopted.app!.tags = [];
    const plan = planRemoval(settings, adopted);
    const steps = plan.stages.flat();
    expect(steps.some((s) => s.kind === 'delete-app')).toBe(false);
    expect(steps.find((s) => s.kind === 'remove-keys')).toMatchObject({
      keys: [{ keyId: 'k1' }, { keyId: 'k2' }],
    });
    expect(steps.filter((s) => s.kind === 'remove-federated-credential')).toEqual([
      { kind: 'remove-federated-credential', id: 'f1', name: 'exo-cba-consumer' },
    ]);
    expect(plan.kept.join('\n')).toMatch(/never deleted/);
    expect(plan.kept.join('\n')).toMatch(/CN=by hand.*not written by exo-cba/);
    expect(plan.kept.join('\n')).toMatch(/by-hand: not added by exo-cba/);
  });

  it('nothing left: an empty plan that says so', () => {
    const plan = planRemoval(settings, {
      ...tenant(),
      app: undefined,
      servicePrincipal: undefined,
      appRoleAssignments: [],
      roleAssignments: [],
      federatedCredentials: [],
      existingSecrets: new Set(),
    });
    expect(plan.stages).toEqual([]);
    expect(describeRemoval(plan)).toEqual(['nothing to remove: exo-cba left nothing here']);
  });

  it('without github-token the secrets are not touched', () => {
    const plan = planRemoval(
      { ...settings, secretPrefix: undefined },
      { ...tenant(), existingSecrets: undefined },
    );
    expect(plan.stages.flat().some((s) => s.kind === 'delete-secrets')).toBe(false);
  });
});

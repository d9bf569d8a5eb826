/**
 * Least privilege for the managed app: Exchange role groups instead of a tenant-wide directory role
 * (exchange-role-groups, run by the provisioning app through Exchange's admin API), and the emergency revoke.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { DIRECTORY_ROLES, startEmulator, type Emulator, type RequestLogEntry } from '../emulator/index.js';
import { failureOf, graphWrites, rotateInputs, runEntryOn, runOn, since } from '../support/e2e.js';
import { managedApp } from '../support/tenant-keys.js';

let emulator: Emulator;
beforeEach(async () => {
  emulator = await startEmulator();
});
afterEach(() => emulator.close());

/** The cmdlets a run sent to Exchange's InvokeCommand, in order. */
const cmdlets = (requests: RequestLogEntry[]) =>
  requests
    .filter((r) => r.service === 'exchange' && r.method === 'POST' && r.status < 300)
    .map((r) => (r.requestBody as { CmdletInput?: { CmdletName?: string } }).CmdletInput?.CmdletName ?? '');
const changesInExchange = (requests: RequestLogEntry[]) =>
  cmdlets(requests).filter((c) => /^(New|Add|Remove|Set)-/.test(c));

const spOf = () => emulator.state.servicePrincipalByAppId(managedApp(emulator).appId)!;
const groupsOf = (spId: string) =>
  [...emulator.state.roleGroups.entries()].filter(([, members]) => members.has(spId)).map(([g]) => g);

describe('exchange-role-groups', () => {
  const inputs = { roles: '', 'exchange-role-groups': 'Recipient Management' };

  it('leaves the app with no directory role, registered in Exchange and in the group; Exchange answers it; a second run changes nothing; remove takes it away', async () => {
    emulator.state.makeProvisioningAppExchangeAdmin();
    emulator.setReplication({ exchangeSpMs: 2000 }); // Exchange learns of the new service principal a bit later
    const first = await runOn(emulator, inputs);
    expect(failureOf(first)).toBe('');
    const sp = spOf();
    expect(emulator.state.directoryRoles(sp.id)).toEqual([]);
    expect(emulator.state.exchangeServicePrincipals.get(sp.id)).toMatchObject({
      appId: sp.appId,
      objectId: sp.id,
    });
    expect(groupsOf(sp.id)).toEqual(['Recipient Management']);
    expect(first.outputs.verified).toBe('exchange');
    expect(first.stdout).toMatch(
      /add the app's service principal to Exchange role group Recipient Management/,
    );

    const mark = emulator.requests.length;
    const second = await runOn(emulator, {
      ...inputs,
      certificate: first.outputs.certificate,
      'certificate-password': first.outputs['certificate-password'],
    });
    expect(failureOf(second)).toBe('');
    expect(second.outputs.changed).toBe('false');
    expect(graphWrites(since(emulator, mark))).toEqual([]);
    expect(changesInExchange(since(emulator, mark))).toEqual([]);

    // the job's own view: the app, with its certificate, may run a Recipient Management cmdlet
    const removal = await runEntryOn(emulator, 'remove', {
      'tenant-id': emulator.state.tenantId,
      'client-id': emulator.state.provisioningApp.appId,
      'app-id': sp.appId,
    });
    expect(failureOf(removal)).toBe('');
    expect(removal.stdout).toMatch(/took the app out of Exchange role group Recipient Management/);
    expect(emulator.state.exchangeServicePrincipals.has(sp.id)).toBe(false);
    expect(groupsOf(sp.id)).toEqual([]);
  });

  it('converges: a group exo-cba added and the inputs no longer name is left, shown in the plan first', async () => {
    emulator.state.makeProvisioningAppExchangeAdmin();
    const both = {
      roles: '',
      'exchange-role-groups': 'Recipient Management, View-Only Organization Management',
    };
    const first = await runOn(emulator, both);
    expect(failureOf(first)).toBe('');
    expect(groupsOf(spOf().id).sort()).toEqual(['Recipient Management', 'View-Only Organization Management']);
    const again = {
      certificate: first.outputs.certificate,
      'certificate-password': first.outputs['certificate-password'],
    };
    const dry = await runOn(emulator, { ...inputs, ...again, 'dry-run': 'true' });
    expect(dry.stdout).toMatch(
      /take the app's service principal out of Exchange role group View-Only Organization Management \(exo-cba added it; no longer asked for\)/,
    );
    expect(groupsOf(spOf().id)).toHaveLength(2);
    const narrowed = await runOn(emulator, { ...inputs, ...again });
    expect(failureOf(narrowed)).toBe('');
    expect(groupsOf(spOf().id)).toEqual(['Recipient Management']);
  });

  it('migrating from a directory role: the role exo-cba assigned goes after publishing, one someone else assigned stays', async () => {
    emulator.state.makeProvisioningAppExchangeAdmin();
    const first = await runOn(emulator); // roles: Exchange Administrator, the default
    expect(failureOf(first)).toBe('');
    const sp = spOf();
    emulator.state.addRoleAssignment(sp.id, DIRECTORY_ROLES['Global Reader']);
    const migrated = await runOn(emulator, {
      ...inputs,
      certificate: first.outputs.certificate,
      'certificate-password': first.outputs['certificate-password'],
    });
    expect(failureOf(migrated)).toBe('');
    expect(migrated.stdout).toMatch(
      /remove directory role Exchange Administrator from the app \(exo-cba assigned it; no longer in 'roles'\)/,
    );
    expect(migrated.stdout).toMatch(
      /directory role Global Reader, which is not in 'roles' and which exo-cba did not assign: it is left/,
    );
    expect(emulator.state.directoryRoles(sp.id)).toEqual([DIRECTORY_ROLES['Global Reader']]);
    expect(groupsOf(sp.id)).toEqual(['Recipient Management']);
    expect(managedApp(emulator).tags).toEqual(['exo-cba', 'exo-cba:role-group:Recipient Management']);
  });

  it('a provisioning app without Exchange rights is told what it needs, before anything changes in Exchange', async () => {
    const first = await runOn(emulator, inputs);
    expect(first.exitCode).toBe(1);
    expect(failureOf(first)).toMatch(/Exchange.ManageAsApp and the Exchange Administrator role/);
    expect(emulator.state.exchangeServicePrincipals.size).toBe(0);
  });
});

describe('revoke', () => {
  it('disables the app: the token entry and the rotate entry then fail saying so and write nothing; only enable-app brings it back', async () => {
    const first = await runOn(emulator, { 'access-token': 'true' });
    expect(failureOf(first)).toBe('');
    const appId = first.outputs['app-id'];
    const revoked = await runEntryOn(emulator, 'revoke', {
      'tenant-id': emulator.state.tenantId,
      'client-id': emulator.state.provisioningApp.appId,
      'app-id': appId,
    });
    expect(failureOf(revoked)).toBe('');
    expect(revoked.outputs.changed).toBe('true');
    expect(spOf().accountEnabled).toBe(false);
    expect(revoked.stdout).toMatch(/Tokens issued to it before live up to 90 minutes/);

    const mark = emulator.requests.length;
    const token = await runEntryOn(emulator, 'token', {
      'tenant-id': emulator.state.tenantId,
      'app-id': appId,
      organization: emulator.state.initialDomain,
    });
    expect(token.exitCode).toBe(1);
    expect(failureOf(token)).toMatch(
      /App [0-9a-f-]+ is disabled: Entra ID issues it no token \(AADSTS7000112/,
    );
    const rotation = await runEntryOn(emulator, 'rotate', {
      ...rotateInputs(emulator, {
        appId,
        appObjectId: first.outputs['app-object-id'],
        certificate: first.outputs.certificate,
        password: first.outputs['certificate-password'],
      }),
      'force-rotate': 'true',
    });
    expect(rotation.exitCode).toBe(1);
    expect(failureOf(rotation)).toMatch(/is disabled: Entra ID issues it no token/);
    expect(graphWrites(since(emulator, mark))).toEqual([]);

    // a plain bootstrap (a scheduled one) does not enable it again
    const again = {
      certificate: first.outputs.certificate,
      'certificate-password': first.outputs['certificate-password'],
    };
    const plain = await runOn(emulator, again);
    expect(plain.exitCode).toBe(1);
    expect(failureOf(plain)).toMatch(
      /is disabled .* run the bootstrap once with enable-app: true and force-rotate: true/,
    );
    expect(spOf().accountEnabled).toBe(false);

    const restored = await runOn(emulator, { ...again, 'enable-app': 'true', 'force-rotate': 'true' });
    expect(failureOf(restored)).toBe('');
    expect(spOf().accountEnabled).toBe(true);
    expect(restored.outputs.rotated).toBe('true');
  });
});

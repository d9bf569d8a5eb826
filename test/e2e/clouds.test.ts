/**
 * Sovereign clouds: with `cloud`, the action asks Entra ID for tokens of that cloud's Graph and Exchange
 * resources (an emulator playing that cloud issues and accepts only those), and reports the
 * ExchangeEnvironmentName that Connect-ExchangeOnline needs there.
 */
import { CLOUD_RESOURCES, startEmulator } from '../emulator/index.js';
import { runAction } from '../support/run-action.js';

test.each([
  ['usgov', 'O365USGovGCCHigh'],
  ['usgovdod', 'O365USGovDoD'],
  ['china', 'O365China'],
] as const)('%s: provisioning and verification use the cloud’s resources', async (cloud, environmentName) => {
  const emulator = await startEmulator({ cloud });
  try {
    const result = await runAction({
      inputs: { ...emulator.actionInputs(), 'verify-timeout': '60' },
      env: emulator.runnerEnv(),
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      'exchange-environment-name': environmentName,
      verified: 'exchange',
    });
    const scopes = emulator.requests
      .filter((r) => r.service === 'entra' && r.method === 'POST')
      .map((r) => (r.requestBody as Record<string, string>).scope);
    expect(new Set(scopes)).toEqual(
      new Set([`${CLOUD_RESOURCES[cloud].graph}/.default`, `${CLOUD_RESOURCES[cloud].exchange}/.default`]),
    );
  } finally {
    await emulator.close();
  }
});

test('a token for the commercial resources is refused in another cloud', async () => {
  const emulator = await startEmulator({ cloud: 'usgov' });
  try {
    // the cloud input left at public: the action asks for https://graph.microsoft.com, unknown in GCC High
    const { cloud: _cloud, ...inputs } = emulator.actionInputs();
    const result = await runAction({ inputs, env: emulator.runnerEnv() });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/AADSTS500011/);
  } finally {
    await emulator.close();
  }
});

test.each([
  [
    'usgov',
    'https://ps.compliance.protection.office365.us/powershell-liveid/',
    'https://login.microsoftonline.us/organizations',
  ],
  [
    'usgovdod',
    'https://l5.ps.compliance.protection.office365.us/powershell-liveid/',
    'https://login.microsoftonline.us/organizations',
  ],
  [
    'china',
    'https://ps.compliance.protection.partner.outlook.cn/powershell-liveid',
    'https://login.chinacloudapi.cn/organizations',
  ],
] as const)(
  '%s: the token entry outputs the ConnectionUri and authorization endpoint Connect-IPPSSession needs',
  async (cloud, connectionUri, authorizationEndpoint) => {
    const emulator = await startEmulator({ cloud });
    try {
      const bootstrap = await runAction({
        inputs: { ...emulator.actionInputs(), 'access-token': 'true', verify: 'none' },
        env: emulator.runnerEnv(),
      });
      expect(bootstrap.exitCode).toBe(0);
      const run = await runAction({
        entry: 'token',
        inputs: {
          cloud,
          'tenant-id': emulator.state.tenantId,
          'app-id': bootstrap.outputs['app-id'],
          organization: emulator.state.initialDomain,
          verify: 'token',
          'verify-timeout': '60',
        },
        env: emulator.runnerEnv(),
      });
      expect(run.exitCode).toBe(0);
      expect(run.outputs['compliance-connection-uri']).toBe(connectionUri);
      expect(run.outputs['compliance-authorization-endpoint']).toBe(authorizationEndpoint);
    } finally {
      await emulator.close();
    }
  },
);

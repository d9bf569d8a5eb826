/**
 * The job summary's end, as a runner shows it: the run's warnings, then a Connect-ExchangeOnline line for
 * the runner's OS that a later step can copy — public values only, the secrets by environment variable.
 */
import { startEmulator, type Emulator } from '../emulator/index.js';
import { runEntryOn, runOn } from '../support/e2e.js';
import { managedApp } from '../support/tenant-keys.js';
import type { ActionRun } from '../support/run-action.js';

let emulator: Emulator;
beforeEach(async () => {
  emulator = await startEmulator();
});
afterEach(() => emulator.close());

/** The summary from its last section on: the connect line must close it. */
const lastSection = (run: ActionRun) => run.summary.slice(run.summary.lastIndexOf('<h3>'));
const decoded = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

test('on a Linux runner: the PFX file and its password by variable, in a pwsh step; no secret', async () => {
  const run = await runOn(emulator, {}, { GITHUB_ACTION: 'exo' });
  expect(run.exitCode).toBe(0);
  const { outputs } = run;
  const connect = decoded(lastSection(run));
  expect(connect).toContain(
    `Connect-ExchangeOnline -AppId ${outputs['app-id']} -Organization ${outputs.organization} ` +
      `-CertificateFilePath '${outputs['certificate-path']}' ` +
      '-CertificatePassword (ConvertTo-SecureString $env:EXO_PW -AsPlainText -Force)',
  );
  expect(connect).toContain('EXO_PW: ${{ steps.exo.outputs.certificate-password }}');
  expect(connect).toMatch(/shell: pwsh/);
  expect(connect).toMatch(/deleted by the post step/);
  expect(run.summary).not.toContain(outputs['certificate-password']);
  // a clean run has nothing to warn about
  expect(run.summary).not.toContain('<h3>Warnings</h3>');
});

test("the use entry on a Windows runner: no shell note; install-certificate's warning is listed before the line", async () => {
  const published = await runOn(emulator);
  // this test host is not Windows, so the certificate store import only warns: the file line stays
  const run = await runEntryOn(
    emulator,
    'use',
    {
      certificate: published.outputs.certificate,
      'certificate-password': published.outputs['certificate-password'],
      'install-certificate': 'true',
    },
    { RUNNER_OS: 'Windows' },
  );
  expect(run.exitCode).toBe(0);
  const connect = decoded(lastSection(run));
  expect(connect).toContain(
    'Connect-ExchangeOnline -AppId $env:EXO_APP_ID -Organization $env:EXO_ORGANIZATION',
  );
  expect(connect).toContain('-CertificateFilePath');
  expect(connect).toContain('EXO_APP_ID: ${{ secrets.EXO_APP_ID }}');
  expect(connect).toContain('EXO_PW: ${{ secrets.EXO_CERTIFICATE_PASSWORD }}');
  expect(connect).not.toMatch(/shell: pwsh/);
  expect(connect).toMatch(/install-certificate: true, -CertificateThumbprint works/);

  const warnings = run.summary.slice(
    run.summary.indexOf('<h3>Warnings</h3>'),
    run.summary.lastIndexOf('<h3>'),
  );
  expect(warnings).toContain('<li>install-certificate has no effect on this runner');
  expect(run.stdout).toMatch(/^::warning::install-certificate has no effect on this runner/m);
});

test('token mode: a summary with the -AccessToken line, and no token in it', async () => {
  const bootstrap = await runOn(emulator, { 'access-token': 'true' });
  expect(bootstrap.exitCode).toBe(0);
  const run = await runEntryOn(
    emulator,
    'token',
    {
      'tenant-id': emulator.state.tenantId,
      'app-id': managedApp(emulator).appId,
      organization: emulator.state.initialDomain,
    },
    { GITHUB_ACTION: 'exo' },
  );
  expect(run.exitCode).toBe(0);
  expect(run.summary).toContain('Exchange Online access token');
  const connect = decoded(lastSection(run));
  expect(connect).toContain(
    `Connect-ExchangeOnline -Organization ${emulator.state.initialDomain} -AccessToken $env:EXO_TOKEN`,
  );
  expect(connect).toContain('EXO_TOKEN: ${{ steps.exo.outputs.access-token }}');
  expect(run.summary).not.toContain(run.outputs['access-token']);
});

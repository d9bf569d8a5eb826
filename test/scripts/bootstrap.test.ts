/**
 * scripts/bootstrap.sh parses, documents itself and refuses bad arguments before it calls anything. (It talks
 * to a real tenant through `az rest`; live.yml's setup in CONTRIBUTING.md runs it for real.)
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCRIPT = join('scripts', 'bootstrap.sh');
const hasBash = spawnSync('bash', ['-c', 'exit 0'], { stdio: 'ignore' }).status === 0;
const bash = (...args: string[]) => spawnSync('bash', args, { cwd: ROOT, encoding: 'utf8' });

(hasBash ? describe : describe.skip)('scripts/bootstrap.sh', () => {
  it('is valid bash', () => {
    expect(bash('-n', SCRIPT)).toMatchObject({ status: 0, stderr: '' });
  });

  it('explains every option with --help', () => {
    const help = bash(SCRIPT, '--help');
    expect(help.status).toBe(0);
    for (const option of [
      '--repo',
      '--environment',
      '--branch',
      '--subject',
      '--cloud',
      '--adopt',
      '--exchange-role-groups',
      '--no-variables',
      '--environment-variables',
      '--dry-run',
      '--yes',
    ])
      expect(help.stdout).toContain(option);
    expect(help.stdout).toContain('az login');
  });

  it('refuses an unknown cloud or argument, and both --environment and --branch, before calling az', () => {
    expect(bash(SCRIPT, '--repo', 'o/r', '--cloud', 'mars')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining("--cloud must be public, usgov, usgovdod or china, not 'mars'"),
    });
    expect(bash(SCRIPT, '--bogus').stderr).toContain('unknown argument: --bogus');
    expect(bash(SCRIPT, '--repo', 'o/r', '--environment', 'e', '--branch', 'main').stderr).toContain(
      'give --environment or --branch, not both',
    );
  });

  it('uses az rest with the documented Graph calls, never the admin-consent command', () => {
    const text = readFileSync(join(ROOT, SCRIPT), 'utf8');
    expect(text).not.toMatch(/az ad app permission admin-consent/);
    expect(text).toContain('/appRoleAssignedTo');
    expect(text).toContain('Prefer=create-if-missing');
    for (const host of [
      'graph.microsoft.com',
      'graph.microsoft.us',
      'dod-graph.microsoft.us',
      'microsoftgraph.chinacloudapi.cn',
    ])
      expect(text).toContain(host);
  });

  /**
   * A stand-in `az` that answers the reads the script makes before it asks (cloud, tenant, Graph GETs: an ID each)
   * and records every write, so the test sees that --dry-run and a declined prompt change nothing.
   */
  function withStubAz(test: (env: NodeJS.ProcessEnv, writes: () => string) => void): void {
    const dir = mkdtempSync(join(tmpdir(), 'exo-cba-az-'));
    const log = join(dir, 'writes.log');
    writeFileSync(log, '');
    writeFileSync(
      join(dir, 'az'),
      [
        '#!/usr/bin/env bash',
        'case "$1 $2" in',
        '  "cloud show") echo AzureCloud; exit 0 ;;',
        '  "account show") echo 0b9f6e2d-3c4a-4e8b-b1d7-5a6c7e8f9012; exit 0 ;;',
        'esac',
        'if [ "$1" = rest ]; then',
        '  if [ "$3" != GET ]; then echo "$3 $5" >>"$AZ_WRITES"; fi',
        '  echo 6c3e4a1b-8f0d-4b7e-9a55-2d1f0c9e7b31',
        'fi',
      ].join('\n'),
    );
    chmodSync(join(dir, 'az'), 0o755);
    try {
      test({ ...process.env, PATH: `${dir}:/usr/bin:/bin`, AZ_WRITES: log }, () => readFileSync(log, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const grants = readFileSync(join(ROOT, 'scripts', 'grants.txt'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [when, kind, name, tier0, allows] = l.split('|');
      return { when, kind, name, tier0: tier0 === 'yes', allows };
    });

  // the stand-in az is a bash script on PATH: on Windows runners the real check is the bash one above
  (process.platform === 'win32' ? it.skip : it)(
    '--dry-run prints every grant of scripts/grants.txt, marks the tier-0 ones, and changes nothing',
    () => {
      withStubAz((env, writes) => {
        const args = [SCRIPT, '--repo', 'contoso/ops', '--subject', 'repo:contoso/ops:environment:exo-cba'];
        const run = spawnSync('bash', [...args, '--adopt', '--exchange-role-groups', '--dry-run'], {
          cwd: ROOT,
          encoding: 'utf8',
          env,
        });
        expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
        for (const grant of grants)
          expect(run.stdout).toContain(
            `  - ${grant.name} (${grant.kind})${grant.tier0 ? ' [TIER 0]' : ''}: ${grant.allows}`,
          );
        expect(grants.filter((g) => g.tier0).map((g) => g.name)).toEqual([
          'AppRoleAssignment.ReadWrite.All',
          'RoleManagement.ReadWrite.Directory',
          'Application.ReadWrite.All',
        ]);
        expect(run.stdout).toContain('--dry-run: nothing was changed.');
        expect(writes()).toBe('');

        // without --yes, on an input nobody can answer, it asks no one and changes nothing
        const unattended = spawnSync('bash', args, { cwd: ROOT, encoding: 'utf8', env, input: '' });
        expect(unattended.status).toBe(1);
        expect(unattended.stderr).toContain('run with --yes to proceed, or --dry-run to only look');
        expect(writes()).toBe('');
      });
    },
  );

  it('docs/permissions.md names every grant the script makes', () => {
    const docs = readFileSync(join(ROOT, 'docs', 'permissions.md'), 'utf8');
    for (const grant of grants) expect(docs).toContain(grant.name);
  });

  it('bootstrap.ps1 has -WhatIf and reads the same description of grants (PowerShell is not on the build machines)', () => {
    const ps1 = readFileSync(join(ROOT, 'scripts', 'bootstrap.ps1'), 'utf8');
    expect(ps1).toContain('[CmdletBinding(SupportsShouldProcess');
    expect(ps1).toContain("Join-Path $PSScriptRoot 'grants.txt'");
    expect(ps1).toContain('$PSCmdlet.ShouldProcess(');
    expect(ps1).toContain('[TIER 0]');
    for (const call of [
      '/appRoleAssignedTo',
      'create-if-missing',
      '/federatedIdentityCredentials',
      '/roleManagement/directory/roleAssignments',
    ])
      expect(ps1).toContain(call);
    expect(ps1).not.toMatch(/Read-Host|Set-Content|Out-File/);
  });
});

/**
 * scripts/bootstrap.sh parses, documents itself and refuses bad arguments before it calls anything. (It talks
 * to a real tenant through `az rest`; live.yml's setup in CONTRIBUTING.md runs it for real.)
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
});

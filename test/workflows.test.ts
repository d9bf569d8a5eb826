/**
 * The repository's own workflows (.github/): valid for actionlint, and doing what CONTRIBUTING.md and
 * .ci/run say they do.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const WORKFLOWS = readdirSync(join(ROOT, '.github', 'workflows')).filter((f) => /\.ya?ml$/.test(f));

describe('.github/workflows', () => {
  it('has CI, the dist check, CodeQL, the release and the live test', () => {
    expect(WORKFLOWS.sort()).toEqual(['check-dist.yml', 'ci.yml', 'codeql.yml', 'live.yml', 'release.yml']);
  });

  it('passes actionlint without a finding', () => {
    const bin = join(ROOT, 'node_modules', '@tktco', 'node-actionlint', 'bin', 'node-actionlint.js');
    const result = spawnSync(process.execPath, [bin, '.github/workflows/*.yml'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.stdout).toContain(`Checking ${WORKFLOWS.length} workflow file(s)...`);
    expect({ status: result.status, out: result.stdout.split('\n').slice(1).join('\n').trim() }).toEqual({
      status: 0,
      out: '✓ All workflow files passed lint checks',
    });
  });

  it('pins every action to a major version tag or a full commit SHA', () => {
    const uses = WORKFLOWS.flatMap((f) =>
      [...read(`.github/workflows/${f}`).matchAll(/^\s*(?:- )?uses:\s*(\S+)/gm)].map((m) => m[1]),
    );
    const remote = uses.filter((u) => u !== './');
    expect(remote.length).toBeGreaterThan(5);
    expect(remote.filter((u) => !/@(v\d+|[0-9a-f]{40})$/.test(u))).toEqual([]);
  });

  it('ci.yml runs lint, typecheck, the README test commands and the demo on three systems', () => {
    const ci = read('.github/workflows/ci.yml');
    for (const command of [
      'npm run lint',
      'npm run typecheck',
      'npm test',
      'npm run test:slow',
      'npm run demo',
      'npm run actionlint',
    ])
      expect(ci).toContain(`run: ${command}`);
    expect(ci).toContain('os: [ubuntu-latest, windows-latest, macos-latest]');
    expect(ci).toMatch(/if: runner\.os == 'Windows'\n\s+run: \|\n(?:.*\n)*?.*windows-certificate-store/);
  });

  it('.ci/run runs what ci.yml runs', () => {
    const run = read('.ci/run');
    for (const command of [
      'npm run lint',
      'npm run typecheck',
      'npm test',
      'npm run test:slow',
      'npm run demo',
      'npm run actionlint',
    ])
      expect(run).toContain(command);
  });

  it('release.yml takes the notes from CHANGELOG.md and moves the major tag', () => {
    const release = read('.github/workflows/release.yml');
    expect(release).toContain("tags: ['v[0-9]+.[0-9]+.[0-9]+']");
    expect(release).toContain('node scripts/changelog-section.mjs');
    expect(release).toMatch(/git push --force origin "refs\/tags\/\$major"/);
  });

  it('live.yml runs only in the live environment and says so when it is not configured', () => {
    const live = read('.github/workflows/live.yml');
    expect(live).toMatch(
      /not-configured:\n\s+if: vars\.ENTRA_TENANT_ID == '' \|\| vars\.EXO_CBA_CLIENT_ID == ''/,
    );
    expect(live).toContain('::notice title=Live test skipped::');
    const jobs = live.split(/\n {2}(?=[a-z-]+:\n)/).slice(1);
    for (const job of jobs.filter((j) => j.includes('uses: ./'))) expect(job).toContain('environment: live');
    for (const step of [
      'dry-run: true',
      'force-rotate: true',
      '-CertificateFilePath',
      '-CertificateThumbprint',
      '-Certificate $cert',
    ])
      expect(live).toContain(step);
  });

  it('dependabot updates npm and the actions', () => {
    const dependabot = read('.github/dependabot.yml');
    expect(dependabot).toContain('package-ecosystem: npm');
    expect(dependabot).toContain('package-ecosystem: github-actions');
  });
});

describe('scripts/changelog-section.mjs', () => {
  const section = (version: string) =>
    spawnSync(process.execPath, ['scripts/changelog-section.mjs', version], { cwd: ROOT, encoding: 'utf8' });

  it("prints a version's notes from CHANGELOG.md", () => {
    const result = section('1.0.0');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('uses: exo-cba/exo-cba@v1');
    expect(result.stdout).not.toMatch(/^## /m);
  });

  it('fails for a version without a section', () => {
    const result = section('0.0.1');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no section for 0.0.1');
  });
});

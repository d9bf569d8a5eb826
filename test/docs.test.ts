/**
 * The user documentation stays true to the action.yml files: docs/inputs-outputs.md holds their tables as the
 * build writes them, the README names every entry, and every relative link in README.md and docs/ points at a
 * file (and heading) that exists.
 */
import { SECRET_KEYS } from '../src/secrets/names.js';
import { actionFile } from './support/action-files.js';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error -- a build script in plain JavaScript, without type declarations
import { ENTRIES, render } from '../scripts/inputs-outputs.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** Markdown without fenced code blocks (examples there are not links or table rows). */
function withoutCode(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

/** Rows of markdown tables whose first cell is a single `code` name: name → the other cells. */
function namedRows(markdown: string): Map<string, string[][]> {
  const rows = new Map<string, string[][]>();
  for (const line of withoutCode(markdown).split(/\r?\n/)) {
    if (!line.trimStart().startsWith('|')) continue;
    const cells = line
      .trim()
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/)
      .map((c) => c.trim());
    const name = /^`([a-z0-9-]+)`$/.exec(cells[0] ?? '')?.[1];
    if (!name) continue;
    rows.set(name, [...(rows.get(name) ?? []), cells.slice(1)]);
  }
  return rows;
}

/** The markdown between a `## title` heading and the next heading of level 1 or 2. */
function section(markdown: string, title: string): string {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === `## ${title}`);
  if (start < 0) throw new Error(`no '## ${title}' heading`);
  const end = lines.findIndex((l, i) => i > start && /^#{1,2} /.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** GitHub's heading anchors: lower case, punctuation removed, spaces to hyphens, duplicates numbered. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const line of withoutCode(markdown).split(/\r?\n/)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const text = heading[1]
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .toLowerCase();
    const base = text.replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

/** Relative link targets in a markdown file: `[text](target)` outside code, not URLs or mail addresses. */
function relativeLinks(markdown: string): string[] {
  const text = withoutCode(markdown).replace(/`[^`\n]*`/g, '');
  const links: string[] = [];
  for (const match of text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    const target = match[1];
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:, …
    links.push(target);
  }
  return links;
}

function markdownFiles(): string[] {
  const docs = readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`);
  return ['README.md', ...docs];
}

describe('the reference of the inputs and outputs', () => {
  it('docs/inputs-outputs.md holds the tables of every action.yml as npm run build writes them', async () => {
    const page = read('docs/inputs-outputs.md');
    expect(await render(page, ROOT)).toBe(page);
    for (const [, , uses] of ENTRIES) expect(page).toContain(`\`${uses}\``);
  });

  it('the README names every entry with its uses: line and links the reference', () => {
    const readme = section(read('README.md'), 'The entries');
    for (const [, , uses] of ENTRIES) expect(readme).toContain(`\`${uses}\``);
    expect(readme).toContain('(docs/inputs-outputs.md)');
  });
});

describe('links in README.md and docs/', () => {
  it.each(markdownFiles())('%s links only to files and headings that exist', (file) => {
    const broken: string[] = [];
    for (const link of relativeLinks(read(file))) {
      const [pathPart, fragment] = link.split('#', 2) as [string, string | undefined];
      const target = pathPart ? resolve(ROOT, dirname(file), decodeURIComponent(pathPart)) : join(ROOT, file);
      if (relative(ROOT, target).startsWith('..')) {
        broken.push(`${link} (outside the repository)`);
        continue;
      }
      if (!existsSync(target)) {
        broken.push(`${link} (no such file)`);
        continue;
      }
      if (fragment && statSync(target).isFile() && target.endsWith('.md')) {
        if (!anchors(readFileSync(target, 'utf8')).has(fragment.toLowerCase()))
          broken.push(`${link} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('counts and defaults the docs state', () => {
  const NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  const docs = ['README.md', ...readdirSync(join(ROOT, 'docs')).map((f) => `docs/${f}`)].filter((f) =>
    f.endsWith('.md'),
  );

  it('every "N … secrets" names as many as the code writes', () => {
    const stated = docs.flatMap((file) =>
      [
        ...read(file).matchAll(
          /\b(five|six|seven|eight) (?:encrypted )?(?:GitHub )?(?:Actions )?secrets\b/gi,
        ),
      ].map((m) => ({ file, count: NUMBERS.indexOf(m[1].toLowerCase()) })),
    );
    expect(stated.length).toBeGreaterThan(0);
    expect(stated.filter((s) => s.count !== SECRET_KEYS.length)).toEqual([]);
  });

  it("the organization secrets' default visibility is the one action.yml gives", () => {
    const fallback = String(actionFile('bootstrap').inputs['secret-visibility'].default);
    expect(read('docs/github-secrets.md')).toContain(`by default \`${fallback}\``);
    expect(read('docs/github-secrets.md')).not.toMatch(/written with visibility `(private|all)`/);
  });
});

describe('README first screen', () => {
  const firstScreen = read('README.md').split(/\r?\n/).slice(0, 40).join('\n');

  it('shows the demo and test commands, then the production path before the quick try', () => {
    expect(firstScreen).toContain('npm ci && npm run demo');
    expect(firstScreen).toContain('npm ci && npm test');
    for (const step of [
      'scripts/bootstrap.sh',
      'protected environment',
      'examples/bootstrap.yml',
      'examples/rotate.yml',
      'examples/exchange-job.yml',
    ])
      expect(firstScreen).toContain(step);
    const readme = read('README.md');
    expect(readme.indexOf('## Production setup')).toBeLessThan(readme.indexOf('## Quick try'));
    const quick = readme.slice(readme.indexOf('## Quick try'));
    expect(quick).toMatch(/id-token: write/);
    expect(quick).toMatch(/uses: exo-cba\/exo-cba@v1/);
    expect(quick).toMatch(/Connect-ExchangeOnline -AppId \$\{\{ steps\.exo\.outputs\.app-id \}\}/);
  });
});

describe('the checks themselves', () => {
  it('parse table rows, anchors and links', () => {
    const md = '| `a-b` | `1` | x \\| y |\n| `B` | no |\n```\n| `c` | hidden |\n```\n';
    expect([...namedRows(md)]).toEqual([['a-b', [['`1`', 'x \\| y']]]]);

    expect(
      anchors(
        '## Graph `403 Authorization_RequestDenied`\n## A. Entra admin center\n## A. Entra admin center',
      ),
    ).toEqual(
      new Set(['graph-403-authorization_requestdenied', 'a-entra-admin-center', 'a-entra-admin-center-1']),
    );
    expect(
      relativeLinks('[a](docs/x.md#y) [b](https://e.com) `[c](no.md)`\n```\n[d](no.md)\n```\n[e](#top)'),
    ).toEqual(['docs/x.md#y', '#top']);
  });
});

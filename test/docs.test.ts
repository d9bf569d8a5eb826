/**
 * The user documentation stays true to action.yml: every input and output appears in the README's tables and in
 * docs/inputs-outputs.md with action.yml's default, no table documents an input or output that does not exist,
 * and every relative link in README.md and docs/ points at a file (and heading) that exists.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

interface ActionEntry {
  name: string;
  required: boolean;
  default?: string;
}

/**
 * The `inputs:` or `outputs:` map of action.yml. action.yml is kept in the plain shape GitHub documents (two-space
 * indentation, one key per line), which this reads without a YAML dependency; the test below checks that it found
 * entries at all, so a change of shape fails loudly instead of passing vacuously.
 */
function actionEntries(yaml: string, section: 'inputs' | 'outputs'): ActionEntry[] {
  const entries: ActionEntry[] = [];
  let inSection = false;
  let current: ActionEntry | undefined;
  for (const line of yaml.split(/\r?\n/)) {
    if (/^\S/.test(line)) {
      inSection = line.startsWith(`${section}:`);
      current = undefined;
      continue;
    }
    if (!inSection) continue;
    const key = /^ {2}([A-Za-z0-9_-]+):\s*$/.exec(line);
    if (key) {
      current = { name: key[1], required: false };
      entries.push(current);
      continue;
    }
    const field = /^ {4}(required|default):\s*(.*?)\s*$/.exec(line);
    if (field && current) {
      const value = unquote(field[2]);
      if (field[1] === 'required') current.required = value === 'true';
      else current.default = value;
    }
  }
  return entries;
}

function unquote(value: string): string {
  const quoted = /^'(.*)'$/.exec(value) ?? /^"(.*)"$/.exec(value);
  return quoted ? quoted[1].replace(/''/g, "'") : value;
}

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

const action = read('action.yml');
const inputs = actionEntries(action, 'inputs');
const outputs = actionEntries(action, 'outputs');

describe('action.yml as the docs read it', () => {
  it('has the inputs and outputs of the contract', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(30);
    expect(outputs.length).toBeGreaterThanOrEqual(15);
    expect(inputs.find((i) => i.name === 'tenant-id')).toEqual({ name: 'tenant-id', required: true });
    expect(inputs.find((i) => i.name === 'app-name')?.default).toBe('Exchange Online Automation');
    expect(outputs.map((o) => o.name)).toContain('certificate-path');
  });
});

describe.each([
  ['README.md', (md: string) => section(md, 'Inputs'), (md: string) => section(md, 'Outputs')],
  ['docs/inputs-outputs.md', (md: string) => section(md, 'Inputs'), (md: string) => section(md, 'Outputs')],
])('%s', (file, inputsPart, outputsPart) => {
  const markdown = read(file);

  it('documents every input of action.yml with its default', () => {
    const rows = namedRows(inputsPart(markdown));
    const problems: string[] = [];
    for (const input of inputs) {
      const cells = rows.get(input.name)?.[0];
      if (!cells) {
        problems.push(`${input.name}: missing`);
        continue;
      }
      const defaultCell = cells[0] ?? '';
      if (input.required && !/required/i.test(defaultCell))
        problems.push(`${input.name}: required in action.yml, default cell says '${defaultCell}'`);
      if (input.default !== undefined && !defaultCell.includes(`\`${input.default}\``))
        problems.push(
          `${input.name}: default in action.yml is '${input.default}', docs say '${defaultCell}'`,
        );
      if (!input.required && input.default === undefined && /^`[^`]*`$/.test(defaultCell))
        problems.push(`${input.name}: has no default in action.yml, docs give '${defaultCell}'`);
    }
    expect(problems).toEqual([]);
  });

  it('documents no input that action.yml lacks, and each once', () => {
    const rows = namedRows(inputsPart(markdown));
    const names = new Set(inputs.map((i) => i.name));
    expect([...rows.keys()].filter((n) => !names.has(n))).toEqual([]);
    expect([...rows].filter(([, r]) => r.length > 1).map(([n]) => n)).toEqual([]);
  });

  it('documents every output of action.yml and no other', () => {
    const rows = namedRows(outputsPart(markdown));
    const names = new Set(outputs.map((o) => o.name));
    expect(outputs.map((o) => o.name).filter((n) => !rows.has(n))).toEqual([]);
    expect([...rows.keys()].filter((n) => !names.has(n))).toEqual([]);
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

describe('README first screen', () => {
  const firstScreen = read('README.md').split(/\r?\n/).slice(0, 40).join('\n');

  it('shows the demo and test commands and a minimal OIDC workflow', () => {
    expect(firstScreen).toContain('npm ci && npm run demo');
    expect(firstScreen).toContain('npm ci && npm test');
    expect(firstScreen).toMatch(/id-token: write/);
    expect(firstScreen).toMatch(/uses: exo-cba\/exo-cba@v1/);
    expect(firstScreen).toMatch(/Connect-ExchangeOnline -AppId \$\{\{ steps\.exo\.outputs\.app-id \}\}/);
  });
});

describe('the checks themselves', () => {
  it('parse action.yml entries, table rows, anchors and links', () => {
    const yaml =
      "name: x\ninputs:\n  a-b:\n    description: 'd'\n    default: 'it''s'\n  c:\n    required: true\noutputs:\n  o:\n    description: 'x'\nruns:\n  using: node24\n";
    expect(actionEntries(yaml, 'inputs')).toEqual([
      { name: 'a-b', required: false, default: "it's" },
      { name: 'c', required: true },
    ]);
    expect(actionEntries(yaml, 'outputs').map((o) => o.name)).toEqual(['o']);

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

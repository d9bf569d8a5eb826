// Prints the body of CHANGELOG.md's section for one version (`## [1.2.3] - date` up to the next `## `):
// the release notes of release.yml. Fails when the section is missing or empty.
//   node scripts/changelog-section.mjs 1.2.3
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const version = process.argv[2];
if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
  console.error('usage: node scripts/changelog-section.mjs X.Y.Z');
  process.exit(2);
}
const lines = readFileSync(
  fileURLToPath(new globalThis.URL('../CHANGELOG.md', import.meta.url)),
  'utf8',
).split(/\r?\n/);
const escaped = version.replace(/\./g, '\\.');
const start = lines.findIndex((line) => new RegExp(`^## \\[?${escaped}\\]?(\\s|$)`).test(line));
if (start < 0) {
  console.error(`CHANGELOG.md has no section for ${version}`);
  process.exit(1);
}
const end = lines.findIndex((line, i) => i > start && /^## /.test(line));
const body = lines
  .slice(start + 1, end < 0 ? undefined : end)
  .filter((line) => !/^\[[^\]]+\]:\s/.test(line)) // link definitions belong to the whole file
  .join('\n')
  .trim();
if (!body) {
  console.error(`CHANGELOG.md's section for ${version} is empty`);
  process.exit(1);
}
console.log(body);

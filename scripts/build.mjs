// Bundles src/index.ts with ncc into dist/exo-cba.js (plus the chunks each entry loads on demand), and writes one
// two-line entry file per action.yml: dist/index.js (the root, bootstrap), dist/rotate.js, … and dist/post.js.
// dist/ is committed; CI checks it equals a fresh build.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
const out = 'dist/.bundle';
rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, [ncc, 'build', 'src/index.ts', '-o', out, '--license', 'licenses.txt', '-q'], {
  stdio: 'inherit',
});
mkdirSync('dist', { recursive: true });
for (const file of readdirSync(out))
  renameSync(`${out}/${file}`, `dist/${file === 'index.js' ? 'exo-cba.js' : file}`);
rmSync(out, { recursive: true, force: true });
writeFileSync('dist/package.json', '{ "type": "module" }\n');

const entries = {
  index: 'bootstrap',
  rotate: 'rotate',
  token: 'token',
  use: 'use',
  remove: 'remove',
  revoke: 'revoke',
};
for (const [file, intent] of Object.entries(entries))
  writeFileSync(`dist/${file}.js`, `import { run } from './exo-cba.js';\nawait run('${intent}');\n`);
writeFileSync('dist/post.js', "import { post } from './exo-cba.js';\nawait post();\n");

// the reference tables of docs/inputs-outputs.md follow the action.yml files
execFileSync(process.execPath, ['scripts/inputs-outputs.mjs'], { stdio: 'inherit' });

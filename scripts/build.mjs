// Bundles the main and post entry points with ncc into dist/ (committed; CI checks it equals a fresh build).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, renameSync, writeFileSync, readdirSync } from 'node:fs';

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
rmSync('dist', { recursive: true, force: true });
for (const entry of ['index', 'post']) {
  const out = `dist/.${entry}`;
  execFileSync(
    process.execPath,
    [ncc, 'build', `src/${entry}.ts`, '-o', out, '--license', 'licenses.txt', '-q'],
    {
      stdio: 'inherit',
    },
  );
  mkdirSync('dist', { recursive: true });
  for (const file of readdirSync(out)) {
    const target =
      file === 'index.js' ? `${entry}.js` : file === 'licenses.txt' ? `${entry}.licenses.txt` : file;
    renameSync(`${out}/${file}`, `dist/${target}`);
  }
  rmSync(out, { recursive: true, force: true });
}
writeFileSync('dist/package.json', '{ "type": "module" }\n');

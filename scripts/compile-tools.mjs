// Compiles TypeScript tools that run outside jest (bench, demo) with everything they import
// (test/emulator, test/support) into build/ (git-ignored), so plain `node build/<entry>.js` runs them.
// Usage: node scripts/compile-tools.mjs bench/bench.ts [scripts/demo.ts ...]  → build/bench/bench.js …
// Type errors fail the build (nothing is emitted), like `tsc --noEmitOnError`.
import { resolve } from 'node:path';
import ts from 'typescript';

const entries = process.argv.slice(2);
if (!entries.length) {
  console.error('usage: node scripts/compile-tools.mjs <entry.ts>...');
  process.exit(2);
}

const configPath = resolve('tsconfig.test.json');
const config = ts.readConfigFile(configPath, ts.sys.readFile);
if (config.error) fail([config.error]);
const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, resolve('.'), undefined, configPath);
const options = {
  ...parsed.options,
  rootDir: resolve('.'),
  outDir: resolve('build'),
  noEmit: false,
  noEmitOnError: true,
  declaration: false,
  sourceMap: false,
  incremental: false,
  // jest's types are not needed outside tests
  types: ['node'],
};
const program = ts.createProgram(
  entries.map((e) => resolve(e)),
  options,
);
const diagnostics = [...ts.getPreEmitDiagnostics(program)];
const emitted = program.emit();
diagnostics.push(...emitted.diagnostics);
if (diagnostics.length || emitted.emitSkipped) fail(diagnostics);

function fail(list) {
  const host = {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => process.cwd(),
    getNewLine: () => '\n',
  };
  console.error(ts.formatDiagnosticsWithColorAndContext(list, host));
  console.error('compile-tools: type errors, nothing was emitted.');
  process.exit(1);
}

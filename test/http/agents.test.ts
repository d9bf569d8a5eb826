/** Connection trust: a child Node process, because NODE_EXTRA_CA_CERTS is read at process start. */
import { execFile } from 'node:child_process';
import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { repo, server, tls, useTestServer } from '../support/http-harness.js';
import { sendJson } from '../support/http-servers.js';

useTestServer();

describe('NODE_EXTRA_CA_CERTS', () => {
  let dir: string;

  beforeAll(() => {
    // The env var is read once at process start, so a child process runs the client: every src/**/*.ts
    // is transpiled, in its folder, next to a symlink to the repo's node_modules.
    dir = mkdtempSync(join(tmpdir(), 'exo-cba-http-'));
    const sourceFiles = readdirSync(join(repo, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    );
    for (const file of sourceFiles) {
      const source = readFileSync(join(repo, 'src', file), 'utf8');
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      });
      mkdirSync(dirname(join(dir, 'src', file)), { recursive: true });
      writeFileSync(join(dir, 'src', file.replace(/\.ts$/, '.js')), outputText);
    }
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
    writeFileSync(join(dir, 'ca.pem'), tls.caPem);
    writeFileSync(
      join(dir, 'child.js'),
      `import { HttpClient } from './src/http/client.js';
const http = new HttpClient({ env: {}, maxAttempts: 1, log: { debug() {}, info() {} } });
try {
  const res = await http.request({ method: 'GET', url: process.argv[2], service: 'graph' });
  console.log(JSON.stringify({ status: res.status, data: res.data }));
} catch (e) {
  console.log(JSON.stringify({ error: e.name, message: e.message }));
} finally {
  http.close();
}`,
    );
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function runChild(env: NodeJS.ProcessEnv): Promise<Record<string, unknown>> {
    return new Promise((done, fail) => {
      execFile(
        process.execPath,
        [join(dir, 'child.js'), `${server.url}/ca-check`],
        { env, timeout: 30_000 },
        (err, stdout, stderr) =>
          err
            ? fail(new Error(`${err.message}\n${stderr}`))
            : done(JSON.parse(stdout) as Record<string, unknown>),
      );
    });
  }

  it('trusts the CA named by NODE_EXTRA_CA_CERTS on a keep-alive agent', async () => {
    server.handle((_req, res) => sendJson(res, 200, { trusted: true }));
    const { NODE_OPTIONS: _ignored, ...env } = process.env;
    expect(await runChild({ ...env, NODE_EXTRA_CA_CERTS: join(dir, 'ca.pem') })).toEqual({
      status: 200,
      data: { trusted: true },
    });
    const without = await runChild({ ...env, NODE_EXTRA_CA_CERTS: '' });
    expect(without.error).toBe('NetworkError');
    expect(String(without.message)).toContain('NODE_EXTRA_CA_CERTS');
  });
});

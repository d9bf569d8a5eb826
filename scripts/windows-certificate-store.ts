/**
 * CI on a Windows runner: the bundled use entry (dist/use.js) with `install-certificate: true` against the
 * emulator, then its post step (dist/post.js), checking the real certificate store in between. Passes only
 * if the main step imported the certificate into Cert:\CurrentUser\My with its private key in the CryptoAPI
 * provider Exchange needs, and the post step removed it again.
 *
 *   npm run build && node scripts/compile-tools.mjs scripts/windows-certificate-store.ts &&
 *   node build/scripts/windows-certificate-store.js
 */
import { spawnSync } from 'node:child_process';
import { startEmulator } from '../test/emulator/index.js';
import { cleanupRunnerTemps, runAction, type ActionRun } from '../test/support/run-action.js';

const PROVIDER = 'Microsoft Enhanced RSA and AES Cryptographic Provider';

/** `certutil -user -store My <thumbprint>`: exit code and output (lists the key provider). */
function storeEntry(thumbprint: string): { found: boolean; text: string } {
  const result = spawnSync('certutil.exe', ['-user', '-store', 'My', thumbprint], { encoding: 'utf8' });
  return { found: result.status === 0, text: `${result.stdout}${result.stderr}` };
}

function check(condition: boolean, what: string, run?: ActionRun): void {
  if (condition) {
    console.log(`ok: ${what}`);
    return;
  }
  if (run) console.error(run.stdout, run.stderr);
  throw new Error(`failed: ${what}`);
}

async function main(): Promise<void> {
  if (process.platform !== 'win32') throw new Error('this check needs a Windows runner');
  const emulator = await startEmulator();
  try {
    const env = { ...emulator.runnerEnv(), RUNNER_OS: 'Windows' };
    const bootstrap = await runAction({ inputs: { ...emulator.actionInputs(), verify: 'none' }, env });
    check(bootstrap.exitCode === 0, 'the bootstrap publishes a certificate', bootstrap);
    const inputs = {
      certificate: bootstrap.outputs['certificate'] ?? '',
      'certificate-password': bootstrap.outputs['certificate-password'] ?? '',
      'install-certificate': 'true',
    };
    const run = await runAction({ inputs, env, entry: 'use' });
    check(run.exitCode === 0, 'the use step succeeds', run);
    const thumbprint = run.outputs['certificate-thumbprint'] ?? '';
    check(/^[0-9A-F]{40}$/.test(thumbprint), `it outputs a thumbprint (${thumbprint})`, run);

    const installed = storeEntry(thumbprint);
    check(installed.found, `Cert:\\CurrentUser\\My holds ${thumbprint}`, run);
    check(installed.text.includes(PROVIDER), `its key is in the ${PROVIDER}`);

    const post = await runAction({
      inputs,
      env,
      entry: 'post',
      runnerTemp: run.runnerTemp,
      state: run.state,
    });
    check(post.exitCode === 0, 'the post step succeeds', post);
    check(!storeEntry(thumbprint).found, 'the post step removed the certificate from the store', post);
  } finally {
    await emulator.close();
    cleanupRunnerTemps();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});

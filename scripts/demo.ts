/**
 * `npm run demo`: the bundled action, end to end, against the embedded emulator — the way a runner runs
 * it (INPUT_* variables, GITHUB_OUTPUT/STATE/STEP_SUMMARY, then the post step). A first run provisions an
 * empty tenant and writes the GitHub secrets; a second run, fed the secrets as the next workflow would be,
 * changes nothing. Secret values are masked the way the runner masks them (::add-mask::).
 */
import { fakeGitHubToken, startEmulator, type Emulator } from '../test/emulator/index.js';
import { cleanupRunnerTemps, runActionWithPost, type ActionRun } from '../test/support/run-action.js';

const SECRET_OUTPUTS = new Set([
  'certificate',
  'certificate-password',
  'access-token',
  'compliance-access-token',
]);
const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);

/** What the runner's log would show: masks applied, debug lines hidden, commands rendered. */
function runnerLog(run: ActionRun): string[] {
  const masks = run.stdout
    .split('\n')
    .filter((l) => l.startsWith('::add-mask::'))
    .map((l) => l.slice('::add-mask::'.length))
    .filter(Boolean);
  const mask = (line: string) => masks.reduce((text, secret) => text.split(secret).join('***'), line);
  return run.stdout
    .split('\n')
    .filter(
      (l) =>
        l && !l.startsWith('::add-mask::') && !l.startsWith('::debug::') && !l.startsWith('::save-state'),
    )
    .map((l) =>
      mask(
        l
          .replace(/^::(warning|error)[^:]*::/, (_m, kind: string) => `${kind.toUpperCase()}: `)
          .replace(/%0A/g, '\n    '),
      ),
    );
}

function summaryText(html: string): string {
  return html
    .replace(/<\/(tr|h\d|p|li)>/g, '\n')
    .replace(/<\/t[dh]>/g, ' | ')
    .replace(/<li>/g, '  - ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n  ');
}

function show(
  title: string,
  run: { main: ActionRun; post: ActionRun },
  emulator: Emulator,
  since: number,
): void {
  console.log(`\n${bold(`━━ ${title} ━━`)}  (exit code ${run.main.exitCode}, ${run.main.durationMs} ms)`);
  console.log(bold('\nlog:'));
  for (const line of runnerLog(run.main)) console.log(`  ${line}`);
  console.log(bold('\noutputs:'));
  for (const [name, value] of Object.entries(run.main.outputs)) {
    console.log(`  ${name.padEnd(30)} ${SECRET_OUTPUTS.has(name) ? '*** (masked)' : value}`);
  }
  console.log(bold('\njob summary:'));
  console.log(`  ${summaryText(run.main.summary)}`);
  console.log(bold('\npost step:'));
  for (const line of runnerLog(run.post)) console.log(`  ${line}`);
  const requests = emulator.requests.slice(since);
  const writes = requests.filter((r) => r.method !== 'GET' && r.service !== 'entra' && r.service !== 'oidc');
  console.log(bold('\nrequests:'), `${requests.length} in all, ${writes.length} writes`);
  for (const r of writes)
    console.log(`  ${r.service.padEnd(8)} ${r.method.padEnd(6)} ${r.path} → ${r.status}`);
}

async function main(): Promise<void> {
  // small replication delays, so verification has something to wait for
  const emulator = await startEmulator({ replication: { keyMs: 1500, consentMs: 1000, roleMs: 2500 } });
  try {
    const token = fakeGitHubToken('app');
    emulator.github.addToken(token, { kind: 'app', permissions: { secrets: 'write' } });
    const repository = { repository: 'contoso/exchange-automation' };
    const inputs = { ...emulator.actionInputs(), 'github-token': token, 'verify-timeout': '60' };
    console.log(bold('exo-cba demo: the bundled action (dist/index.js) against the embedded emulator'));
    console.log(
      `tenant ${emulator.state.tenantId}, provisioning app ${emulator.state.provisioningApp.appId}`,
    );

    let since = emulator.requests.length;
    const first = await runActionWithPost({ inputs, env: emulator.runnerEnv() });
    show('run 1: an empty tenant', first, emulator, since);
    if (first.main.exitCode !== 0) throw new Error('the first run failed');

    // the next workflow passes the secrets the first run wrote
    const certificate = emulator.github.decrypt(repository, 'EXO_CERTIFICATE');
    const password = emulator.github.decrypt(repository, 'EXO_CERTIFICATE_PASSWORD');
    if (!certificate || !password) throw new Error('the first run wrote no certificate secrets');
    console.log(
      `\nGitHub secrets now in ${repository.repository}: ${emulator.github.secretNames(repository).join(', ')}`,
    );

    since = emulator.requests.length;
    const second = await runActionWithPost({
      inputs: { ...inputs, certificate, 'certificate-password': password },
      env: emulator.runnerEnv(),
    });
    show('run 2: the same inputs, certificate from secrets.EXO_CERTIFICATE', second, emulator, since);
    if (second.main.exitCode !== 0) throw new Error('the second run failed');
    if (second.main.outputs.changed !== 'false') throw new Error('the second run changed something');

    // the scheduled rotation: the managed app itself, signed in with its certificate, no provisioning app
    const secret = (name: string) => emulator.github.decrypt(repository, `EXO_${name}`) ?? '';
    since = emulator.requests.length;
    const rotation = await runActionWithPost({
      entry: 'rotate',
      inputs: {
        'tenant-id': emulator.state.tenantId,
        'app-id': secret('APP_ID'),
        'app-object-id': secret('APP_OBJECT_ID'),
        organization: secret('ORGANIZATION'),
        certificate: secret('CERTIFICATE'),
        'certificate-password': secret('CERTIFICATE_PASSWORD'),
        'github-token': token,
        'force-rotate': 'true',
        'verify-timeout': '60',
      },
      env: emulator.runnerEnv(),
    });
    show(
      'run 3: the rotate entry — the managed app rotates its own certificate (examples/rotate.yml)',
      rotation,
      emulator,
      since,
    );
    if (rotation.main.exitCode !== 0) throw new Error('the self-rotation failed');

    // token mode: the bootstrap trusts this job's OIDC subject, then a job gets an Exchange token, no certificate
    const trust = await runActionWithPost({
      inputs: {
        ...inputs,
        certificate: secret('CERTIFICATE'),
        'certificate-password': secret('CERTIFICATE_PASSWORD'),
        'access-token': 'true',
      },
      env: emulator.runnerEnv(),
    });
    if (trust.main.exitCode !== 0) throw new Error('the token-mode bootstrap failed');
    since = emulator.requests.length;
    const tokenJob = await runActionWithPost({
      entry: 'token',
      inputs: {
        'tenant-id': emulator.state.tenantId,
        'app-id': secret('APP_ID'),
        organization: secret('ORGANIZATION'),
        'verify-timeout': '60',
      },
      env: emulator.runnerEnv(),
    });
    show(
      'run 4: the token entry — a job signs in as the app with its OIDC token (examples/exchange-job-token.yml)',
      tokenJob,
      emulator,
      since,
    );
    if (tokenJob.main.exitCode !== 0) throw new Error('the token job failed');
    console.log(
      `\n${bold('done:')} run 1 provisioned everything; run 2 changed nothing; run 3, the app rotated its own ` +
        'certificate; run 4, a job got an Exchange token without any certificate.',
    );
  } finally {
    await emulator.close();
    cleanupRunnerTemps();
  }
}

main().catch((error: unknown) => {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

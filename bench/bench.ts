/**
 * `npm run bench` (docs/performance.md): runs the bundled action (`node dist/index.js`, a fresh process per run)
 * against the emulator with 50 ms added to every request and prints, per scenario, the requests sent,
 * the sequential round trips, the in-process time of run() and its ratio to the latency floor; then the
 * cold start of the bundle against bare Node and the bundle's size. It measures: PASS/FAIL lines are
 * information and the exit code is 0 unless the bench itself could not run.
 *
 * Environment: BENCH_RUNS (repetitions per scenario, default 3), BENCH_COLD_RUNS (default 10),
 * BENCH_VERBOSE=1 (print each run's requests grouped by round trip: method, service, path — no bodies —
 * with the client's time between rounds), BENCH_PROFILE=<dir> (a V8 CPU profile of every action run).
 */
import { spawn } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type Emulator, type RequestLogEntry } from '../test/emulator/index.js';
import { fakeGitHubToken } from '../test/emulator/github.js';
import {
  cleanupRunnerTemps,
  ROOT,
  runAction,
  type ActionRun,
  type Entry,
} from '../test/support/run-action.js';
import { tenantScaling } from './tenants.js';

const LATENCY_MS = 50;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 10);
const VERBOSE = process.env.BENCH_VERBOSE === '1';
/** `tenants`: only the many-tenants table */
const ONLY = process.env.BENCH_ONLY;
/** write a V8 CPU profile of every action run into this directory (open in Chrome DevTools) */
const PROFILE_DIR = process.env.BENCH_PROFILE;

/** The maximal groups of requests that overlap in time: the chain of round trips a run waited for. */
function roundTrips(requests: Pick<RequestLogEntry, 'startedAt' | 'endedAt'>[]): number[][] {
  const order = requests.map((_, i) => i).sort((a, b) => requests[a].startedAt - requests[b].startedAt);
  const rounds: number[][] = [];
  let lastEnd = -Infinity;
  for (const i of order) {
    const r = requests[i];
    // a request that starts once every earlier one has ended had to wait for them (ms clock: ≥)
    if (r.startedAt >= lastEnd) rounds.push([]);
    rounds[rounds.length - 1].push(i);
    lastEnd = Math.max(lastEnd, r.endedAt);
  }
  return rounds;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

interface Measurement {
  requests: number;
  rounds: number;
  inProcessMs: number;
  wallMs: number;
  chain: string[];
}

interface Scenario {
  name: string;
  /** upper bound on sequential round trips (undefined: no target) */
  maxRounds?: number;
  /** upper bound on in-process time ÷ (round trips × latency) */
  maxRatio?: number;
  measurements: Measurement[];
  error?: string;
}

function inProcessMs(run: ActionRun): number {
  const match = /::debug::exo-cba run\(\) took (\d+) ms/.exec(run.stdout);
  if (!match) throw new Error('the action printed no "exo-cba run() took N ms" debug line (is dist/ stale?)');
  return Number(match[1]);
}

/** The action's own error annotations (already scrubbed by the action), for a failed run. */
function failure(run: ActionRun): string {
  const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
  return `exit code ${run.exitCode}: ${errors.join(' | ') || run.stderr.trim().slice(-500)}`;
}

function describeRequest(r: RequestLogEntry): string {
  return `${r.service} ${r.method} ${r.path} → ${r.status}`;
}

/** Runs the action once and measures what the emulator saw of it. */
async function measure(
  emulator: Emulator,
  inputs: Record<string, string>,
  expect: (run: ActionRun) => string | undefined,
  entry: Entry = 'index',
): Promise<{ run: ActionRun; measurement: Measurement }> {
  const from = emulator.requests.length;
  const run = await runAction({
    entry,
    // the provisioning app's inputs only for the entries that sign in as it
    inputs: { ...(entry === 'index' ? emulator.actionInputs() : {}), ...inputs },
    env: {
      ...emulator.runnerEnv(),
      ...(PROFILE_DIR ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${PROFILE_DIR}` } : {}),
    },
  });
  rmSync(run.runnerTemp, { recursive: true, force: true });
  if (run.exitCode !== 0) throw new Error(failure(run));
  const unexpected = expect(run);
  if (unexpected) throw new Error(unexpected);
  const requests = emulator.requests.slice(from);
  const rounds = roundTrips(requests);
  // the client's share between round trips: from the end of one round to the start of the next
  let previousEnd: number | undefined;
  const chain = rounds.map((group, n) => {
    const start = Math.min(...group.map((i) => requests[i].startedAt));
    const gap = previousEnd === undefined ? '' : `+${start - previousEnd} `;
    previousEnd = Math.max(...group.map((i) => requests[i].endedAt));
    return `  ${String(n + 1).padStart(2)}. [${gap}${previousEnd - start} ms] ${group.map((i) => describeRequest(requests[i])).join('  ∥  ')}`;
  });
  return {
    run,
    measurement: {
      requests: requests.length,
      rounds: rounds.length,
      inProcessMs: inProcessMs(run),
      wallMs: run.durationMs,
      chain,
    },
  };
}

const expectOutputs =
  (want: Record<string, string>) =>
  (run: ActionRun): string | undefined => {
    for (const [name, value] of Object.entries(want)) {
      if (run.outputs[name] !== value) return `output ${name} is '${run.outputs[name]}', expected '${value}'`;
    }
    return undefined;
  };

/** Moves every key of every app back in time, as if the runs so far had happened `ms` earlier. */
function ageKeys(emulator: Emulator, ms: number): void {
  for (const app of emulator.state.applications.values())
    for (const key of app.keyCredentials)
      key.startDateTime = new Date(Date.parse(key.startDateTime) - ms).toISOString();
}

/**
 * First provisioning → steady state → rotation → rotation that removes the superseded key, on one fresh tenant, `RUNS` times each (a fresh tenant
 * per first provisioning). With `secrets`, a GitHub token with Secrets: write is passed as github-token.
 */
async function scenarios(
  label: string,
  { secrets = false, appIdInput = false }: { secrets?: boolean; appIdInput?: boolean },
): Promise<Scenario[]> {
  const first: Scenario = { name: `first provisioning${label}`, maxRounds: 10, measurements: [] };
  const steady: Scenario = {
    name: `steady state${label}`,
    maxRounds: 5,
    maxRatio: 1.3,
    measurements: [],
  };
  const rotation: Scenario = { name: `rotation${label}`, maxRounds: 8, measurements: [] };
  // the scheduled case: the app holds the current and the previous key; rotating removes the previous one
  const cleanup: Scenario = {
    name: `rotation + removal${label}`,
    maxRounds: 8,
    measurements: [],
  };
  for (let i = 0; i < RUNS; i++) {
    const emulator = await startEmulator({
      latencyMs: LATENCY_MS,
      replication: { objectMs: 0, keyMs: 0, consentMs: 0, roleMs: 0 },
    });
    const base: Record<string, string> = {};
    if (secrets) {
      const token = fakeGitHubToken('app');
      emulator.github.addToken(token, { kind: 'app', permissions: { secrets: 'write' } });
      base['github-token'] = token;
    }
    let current: Scenario = first;
    try {
      const created = await measure(
        emulator,
        base,
        expectOutputs({ changed: 'true', rotated: 'true', verified: 'exchange' }),
      );
      first.measurements.push(created.measurement);
      const certificate = {
        certificate: created.run.outputs['certificate'],
        'certificate-password': created.run.outputs['certificate-password'],
        ...(appIdInput ? { 'app-id': created.run.outputs['app-id'] } : {}),
      };
      current = steady;
      const unchanged = await measure(
        emulator,
        { ...base, ...certificate },
        expectOutputs({ changed: 'false', rotated: 'false', verified: 'unchanged' }),
      );
      steady.measurements.push(unchanged.measurement);
      current = rotation;
      const rotated = await measure(
        emulator,
        { ...base, ...certificate, 'force-rotate': 'true' },
        expectOutputs({ changed: 'true', rotated: 'true', verified: 'exchange' }),
      );
      rotation.measurements.push(rotated.measurement);
      current = cleanup;
      // the scheduled case: the previous rotation is older than the grace period (verify-timeout + 15 min),
      // so its replaced key is superseded (docs/rotation.md): age the keys by two hours
      ageKeys(emulator, 2 * 3600_000);
      const again = await measure(
        emulator,
        {
          ...base,
          ...certificate,
          certificate: rotated.run.outputs['certificate'],
          'certificate-password': rotated.run.outputs['certificate-password'],
          'force-rotate': 'true',
        },
        (run) =>
          expectOutputs({ changed: 'true', rotated: 'true', verified: 'exchange' })(run) ??
          (/removed certificate/.test(run.stdout) ? undefined : 'the superseded certificate was not removed'),
      );
      cleanup.measurements.push(again.measurement);
    } catch (error) {
      current.error = error instanceof Error ? error.message : String(error);
    } finally {
      await emulator.close();
      cleanupRunnerTemps();
    }
    if ([first, steady, rotation, cleanup].some((s) => s.error)) break;
  }
  // with app-id, the first provisioning is the same as without (the app must exist first): not shown
  return appIdInput && !first.error ? [steady, rotation, cleanup] : [first, steady, rotation, cleanup];
}

/**
 * Self-rotation (examples/rotate.yml): a bootstrap run with secrets, not measured, then a forced rotation in
 * which the managed app signs in with its own certificate (the rotate entry, inputs from the EXO_* secrets)
 * and rolls its key with addKey — no GitHub OIDC token, no provisioning app.
 */
async function selfRotation(): Promise<Scenario[]> {
  const scenario: Scenario = {
    name: 'self-rotation (rotate entry, secrets)',
    maxRounds: 8,
    measurements: [],
  };
  for (let i = 0; i < RUNS && !scenario.error; i++) {
    const emulator = await startEmulator({
      latencyMs: LATENCY_MS,
      replication: { objectMs: 0, keyMs: 0, consentMs: 0, roleMs: 0 },
    });
    try {
      const token = fakeGitHubToken('app');
      emulator.github.addToken(token, { kind: 'app', permissions: { secrets: 'write' } });
      const bootstrap = await runAction({
        inputs: { ...emulator.actionInputs(), 'github-token': token },
        env: emulator.runnerEnv(),
      });
      rmSync(bootstrap.runnerTemp, { recursive: true, force: true });
      if (bootstrap.exitCode !== 0) throw new Error(`the bootstrap run failed: ${failure(bootstrap)}`);
      const scope = { repository: emulator.runnerEnv().GITHUB_REPOSITORY };
      const secret = (name: string) => emulator.github.decrypt(scope, `EXO_${name}`) ?? '';
      const rotated = await measure(
        emulator,
        {
          'tenant-id': emulator.actionInputs()['tenant-id'],
          'app-id': secret('APP_ID'),
          'app-object-id': secret('APP_OBJECT_ID'),
          organization: secret('ORGANIZATION'),
          certificate: secret('CERTIFICATE'),
          'certificate-password': secret('CERTIFICATE_PASSWORD'),
          'github-token': token,
          'force-rotate': 'true',
        },
        expectOutputs({ changed: 'true', rotated: 'true', verified: 'exchange' }),
        'rotate',
      );
      scenario.measurements.push(rotated.measurement);
    } catch (error) {
      scenario.error = error instanceof Error ? error.message : String(error);
    } finally {
      await emulator.close();
      cleanupRunnerTemps();
    }
  }
  return [scenario];
}

/**
 * Token mode: after a bootstrap with access-token: true (not measured), a consumer job signs in as the
 * managed app with its OIDC token — with verify: token (the OIDC token, then Entra's: target 2 round trips)
 * and with verify: exchange (plus Exchange's answer: 3).
 */
async function tokenScenarios(): Promise<Scenario[]> {
  const claims: Scenario = { name: 'token entry (verify: token)', maxRounds: 2, measurements: [] };
  const exchange: Scenario = {
    name: 'token entry (verify: exchange)',
    maxRounds: 3,
    measurements: [],
  };
  for (let i = 0; i < RUNS; i++) {
    const emulator = await startEmulator({
      latencyMs: LATENCY_MS,
      replication: { objectMs: 0, keyMs: 0, consentMs: 0, roleMs: 0, ficMs: 0 },
    });
    let current = claims;
    try {
      const bootstrap = await measure(
        emulator,
        { 'access-token': 'true' },
        expectOutputs({ changed: 'true' }),
      );
      const consumer = {
        'tenant-id': emulator.actionInputs()['tenant-id'],
        'app-id': bootstrap.run.outputs['app-id'],
        organization: bootstrap.run.outputs['organization'],
      };
      claims.measurements.push(
        (
          await measure(
            emulator,
            { ...consumer, verify: 'token' },
            expectOutputs({ verified: 'token' }),
            'token',
          )
        ).measurement,
      );
      current = exchange;
      exchange.measurements.push(
        (await measure(emulator, consumer, expectOutputs({ verified: 'exchange' }), 'token')).measurement,
      );
    } catch (error) {
      current.error = error instanceof Error ? error.message : String(error);
    } finally {
      await emulator.close();
      cleanupRunnerTemps();
    }
    if (claims.error || exchange.error) break;
  }
  return [claims, exchange];
}

/** Wall time of a fresh Node process running `args`, in ms. */
async function timeProcess(args: string[]): Promise<{ ms: number; code: number | null; stdout: string }> {
  const env = Object.fromEntries(
    ['PATH', 'HOME', 'LANG', 'TMPDIR'].filter((k) => process.env[k]).map((k) => [k, process.env[k]!]),
  );
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.resume();
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, code, stdout };
}

async function coldStart(): Promise<{ action: number; bare: number; ratio: number }> {
  const action: number[] = [];
  const bare: number[] = [];
  const entry = join(ROOT, 'dist', 'index.js');
  await timeProcess(['-e', '']); // warm the file cache
  await timeProcess([entry]);
  for (let i = 0; i < COLD_RUNS; i++) {
    bare.push((await timeProcess(['-e', ''])).ms);
    const run = await timeProcess([entry]);
    if (run.code !== 1 || !run.stdout.includes('::error::')) {
      throw new Error(
        `node dist/index.js without inputs should fail fast with an error; it exited ${run.code}`,
      );
    }
    action.push(run.ms);
  }
  return { action: median(action), bare: median(bare), ratio: median(action) / median(bare) };
}

function bundleSize(): { total: number; index: number; files: number } {
  const dist = join(ROOT, 'dist');
  const files = readdirSync(dist).filter((f) => f.endsWith('.js'));
  const size = (f: string) => statSync(join(dist, f)).size;
  return { total: files.reduce((sum, f) => sum + size(f), 0), index: size('index.js'), files: files.length };
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

function report(all: Scenario[]): string[] {
  const lines = [
    `| scenario | requests | sequential round trips | in-process time | ÷ (round trips × ${LATENCY_MS} ms) | targets |`,
    '|---|---:|---:|---:|---:|---|',
  ];
  for (const s of all) {
    if (s.error) {
      lines.push(`| ${s.name} | – | – | – | – | FAIL: the run failed: ${s.error.replace(/\|/g, '/')} |`);
      continue;
    }
    if (!s.measurements.length) continue;
    const requests = median(s.measurements.map((m) => m.requests));
    const rounds = median(s.measurements.map((m) => m.rounds));
    const ms = median(s.measurements.map((m) => m.inProcessMs));
    const ratio = ms / (rounds * LATENCY_MS);
    const targets: string[] = [];
    if (s.maxRounds !== undefined)
      targets.push(`${verdict(rounds <= s.maxRounds)} round trips ≤ ${s.maxRounds}`);
    if (s.maxRatio !== undefined) targets.push(`${verdict(ratio <= s.maxRatio)} ratio ≤ ${s.maxRatio}`);
    lines.push(
      `| ${s.name} | ${requests} | ${rounds} | ${ms.toFixed(0)} ms | ${ratio.toFixed(2)} | ${targets.join('; ')} |`,
    );
  }
  return lines;
}

async function main(): Promise<void> {
  console.log(
    `exo-cba bench: node dist/index.js under Node ${process.version}, emulator latency ${LATENCY_MS} ms per request, ` +
      `replication 0, verify: exchange; median of ${RUNS} run(s) per scenario\n`,
  );
  if (ONLY === 'tenants') return tenantTable();
  const all = [
    ...(await scenarios('', {})),
    ...(await scenarios(' (with secrets)', { secrets: true })),
    ...(await scenarios(' (app-id input)', { appIdInput: true })),
    ...(await selfRotation()),
    ...(await tokenScenarios()),
  ];
  console.log(report(all).join('\n'));
  if (VERBOSE) {
    for (const s of all) {
      const m = s.measurements[0];
      if (m) console.log(`\n${s.name}: ${m.rounds} round trips\n${m.chain.join('\n')}`);
    }
  }

  const cold = await coldStart();
  const size = bundleSize();
  console.log(
    `\ncold start (median of ${COLD_RUNS}, no inputs, fails fast): node dist/index.js ${cold.action.toFixed(0)} ms, ` +
      `node -e '' ${cold.bare.toFixed(0)} ms → ${cold.ratio.toFixed(2)}× — ${verdict(cold.ratio <= 2)} ≤ 2×`,
  );
  console.log(
    `bundle: dist/*.js ${kib(size.total)} in ${size.files} files (${size.total} bytes); dist/index.js ${kib(size.index)} (${size.index} bytes)`,
  );
  await tenantTable();
}

/** Many tenants in parallel, each against its own emulated tenant: per-tenant requests and time by N. */
async function tenantTable(): Promise<void> {
  console.log('\nmany tenants: first provisioning of each tenant, one emulator per tenant');
  try {
    console.log((await tenantScaling(LATENCY_MS, inProcessMs)).join('\n'));
  } finally {
    cleanupRunnerTemps();
  }
}

await main();

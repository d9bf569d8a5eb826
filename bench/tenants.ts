/**
 * Many tenants (docs/performance.md, "Many tenants"): N = 1, 10, 50 tenants, each its own emulator (its own
 * tenant, Graph, Exchange and GitHub), each provisioned by its own `node dist/index.js` process, as a
 * matrix job per tenant would. At most BENCH_TENANT_CONCURRENCY processes run at once (default 4: two
 * cores cannot run 50 Node processes at once without measuring the scheduler); the per-tenant numbers are
 * the requests its emulator answered and the run's in-process time (from reading the inputs to the end of
 * the run, read from the action's debug line), which do not include waiting for a free slot.
 * Flat in N is the claim: nothing a run does depends on how many other tenants exist.
 */
import { startEmulator, type Emulator, type RequestLogEntry } from '../test/emulator/index.js';
import { runAction, type ActionRun } from '../test/support/run-action.js';

const TENANT_COUNTS = (process.env.BENCH_TENANTS ?? '1,10,50').split(',').map(Number);
const CONCURRENCY = Number(process.env.BENCH_TENANT_CONCURRENCY ?? 4);

/** A call that reads every app, service principal or assignment of the tenant: it would grow with the tenant. */
function isTenantWideListing(r: RequestLogEntry): boolean {
  if (r.service !== 'graph' || r.method !== 'GET') return false;
  if (/^\/v1\.0\/(applications|servicePrincipals)\/?$/.test(r.path)) return true;
  return /^\/v1\.0\/roleManagement\/directory\/roleAssignments\/?$/.test(r.path) && !/filter/i.test(r.query);
}

interface TenantRun {
  requests: number;
  listings: number;
  inProcessMs: number;
}

async function provision(emulator: Emulator, inProcess: (run: ActionRun) => number): Promise<TenantRun> {
  const run = await runAction({
    inputs: { ...emulator.actionInputs(), 'verify-timeout': '60' },
    env: emulator.runnerEnv(),
  });
  if (run.exitCode !== 0) throw new Error(`a tenant's run failed with exit code ${run.exitCode}`);
  return {
    requests: emulator.requests.length,
    listings: emulator.requests.filter(isTenantWideListing).length,
    inProcessMs: inProcess(run),
  };
}

/** Runs `work` over `items` with at most `limit` in flight. */
async function pool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const stat = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

/** The table rows: N, per-tenant requests (min–max), tenant-wide listings, in-process time (median, p90). */
export async function tenantScaling(
  latencyMs: number,
  inProcess: (run: ActionRun) => number,
): Promise<string[]> {
  const rows = [
    '| tenants | requests per tenant (min–max) | tenant-wide listing calls | in-process time per tenant, median | p90 | wall time, all tenants |',
    '| ------: | ----------------------------: | ------------------------: | ---------------------------------: | --: | ---------------------: |',
  ];
  for (const n of TENANT_COUNTS) {
    const emulators: Emulator[] = [];
    try {
      for (let i = 0; i < n; i++) emulators.push(await startEmulator({ latencyMs }));
      const started = Date.now();
      const runs = await pool(emulators, CONCURRENCY, (e) => provision(e, inProcess));
      const wall = Date.now() - started;
      const requests = runs.map((r) => r.requests);
      const times = runs.map((r) => r.inProcessMs);
      rows.push(
        `| ${n} | ${Math.min(...requests)}–${Math.max(...requests)} | ${runs.reduce((s, r) => s + r.listings, 0)} | ` +
          `${stat(times, 0.5)} ms | ${stat(times, 0.9)} ms | ${(wall / 1000).toFixed(1)} s (${CONCURRENCY} at a time) |`,
      );
    } finally {
      await Promise.all(emulators.map((e) => e.close()));
    }
  }
  return rows;
}

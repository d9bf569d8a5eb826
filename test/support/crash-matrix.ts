/**
 * The crash matrix: a run killed right after a request completes — the first request of every
 * kind the run makes — then rerun as a workflow would (same inputs, the secrets as they are now). Every
 * time the tenant converges: the published pair opens, is registered and signs in; once the grace period
 * is over a rotation leaves at most two keys of the lineage; a foreign key is never lost.
 */
import { expect } from '@jest/globals';
import { fakeGitHubToken } from '../emulator/github.js';
import {
  startEmulator,
  type Emulator,
  type RequestLogEntry,
  type StoredKeyCredential,
} from '../emulator/index.js';
import { failureOf, runOn } from './e2e.js';
import type { ActionRun } from './run-action.js';
import {
  ageTenant,
  expectConverged,
  isRegistered,
  pairOpens,
  secretInputs,
  secretsHeld,
  secretsLineage,
  thumbprintOf,
  thumbprintOfKey,
} from './tenant-keys.js';

export const GITHUB_TOKEN = fakeGitHubToken('app');

export interface CrashScenario {
  /** the tenant before the run that is killed: that run's inputs (read when it starts) and foreign keys */
  arrange: (
    emulator: Emulator,
  ) => Promise<{ inputs: () => Record<string, string>; foreign: StoredKeyCredential[] }>;
}

async function newEmulator(): Promise<Emulator> {
  const emulator = await startEmulator();
  emulator.github.addToken(GITHUB_TOKEN, { kind: 'app', permissions: { secrets: 'write' } });
  return emulator;
}

export const runWithToken = (
  emulator: Emulator,
  inputs: Record<string, string>,
  killOn?: Promise<unknown>,
): Promise<ActionRun> => runOn(emulator, { 'github-token': GITHUB_TOKEN, ...inputs }, {}, { killOn });

/**
 * A request's kind: service, method and endpoint without IDs; every secret PUT is one kind (test/e2e/
 * secret-pairs.slow.test.ts kills between each), and each Entra sign-in counts (the run's own, verification's).
 */
function kindOf(r: RequestLogEntry, index: number): string {
  if (r.service === 'entra') return `entra sign-in #${index}`;
  if (r.service === 'github' && r.method === 'PUT') return 'github PUT secret';
  return `${r.service} ${r.method} ${r.path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/gi, '{id}')}`;
}

export interface KillPoint {
  /** kill once this many requests have been answered */
  after: number;
  kind: string;
}

/** The requests an uninterrupted run makes, as kill points: after the first request of every kind. */
export async function killPoints(scenario: CrashScenario): Promise<KillPoint[]> {
  const emulator = await newEmulator();
  try {
    const { inputs } = await scenario.arrange(emulator);
    const from = emulator.requests.length;
    const reference = await runWithToken(emulator, inputs());
    expect(reference.exitCode).toBe(0);
    const requests = emulator.requests.slice(from);
    const seen = new Set<string>();
    const points: KillPoint[] = [];
    // the last request is followed only by the process's exit: a kill there is the same as none
    requests.slice(0, -1).forEach((r, i) => {
      const kind = kindOf(r, i);
      if (seen.has(kind)) return;
      seen.add(kind);
      points.push({ after: i + 1, kind });
    });
    return points;
  } finally {
    await emulator.close();
  }
}

/** Kills the run when request `after + 1` arrives; it and any later request are held and never answered. */
function killAfter(emulator: Emulator, after: number): { killOn: Promise<void>; release: () => void } {
  let count = 0;
  let kill: () => void = () => undefined;
  let release: () => void = () => undefined;
  const killOn = new Promise<void>((resolve) => (kill = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  emulator.intercept(async () => {
    if (++count <= after) return undefined;
    kill();
    await released;
    return { status: 0 };
  });
  return { killOn, release };
}

/** One kill point on a fresh tenant; returns what went wrong (nothing: converged). */
export async function killAndConverge(
  scenario: CrashScenario,
  point: KillPoint,
): Promise<string | undefined> {
  const emulator = await newEmulator();
  try {
    const { inputs, foreign } = await scenario.arrange(emulator);
    const published = secretsHeld(emulator).certificate !== '';
    const { killOn, release } = killAfter(emulator, point.after);
    const killed = await runWithToken(emulator, inputs(), killOn);
    release();
    emulator.clearInterceptors();
    // requests in flight together may come in another order than in the reference run
    expect(killed.signal === 'SIGKILL' || killed.exitCode === 0).toBe(true);
    // once a set was published, no kill point leaves it split or unregistered, even before the rerun
    if (published) {
      const left = secretsHeld(emulator);
      expect(pairOpens(left)).toBe(true);
      expect(isRegistered(emulator, thumbprintOf(left))).toBe(true);
    }

    // "Re-run failed jobs": the same inputs, with the secrets as they are now
    const rerun = await runWithToken(emulator, inputs());
    expect({ rerun: rerun.exitCode, error: failureOf(rerun) }).toEqual({ rerun: 0, error: '' });
    const held = secretsHeld(emulator);
    expect(pairOpens(held)).toBe(true);
    expect(isRegistered(emulator, thumbprintOf(held))).toBe(true);
    for (const key of foreign) expect(isRegistered(emulator, thumbprintOfKey(key))).toBe(true);

    // the next rotation, once the grace period is over, leaves the lineage converged
    ageTenant(emulator);
    const next = await runWithToken(emulator, { ...secretInputs(emulator), 'force-rotate': 'true' });
    expect({ next: next.exitCode, error: failureOf(next) }).toEqual({ next: 0, error: '' });
    await expectConverged(emulator, secretsHeld(emulator), {
      lineage: secretsLineage(),
      foreign,
      secrets: true,
    });
    return undefined;
  } catch (error) {
    return `killed after request ${point.after} (${point.kind}): ${String(error).slice(0, 800)}`;
  } finally {
    await emulator.close();
  }
}

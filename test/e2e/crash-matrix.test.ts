/**
 * Issue #14, crash matrix: a first provisioning and a rotation are killed right after a request completes —
 * at the first request of every kind the run makes (service, method, endpoint), and after the last — then
 * rerun as a workflow would (same inputs, the secrets as they are now). Every time the tenant converges:
 * the published pair opens, is registered and signs in; once the grace period is over a rotation leaves at
 * most two keys of the lineage; a foreign key is never lost.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { generateCertificate } from '../../src/certificate/certificate.js';
import { fakeGitHubToken } from '../emulator/github.js';
import {
  startEmulator,
  type Emulator,
  type RequestLogEntry,
  type StoredKeyCredential,
} from '../emulator/index.js';
import { failureOf, runOn } from '../support/e2e.js';
import type { ActionRun } from '../support/run-action.js';
import {
  ageTenant,
  expectConverged,
  isRegistered,
  pairOpens,
  registerKey,
  secretInputs,
  secretsHeld,
  secretsLineage,
  thumbprintOf,
} from '../support/tenant-keys.js';

const GITHUB_TOKEN = fakeGitHubToken('app');

interface Scenario {
  name: string;
  /** the tenant before the run that is killed; returns that run's inputs and the foreign keys to keep */
  arrange: (
    emulator: Emulator,
  ) => Promise<{ inputs: () => Record<string, string>; foreign: StoredKeyCredential[] }>;
}

async function newEmulator(): Promise<Emulator> {
  const emulator = await startEmulator();
  emulator.github.addToken(GITHUB_TOKEN, { kind: 'app', permissions: { secrets: 'write' } });
  return emulator;
}

const run = (
  emulator: Emulator,
  inputs: Record<string, string>,
  killOn?: Promise<unknown>,
): Promise<ActionRun> => runOn(emulator, { 'github-token': GITHUB_TOKEN, ...inputs }, {}, { killOn });

const scenarios: Scenario[] = [
  {
    name: 'a first provisioning',
    arrange: async () => ({ inputs: () => ({}), foreign: [] }),
  },
  {
    name: 'a forced rotation',
    arrange: async (emulator) => {
      const first = await run(emulator, {});
      expect(first.exitCode).toBe(0);
      const manual = await generateCertificate({
        subject: 'CN=Manual',
        validityDays: 90,
        keySize: 2048,
        now: new Date(),
      });
      const foreign = registerKey(emulator, manual, 'Uploaded by an admin');
      ageTenant(emulator);
      return { inputs: () => ({ ...secretInputs(emulator), 'force-rotate': 'true' }), foreign: [foreign] };
    },
  },
];

/** A request's kind: service, method and endpoint with IDs left out. */
const kindOf = (r: Pick<RequestLogEntry, 'service' | 'method' | 'path'>) =>
  `${r.service} ${r.method} ${r.path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/gi, '{id}').replace(/\(.*?\)/g, '(…)')}`;

/** Indices (1-based) of the requests to kill after: the first of every kind, and the last. */
function killPoints(requests: RequestLogEntry[]): { after: number; kind: string }[] {
  const seen = new Set<string>();
  const points: { after: number; kind: string }[] = [];
  requests.forEach((r, i) => {
    const kind = kindOf(r);
    if (seen.has(kind)) return;
    seen.add(kind);
    points.push({ after: i + 1, kind });
  });
  const last = requests.length;
  if (!points.some((p) => p.after === last))
    points.push({ after: last, kind: `${kindOf(requests[last - 1])} (last)` });
  return points;
}

/**
 * Kills the run when request `after + 1` arrives (request `after` has been answered): that request and any
 * later one are held until the process is dead, and never answered.
 */
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

describe.each(scenarios)('$name killed after each kind of request', ({ name, arrange }) => {
  let points: { after: number; kind: string }[] = [];
  beforeAll(async () => {
    // the requests an uninterrupted run makes
    const emulator = await newEmulator();
    try {
      const { inputs } = await arrange(emulator);
      const from = emulator.requests.length;
      const reference = await run(emulator, inputs());
      expect(reference.exitCode).toBe(0);
      points = killPoints(emulator.requests.slice(from));
    } finally {
      await emulator.close();
    }
  });

  it('covers every kind of request the run makes, and converges after each kill', async () => {
    expect(points.length).toBeGreaterThan(5);
    const failures: string[] = [];
    for (const point of points) {
      const emulator = await newEmulator();
      try {
        await killAndConverge(emulator, point.after);
      } catch (error) {
        failures.push(
          `${name} killed after request ${point.after} (${point.kind}): ${String(error).slice(0, 600)}`,
        );
      } finally {
        await emulator.close();
      }
    }
    expect(failures).toEqual([]);
  });

  async function killAndConverge(emulator: Emulator, after: number): Promise<void> {
    const { inputs, foreign } = await arrange(emulator);
    const { killOn, release } = killAfter(emulator, after);
    const killed = await run(emulator, inputs(), killOn);
    release();
    emulator.clearInterceptors();
    expect(killed.signal).toBe('SIGKILL');

    // "Re-run failed jobs": the same inputs, with the secrets as they are now
    const rerun = await run(emulator, inputs());
    expect({ exitCode: rerun.exitCode, error: failureOf(rerun) }).toEqual({ exitCode: 0, error: '' });
    const held = secretsHeld(emulator);
    expect(pairOpens(held)).toBe(true);
    expect(held.thumbprint).toBe(thumbprintOf(held));
    expect(isRegistered(emulator, thumbprintOf(held))).toBe(true);
    for (const key of foreign) expect(isRegistered(emulator, thumbprintOfForeign(key))).toBe(true);

    // the next rotation, once the grace period is over, leaves the lineage converged
    ageTenant(emulator);
    const next = await run(emulator, { ...secretInputs(emulator), 'force-rotate': 'true' });
    expect({ exitCode: next.exitCode, error: failureOf(next) }).toEqual({ exitCode: 0, error: '' });
    await expectConverged(emulator, secretsHeld(emulator), {
      lineage: secretsLineage(),
      foreign,
      secrets: true,
    });
  }
});

const thumbprintOfForeign = (key: StoredKeyCredential): string =>
  Buffer.from(key.customKeyIdentifier ?? '', 'base64')
    .toString('hex')
    .toUpperCase();

/**
 * The wait between verification attempts: the propagation schedule (http/retry.ts), 1 s at first, then
 * within a quarter of the time already waited more, up to 10 s, never past the deadline. Entra ID and
 * Exchange take seconds to minutes to see a change; this notices it soon and does not hammer them.
 */
import { PROPAGATION_CAP_MS, propagationDelayMs } from '../http/retry.js';
import type { Done, Outcome, Waiting } from './types.js';

export const MAX_DELAY_MS = PROPAGATION_CAP_MS;

export interface BackoffOptions {
  /** epoch ms the attempts started at */
  start: number;
  /** epoch ms: no attempt starts after it */
  deadline: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** jitter source (default Math.random) */
  random?: () => number;
  /** after each attempt that is still waiting; `seconds` since the start */
  onWaiting: (waiting: Waiting, seconds: number) => void;
  /** the error to throw when the deadline has passed */
  timedOut: (waiting: Waiting, seconds: number, attempts: number) => Error;
}

/** Runs `attempt` until it is done or the deadline has passed. */
export async function attemptUntilDone(
  attempt: () => Promise<Outcome>,
  options: BackoffOptions,
): Promise<{ outcome: Done; attempts: number; elapsedMs: number }> {
  const { start, deadline, now } = options;
  const random = options.random ?? Math.random;
  for (let attempts = 1; ; attempts++) {
    const outcome = await attempt();
    const elapsedMs = now() - start;
    if (outcome.done) return { outcome, attempts, elapsedMs };
    const seconds = Math.round(elapsedMs / 1000);
    options.onWaiting(outcome, seconds);
    const remaining = deadline - now();
    if (remaining <= 0) throw options.timedOut(outcome, seconds, attempts);
    await options.sleep(Math.min(propagationDelayMs(elapsedMs, random), remaining));
  }
}

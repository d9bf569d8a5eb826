/**
 * The wait between verification attempts: from 2 s, growing by half each time up to 10 s, never past the
 * deadline. Entra ID and Exchange take seconds to minutes to see a change; this retries often at first
 * and then without hammering them.
 */
import type { Done, Outcome, Waiting } from './types.js';

export const FIRST_DELAY_MS = 2000;
export const MAX_DELAY_MS = 10_000;
const DELAY_FACTOR = 1.5;

export interface BackoffOptions {
  /** epoch ms the attempts started at */
  start: number;
  /** epoch ms: no attempt starts after it */
  deadline: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
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
  let delay = FIRST_DELAY_MS;
  for (let attempts = 1; ; attempts++) {
    const outcome = await attempt();
    const elapsedMs = now() - start;
    if (outcome.done) return { outcome, attempts, elapsedMs };
    const seconds = Math.round(elapsedMs / 1000);
    options.onWaiting(outcome, seconds);
    const remaining = deadline - now();
    if (remaining <= 0) throw options.timedOut(outcome, seconds, attempts);
    await options.sleep(Math.min(delay, remaining));
    delay = Math.min(MAX_DELAY_MS, delay * DELAY_FACTOR);
  }
}

/** Time as the run sees it: injected, so tests wait on a fake clock instead of the real one. */
import { setTimeout as delay } from 'node:timers/promises';

export interface Clock {
  /** epoch ms */
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** the jitter of waits between 0 and 1 (default Math.random): parallel runs do not poll in step */
  jitter?(): number;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => delay(ms, undefined, signal ? { signal } : undefined),
};

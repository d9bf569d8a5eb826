/**
 * Waiting for Entra ID and Exchange to see a change: after each attempt that is still waiting, a pause on the
 * propagation schedule (http/retry.ts: 1 s at first, then within a quarter of the time already waited more, up
 * to 10 s), never past the deadline. The caller runs the attempts, so it can look elsewhere between them (is the
 * new key still registered?) without this module calling back into it.
 */
import type { Clock } from '../action/clock.js';
import { propagationDelayMs } from '../http/retry.js';

export class PropagationWait {
  readonly start: number;
  readonly deadline: number;
  /** attempts made so far */
  attempts = 0;

  constructor(
    private readonly clock: Clock,
    readonly timeoutSeconds: number,
  ) {
    this.start = clock.now();
    this.deadline = this.start + timeoutSeconds * 1000;
  }

  /** Seconds since the wait started, rounded. */
  seconds(): number {
    return Math.round((this.clock.now() - this.start) / 1000);
  }

  elapsedMs(): number {
    return this.clock.now() - this.start;
  }

  /** Counts an attempt. */
  attempted(): void {
    this.attempts++;
  }

  /**
   * After an attempt that is still waiting: `timedOut()` past the deadline, else a pause before the next attempt.
   * `signal` ends the pause early (the run is failing anyway).
   */
  async pause(timedOut: () => Error, signal?: AbortSignal): Promise<void> {
    const remaining = this.deadline - this.clock.now();
    if (remaining <= 0) throw timedOut();
    await this.clock.sleep(
      Math.min(
        propagationDelayMs(this.elapsedMs(), () => this.clock.jitter?.() ?? Math.random()),
        remaining,
      ),
      signal,
    );
  }
}

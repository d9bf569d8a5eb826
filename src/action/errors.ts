/**
 * Errors the action reports to the user. Every message says what is wrong and what to do; none may carry a
 * secret value (callers pass names and public facts only). Anything else thrown is a bug, and is said to be.
 */
import { errorMessage } from './log.js';

/** Something outside exo-cba stops the run (an input, permissions, tenant state, a service), worded for the user. */
export class ActionError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ActionError';
  }
}

/** A bad input value (or environment variable): raised before the first request to the tenant. */
export class InputError extends ActionError {
  constructor(
    readonly input: string,
    message: string,
    kind: 'Input' | 'Environment variable' = 'Input',
  ) {
    super(`${kind} '${input}': ${message}`);
    this.name = 'InputError';
  }
}

/** A broken invariant of exo-cba's own: a bug, reported as one. */
export class InternalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InternalError';
  }
}

/** What the user reads when the run fails: our own worded errors as they are, anything else as a bug. */
export function userMessage(error: unknown): string {
  if (error instanceof ActionError) return error.message;
  return (
    `exo-cba hit an unexpected error: ${errorMessage(error)}. This is a bug; please report it with the ` +
    'debug log (re-run the job with debug logging enabled).'
  );
}

/**
 * Errors the action reports to the user. Every message says what is wrong and what to do; none may
 * carry a secret value (callers pass names and public facts only).
 */

/** A bad input value: raised before the first request to the tenant. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`Input '${input}': ${message}`);
    this.name = 'InputError';
  }
}

/** Something outside the inputs stops the run (permissions, tenant state, a service). */
export class ActionError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ActionError';
  }
}

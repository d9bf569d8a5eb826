/**
 * What the user reads when the run fails. Errors exo-cba raises on purpose already say what happened and what to do; anything else (a TypeError, a library's error) is a bug
 * and is said to be one, so no internal message reaches the user unexplained.
 */
import { GraphError } from '../graph/errors.js';
import { NetworkError } from '../http/errors.js';
import { ActionError, InputError } from './errors.js';
import { errorMessage } from './log.js';

/** Errors worded for the user: a service's answer (GraphError), no answer (NetworkError), or exo-cba's own. */
function isWorded(error: unknown): error is Error {
  return (
    error instanceof ActionError ||
    error instanceof InputError ||
    error instanceof GraphError ||
    error instanceof NetworkError
  );
}

export function userMessage(error: unknown): string {
  if (isWorded(error)) return error.message;
  return (
    `exo-cba hit an unexpected error: ${errorMessage(error)}. This is a bug; please report it with the ` +
    'debug log (re-run the job with debug logging enabled).'
  );
}

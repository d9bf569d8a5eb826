/**
 * The one logger shape every module writes through: the runner's log in production (`@actions/core`),
 * a recorder in tests. Messages never carry secret values (callers pass names and public facts only).
 */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

/** The message of anything thrown, for wording an error or a warning around it. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Starts work now whose result a later step awaits (an RSA key, a read overlapping the next stage).
 * Until that step awaits it, a rejection would have no handler and Node would end the process as an
 * unhandled rejection; the no-op handler defers the error to the awaiting step, which reports it.
 */
export function awaitedLater<T>(work: Promise<T>): Promise<T> {
  work.catch(() => {});
  return work;
}

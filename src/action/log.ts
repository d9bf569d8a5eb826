/**
 * The one logger shape every module writes through: the runner's log in production (`@actions/core`), a
 * recorder in tests. Messages never carry secret values (callers pass names and public facts only).
 */
import * as core from '@actions/core';

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

/** A logger that also keeps every warning's text, so the job summary can list them. */
export interface WarningRecorder extends Logger {
  readonly warnings: readonly string[];
}

/** The runner's log, keeping the run's warnings for its job summary. */
export function runnerLog(): WarningRecorder {
  return recordWarnings({ info: core.info, warning: core.warning, debug: core.debug });
}

export function recordWarnings(log: Logger): WarningRecorder {
  const warnings: string[] = [];
  return {
    info: (message) => log.info(message),
    debug: (message) => log.debug(message),
    warning: (message) => {
      warnings.push(message);
      log.warning(message);
    },
    warnings,
  };
}

/** How long a wait has lasted of its budget ('verify-timeout'): the same words in every progress line. */
export function waitedOf(elapsedSeconds: number, budgetSeconds: number): string {
  return `${Math.round(elapsedSeconds)} s of ${Math.round(budgetSeconds)} s`;
}

/** The message of anything thrown, for wording an error or a warning around it. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What every pipeline is given: the one HTTP stack, the environment, the clock and the log of the run. */
import type { Clock } from '../action/clock.js';
import type { WarningRecorder } from '../action/log.js';
import type { HttpClient } from '../http/client.js';

export interface Run {
  http: HttpClient;
  env: NodeJS.ProcessEnv;
  clock: Clock;
  log: WarningRecorder;
}

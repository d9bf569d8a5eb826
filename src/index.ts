/**
 * Entry point of the main step: validates the inputs, runs the pipeline, and turns any failure into a
 * clear error and exit code 1. Only light modules load before the inputs are known to be valid, so a
 * run with bad inputs starts and ends fast; the pipeline (@actions/core, msal-node, axios, node-forge)
 * is imported after that.
 */
import { readSettings } from './inputs/inputs.js';
import { runnerInputs } from './inputs/reader.js';
import { appendSummary, debug, setFailed } from './action/runner.js';
import { userMessage } from './action/unexpected-error.js';
import { escapeHtml } from './publish/html.js';
import { scrub } from './action/scrub.js';
import type { Settings } from './inputs/inputs.js';

/** known once the inputs are valid: a failed run then reports the certificate's expiry and the alarm */
let settings: Settings | undefined;

try {
  // `npm run bench` reads this line (in-process time): from reading the inputs to the end of the run,
  // without the time spent loading the pipeline's modules. It carries durations only.
  const started = performance.now();
  let loading = 0;
  const load = async <T>(module: Promise<T>): Promise<T> => {
    const from = performance.now();
    try {
      return await module;
    } finally {
      loading += performance.now() - from;
    }
  };
  try {
    // readSettings opens a given PFX with node-forge: load it here, so its loading is not counted either
    if (runnerInputs('certificate')) await load(import('./certificate/certificate.js'));
    settings = await readSettings();
    const { run } = await load(import('./main.js'));
    await run({ settings });
  } finally {
    debug(
      `exo-cba run() took ${Math.round(performance.now() - started - loading)} ms (started ${Math.round(started)} ms after process start)`,
    );
  }
} catch (error) {
  const message = scrub(userMessage(error));
  setFailed(message);
  // the job summary is where people look first: say there what failed
  appendSummary(`## Exchange Online app-only access: failed\n\n<pre>${escapeHtml(message)}</pre>\n`);
  if (error instanceof Error && error.stack) debug(scrub(error.stack));
  if (settings) await (await import('./publish/failure.js')).afterFailure(settings, error, message);
}

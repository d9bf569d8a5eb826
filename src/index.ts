/** Entry point of the main step: runs the pipeline and turns any failure into a clear error and exit code 1. */
import * as core from '@actions/core';
import { scrub } from './scrub.js';

try {
  const { run } = await import('./main.js');
  // `npm run bench` reads this line (in-process time of run(), DESIGN §9); it carries no data, only durations
  const started = performance.now();
  try {
    await run();
  } finally {
    core.debug(
      `exo-cba run() took ${Math.round(performance.now() - started)} ms (started ${Math.round(started)} ms after process start)`,
    );
  }
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  core.setFailed(scrub(message));
  if (error instanceof Error && error.stack) core.debug(scrub(error.stack));
}

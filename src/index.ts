/** Entry point of the main step: runs the pipeline and turns any failure into a clear error and exit code 1. */
import * as core from '@actions/core';
import { scrub } from './scrub.js';

try {
  const { run } = await import('./main.js');
  await run();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  core.setFailed(scrub(message));
  if (error instanceof Error && error.stack) core.debug(scrub(error.stack));
}

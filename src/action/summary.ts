/** The job summary, written through @actions/core; a runner without one (a local run) just gets none. */
import * as core from '@actions/core';

export type Summary = typeof core.summary;

/** Appends what `build` adds to the job summary, when the runner provides one (GITHUB_STEP_SUMMARY). */
export async function writeJobSummary(build: (summary: Summary) => Summary): Promise<void> {
  const summary = build(core.summary);
  if (process.env.GITHUB_STEP_SUMMARY) await summary.write();
  else summary.emptyBuffer();
}

/**
 * run(intent): the entry a job uses decides the intent. Refuses untrusted events, reads and checks that entry's
 * inputs, runs the intent's pipeline on one HTTP stack, and turns any failure into a clear error, a job summary
 * and exit code 1. Each pipeline loads only what it needs.
 */
import * as core from '@actions/core';
import { systemClock } from './action/clock.js';
import { userMessage } from './action/errors.js';
import { assertTrustedEvent } from './action/event-guard.js';
import { runnerLog, type WarningRecorder } from './action/log.js';
import { scrub } from './action/scrub.js';
import { writeJobSummary } from './action/summary.js';
import { readSettings, type Intent, type Settings, type SettingsOf } from './inputs/settings.js';
import { escapeHtml } from './publish/html.js';

const INTENTS: Record<Intent, string> = {
  bootstrap:
    'the provisioning app (client-id) creates and repairs the managed app and publishes its certificate',
  rotate: 'the managed app (app-id) rotates its own certificate, signed in with it',
  token:
    'the managed app (app-id) hands this job an access token, signed in with the job’s GitHub OIDC token',
  use: 'this job uses the published certificate; no sign-in, no request',
  remove: 'the provisioning app (client-id) takes away what exo-cba set up for the managed app',
  revoke: 'the provisioning app (client-id) disables the managed app now (emergency)',
};

export async function run(intent: Intent, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const log = runnerLog();
  const started = systemClock.now();
  let settings: Settings | undefined;
  try {
    log.info(`exo-cba ${intent}: ${INTENTS[intent]}.`);
    // who started the run decides before anything else whether it runs at all
    assertTrustedEvent(env);
    const read = await readSettings(intent, undefined, env);
    settings = read.settings;
    for (const note of read.notes) log.warning(note);
    await runPipeline(settings, env, log);
  } catch (error) {
    const message = scrub(userMessage(error));
    core.setFailed(message);
    // the job summary is where people look first: say there what failed
    await writeJobSummary((s) =>
      s.addRaw(`## Exchange Online app-only access: failed\n\n<pre>${escapeHtml(message)}</pre>\n`),
    );
    if (error instanceof Error && error.stack) core.debug(scrub(error.stack));
    if (settings)
      await (await import('./publish/failure.js')).afterFailure(settings, error, message, env, log);
  } finally {
    // the time spent in this process, without Node's start: what `npm run bench` reports as in-process time
    core.debug(`exo-cba run() took ${systemClock.now() - started} ms`);
  }
}

async function runPipeline(settings: Settings, env: NodeJS.ProcessEnv, log: WarningRecorder): Promise<void> {
  if (settings.intent === 'use')
    return (await import('./pipelines/use.js')).use(settings, {
      env,
      log,
      now: () => new Date(systemClock.now()),
    });
  const { HttpClient } = await import('./http/client.js');
  // owned by the run: once it has failed, requests still in flight end instead of retrying
  const failed = new AbortController();
  const http = new HttpClient({ log, signal: failed.signal });
  const run = { http, env, clock: systemClock, log };
  try {
    await PIPELINES[settings.intent](settings as never, run);
  } catch (error) {
    failed.abort();
    throw error;
  } finally {
    http.close();
  }
}

type Pipeline<I extends Intent> = (
  settings: SettingsOf<I>,
  run: import('./pipelines/run.js').Run,
) => Promise<void>;

const PIPELINES: { [I in Exclude<Intent, 'use'>]: Pipeline<I> } = {
  bootstrap: async (s, r) => (await import('./pipelines/bootstrap.js')).bootstrap(s, r),
  rotate: async (s, r) => (await import('./pipelines/rotate.js')).rotate(s, r),
  token: async (s, r) => (await import('./pipelines/token.js')).token(s, r),
  remove: async (s, r) => (await import('./pipelines/remove.js')).remove(s, r),
  revoke: async (s, r) => (await import('./pipelines/revoke.js')).revoke(s, r),
};

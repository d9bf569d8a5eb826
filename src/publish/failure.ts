/**
 * After a failed run (the entry's catch): the expiry of the certificate still published (the input, as
 * nothing new was published) — output, annotation, summary line — and the alarm issue. Never throws: the
 * step has failed already, with its own message.
 */
import * as core from '@actions/core';
import { errorMessage, type Logger } from '../action/log.js';
import type { Settings } from '../inputs/inputs.js';
import { raiseAlarm } from './alarm.js';
import { ExpiryError, expiryLine, judgeExpiry } from './expiry.js';
import { announceExpiry } from './report.js';

const log: Logger = { info: core.info, warning: core.warning, debug: core.debug };

export async function afterFailure(
  settings: Settings,
  error: unknown,
  message: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  try {
    const input = settings.certificate;
    // an ExpiryError is this very judgement, announced by the run that threw it
    if (input && !settings.remove && !(error instanceof ExpiryError)) {
      const expiry = judgeExpiry(input, {
        ...settings,
        rotated: false,
        now: new Date(),
        cause: 'this run failed (see the error above)',
      });
      announceExpiry(expiry);
      await core.summary
        .addRaw(`<p>Published certificate <code>${input.thumbprintSha1}</code>: ${expiryLine(expiry)}.</p>`)
        .write();
    }
    await raiseAlarm(settings, message, { env, log });
  } catch (failure) {
    log.warning(`exo-cba could not report the failure further: ${errorMessage(failure)}`);
  }
}

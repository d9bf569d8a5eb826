/**
 * After a failed run (the entry's catch): the expiry of the certificate still published (the input, as nothing
 * new was published) — output, annotation, summary line — and, for the runs that keep the certificate up to date,
 * the alarm issue. Never throws: the step has failed already, with its own message.
 */
import { errorMessage, type Logger } from '../action/log.js';
import { writeJobSummary } from '../action/summary.js';
import type { Settings } from '../inputs/settings.js';
import { lineageOfRun } from '../keys/lineage.js';
import { raiseAlarm } from './alarm.js';
import { ExpiryError, expiryLine, judgeExpiry } from './expiry.js';
import { announceExpiry } from './outputs.js';

export async function afterFailure(
  settings: Settings,
  error: unknown,
  message: string,
  env: NodeJS.ProcessEnv,
  log: Logger,
): Promise<void> {
  if (settings.intent !== 'bootstrap' && settings.intent !== 'rotate' && settings.intent !== 'use') return;
  try {
    const input = settings.certificate;
    // an ExpiryError is this very judgement, announced by the run that threw it
    if (input && !(error instanceof ExpiryError)) {
      const expiry = judgeExpiry(input, {
        ...settings,
        rotated: false,
        now: new Date(),
        cause: 'this run failed (see the error above)',
      });
      announceExpiry(expiry);
      await writeJobSummary((s) =>
        s.addRaw(`<p>Published certificate <code>${input.thumbprintSha1}</code>: ${expiryLine(expiry)}.</p>`),
      );
    }
    if (settings.intent !== 'use')
      await raiseAlarm(
        {
          secrets: settings.secrets,
          tenantId: settings.tenantId,
          lineage: lineageOfRun(settings.secrets, env),
        },
        message,
        { env, log },
      );
  } catch (failure) {
    log.warning(`exo-cba could not report the failure further: ${errorMessage(failure)}`);
  }
}

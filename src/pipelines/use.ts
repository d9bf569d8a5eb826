/**
 * The use entry: a job that only uses the published certificate. From the `certificate` and
 * `certificate-password` secrets it writes the PFX file (0600, removed by the post step), imports it into the
 * Windows store on request, outputs its path, thumbprint and expiry, and warns or fails inside
 * `rotate-before-days` / `fail-before-days`. No sign-in, no request.
 */
import type { WarningRecorder } from '../action/log.js';
import { writeJobSummary } from '../action/summary.js';
import type { UseSettings } from '../inputs/settings.js';
import { ExpiryError, expiryLine, judgeExpiry } from '../publish/expiry.js';
import { connectLine } from '../publish/connect-line.js';
import { handToJob } from '../publish/hand-over.js';
import { escapeHtml as html } from '../publish/html.js';
import { announceExpiry } from '../publish/outputs.js';
import { connectSection, warningsSection } from '../publish/summary-sections.js';

export async function use(
  settings: UseSettings,
  run: { env: NodeJS.ProcessEnv; log: WarningRecorder; now: () => Date },
): Promise<void> {
  const { certificate } = settings;
  const credential = await handToJob(certificate, { ...settings, pfxOutputs: false }, run.env, run.log);
  const expiry = judgeExpiry(certificate, {
    ...settings,
    rotated: false,
    now: run.now(),
    cause: 'the rotation workflow has not replaced it yet',
  });
  announceExpiry(expiry);
  run.log.info(
    `Certificate ${certificate.thumbprintSha1} (${certificate.subject}): ${expiryLine(expiry)}; ` +
      (credential.kind === 'store'
        ? `imported into Cert:\\CurrentUser\\My.`
        : `PFX file ${credential.kind === 'file' ? credential.path : ''}.`),
  );
  await writeJobSummary((s) =>
    s
      .addHeading('Exchange Online certificate', 2)
      .addRaw(
        `<p>Certificate <code>${certificate.thumbprintSha1}</code> (${html(certificate.subject)}), ${expiryLine(expiry)}` +
          (credential.kind === 'store'
            ? ', in <code>Cert:\\CurrentUser\\My</code>'
            : ', as a PFX file (output certificate-path)') +
          '; removed at the end of the job.</p>\n',
      )
      .addRaw(warningsSection(run.log.warnings))
      .addRaw(
        connectSection(
          connectLine({
            runnerOs: run.env.RUNNER_OS,
            stepId: run.env.GITHUB_ACTION,
            appId: { fromSecrets: true },
            organization: { fromSecrets: true },
            // the cloud is not the use entry's concern: sovereign clouds add -ExchangeEnvironmentName themselves
            exchangeEnvironmentName: '',
            credential,
          }),
        ),
      ),
  );
  if (expiry.level === 'error' && expiry.message) throw new ExpiryError(expiry.message);
}

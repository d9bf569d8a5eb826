/** The steps that add, verify and remove the app's certificates, through the run's key ring. */
import { errorMessage } from '../../action/log.js';
import { maskCertificate } from '../../action/mask.js';
import { generateCertificate } from '../../certificate/certificate.js';
import { certificateMark } from '../../keys/lineage.js';
import { certificateCheck, verificationResult } from '../../verify/certificate-check.js';
import { fallbackWarning, progressMessage, timeoutError, verifiedMessage } from '../../verify/messages.js';
import { KEY_NOT_FOUND } from '../../verify/token-check.js';
import type { VerifyOptions } from '../../verify/types.js';
import { PropagationWait } from '../../verify/wait.js';
import type { RunState, StepOf } from '../context.js';

export async function addCertificate(step: StepOf<'add-certificate'>, state: RunState): Promise<void> {
  const { ctx } = state;
  const app = state.requireApp();
  const issued = await generateCertificate({
    subject: step.subject,
    validityDays: step.validityDays,
    keySize: step.keySize,
    now: new Date(ctx.clock.now()),
    friendlyName: `exo-cba ${app.appId}`,
    password: ctx.reusablePassword,
    mark: certificateMark(ctx.lineage),
  });
  maskCertificate(issued);
  const via = await state.keys().add(issued);
  state.certificate = issued;
  state.rotated = true;
  state.changes.push(
    `added certificate ${issued.thumbprintSha1} (expires ${issued.notAfter.toISOString()}, ${via})`,
  );
}

/**
 * Waits until Entra ID (and Exchange) accept the certificate. When Entra answers "key not found", the app is
 * looked at at once: a key a concurrent change dropped will not propagate, so it is put back within seconds.
 */
export async function verifyCertificate(step: StepOf<'verify-certificate'>, state: RunState): Promise<void> {
  const { ctx } = state;
  const certificate = state.requireCertificate();
  const options: VerifyOptions = {
    ...ctx.verification,
    mode: step.mode,
    tenantId: ctx.tenantId,
    appId: state.requireApp().appId,
    organization: ctx.observed.organization,
    certificate,
    http: ctx.http,
  };
  const wait = new PropagationWait(ctx.clock, options.timeoutSeconds);
  const check = certificateCheck(options, wait.deadline);
  for (;;) {
    wait.attempted();
    const outcome = await check.attempt();
    if (outcome.done) {
      const result = verificationResult(options, outcome, wait);
      if (outcome.fallbackReason) ctx.log.warning(fallbackWarning(options, outcome.fallbackReason));
      if (outcome.note) ctx.log.info(outcome.note);
      ctx.log.info(verifiedMessage(options, result));
      state.verification = result;
      return;
    }
    // a key a concurrent change dropped will never propagate: put it back now, not after verify-timeout
    const restored =
      state.rotated &&
      outcome.stage === 'key' &&
      outcome.code === KEY_NOT_FOUND &&
      (await state.keys().restoreBeforePublishing());
    if (restored) continue;
    ctx.log.info(progressMessage(options, outcome, wait.seconds()));
    await wait.pause(() => timeoutError(options, outcome, wait.seconds(), wait.attempts));
  }
}

export async function removeCertificates(
  step: StepOf<'remove-certificates'>,
  state: RunState,
): Promise<void> {
  const { ctx, certificate } = state;
  try {
    const removed = await state.keys().remove(step.keys, certificate?.thumbprintSha1);
    if (removed.length)
      state.changes.push(
        `removed certificate(s) ${removed.map((k) => `${k.thumbprint} (${k.reason})`).join(', ')}`,
      );
  } catch (error) {
    // the published certificate works and is in place; failing the job now would only stop the jobs that need it
    ctx.log.warning(
      `Could not remove old certificate(s) ${step.keys.map((k) => k.thumbprint).join(', ')} from the app: ` +
        `${errorMessage(error)}. They stay registered (nothing breaks); the next run removes them.`,
    );
  }
}

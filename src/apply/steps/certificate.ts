/** The steps that add, verify and remove the app's certificates. */
import { ActionError } from '../../action/errors.js';
import { errorMessage } from '../../action/log.js';
import type { KeyRemoval } from '../../plan/plan.js';
import {
  addCertificate,
  CONCURRENCY_HINT,
  isRegistered,
  keepRegistered,
  removeKeys,
} from '../key-credentials.js';
import type { ApplyState, StepOf } from '../state.js';

export async function addCertificateStep(step: StepOf<'add-certificate'>, state: ApplyState): Promise<void> {
  const { ctx } = state;
  const target = state.requireApp();
  const writer = state.keyWriter(step.signWith);
  const added =
    (await ctx.earlyCertificate) ??
    (await addCertificate(writer, {
      // PATCH replaces the whole list: start from a fresh read, not from the observation, so a key another
      // run added meanwhile is kept (the race window shrinks to about one round trip); the read is in
      // flight while the certificate is built; an app this run created holds no key yet, unless a
      // concurrent run created it first and may have added its own
      base: state.appCreated && !state.appCreatedConcurrently ? 'none' : 'read',
      certificate: {
        subject: step.subject,
        validityDays: step.validityDays,
        keySize: step.keySize as 2048 | 3072 | 4096,
        now: ctx.now(),
        friendlyName: `exo-cba ${target.appId}`,
        password: ctx.reusablePassword,
        privateKeyPem: ctx.newKey.start(),
      },
      afterCreate: state.appCreated,
    }));
  state.signedWith = step.signWith;
  state.keyWrittenAt = Date.now();
  state.keyCheck = added.check;
  // a failed re-read ends verification's waits; the stage loop reports it
  added.check.catch((error: unknown) => state.keyLost.abort(error));
  state.certificate = added.issued;
  state.rotated = true;
  state.changes.push(
    `added certificate ${added.issued.thumbprintSha1} (expires ${added.issued.notAfter.toISOString()}, ${added.via})`,
  );
}

export async function verifyCertificateStep(
  step: StepOf<'verify-certificate'>,
  state: ApplyState,
): Promise<void> {
  const { ctx, keyLost } = state;
  const verifying = state.certificate;
  if (!verifying) throw new ActionError('internal: no certificate to verify');
  try {
    // PATCH path: a concurrent PATCH may drop the new key while Entra does not know it yet; when Entra
    // answers "key not found", look at the app at once instead of after the whole verify-timeout
    const writer = state.keyWriter(state.signedWith);
    const onKeyNotFound =
      state.rotated && !writer.signer ? () => keepRegistered(writer, verifying, state.appCreated) : undefined;
    state.verification = await ctx.verify(
      verifying,
      state.requireApp().appId,
      step.mode,
      keyLost.signal,
      onKeyNotFound,
    );
  } catch (error) {
    // the re-read after adding found the key gone and aborted the waits: that is the error to report
    if (keyLost.signal.aborted) throw keyLost.signal.reason;
    // a concurrent run's PATCH can drop the new key while it is being verified: say so, not "wait longer"
    const gone =
      state.rotated &&
      (await isRegistered(ctx.graph, state.requireApp().id, verifying).then(
        (registered) => !registered,
        () => false, // the verification error is the one to report
      ));
    if (gone) {
      throw new ActionError(
        `The new certificate ${verifying.thumbprintSha1} was removed from the app while exo-cba verified it. ${CONCURRENCY_HINT}`,
        { cause: error },
      );
    }
    throw error;
  }
}

export async function removeCertificates(
  step: StepOf<'remove-certificates'>,
  state: ApplyState,
): Promise<void> {
  const { ctx, certificate } = state;
  let removed: KeyRemoval[];
  try {
    const writer = state.keyWriter(step.signWith);
    removed = await removeKeys(writer, step.keys, {
      protect: certificate?.thumbprintSha1,
      issued: state.rotated ? certificate : undefined,
    });
    // the PATCH's fresh read found the new key, or put it back
    state.registeredAfterPublishing = state.rotated && !writer.signer;
  } catch (error) {
    // the published certificate works and is in place; failing the job now would only stop the jobs that need it
    ctx.log.warning(
      `Could not remove old certificate(s) ${step.keys.map((k) => k.thumbprint).join(', ')} from the app: ` +
        `${errorMessage(error)}. They stay registered (nothing breaks); the next run removes them.`,
    );
    return;
  }
  if (removed.length)
    state.changes.push(
      `removed certificate(s) ${removed.map((k) => `${k.thumbprint} (${k.reason})`).join(', ')}`,
    );
}

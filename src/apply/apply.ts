/**
 * Carries out a plan: each stage's steps concurrently, stages in order. Every step is idempotent and
 * re-reads where a concurrent run could have changed things, so a rerun after any failure converges.
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { IssuedCertificate } from '../certificate/certificate.js';
import { ActionError } from '../action/errors.js';
import { GraphError } from '../graph/errors.js';
import { ensureRegistered } from './key-credentials.js';
import { ApplyState, type ApplyContext } from './state.js';
import { runStep } from './steps/index.js';
import { EXISTING_APP_WRITES } from '../plan/permissions.js';
import type { Plan, Step } from '../plan/plan.js';
import type { VerificationResult } from '../verify/verify.js';

export interface ApplyResult {
  appObjectId: string;
  appId: string;
  servicePrincipalId: string;
  certificate: IssuedCertificate;
  rotated: boolean;
  verification?: VerificationResult;
  secretsWritten: string[];
  /** one line per change made, for the log and the summary */
  changes: string[];
}

export async function apply(plan: Plan, ctx: ApplyContext): Promise<ApplyResult> {
  const state = new ApplyState(ctx);
  // the new key overlaps the round trips before add-certificate
  if (plan.stages.flat().some((s) => s.kind === 'add-certificate')) ctx.newKey.start();

  for (const stage of plan.stages) {
    // the certificate is published (outputs, file) only once it is registered and verified, before secrets are written
    if (stage.some((s) => s.kind === 'publish-secrets' || s.kind === 'remove-certificates')) {
      await state.takeKeyCheck();
      if (state.certificate && state.app) await ctx.onCertificate?.(state.certificate, state.app.appId);
    }
    await Promise.all([
      state.takeKeyCheck(),
      ...stage.map((step) => runStep(step, state).catch((error: unknown) => explain(error, step, state))),
    ]);
  }
  await state.takeKeyCheck();
  const { certificate, app } = state;
  if (state.rotated && certificate && app && !state.registeredAfterPublishing && ctx.keysReadable !== false) {
    // a PATCH of another run based on a read from before ours lands up to a round trip or two later: a run
    // that ends sooner (no verification) looks once that has passed, so it still sees and repairs the loss
    if (!state.signedWith) await settle(state.keyWrittenAt);
    await ensureRegistered(state.keyWriter(state.signedWith), certificate);
  }
  return result(state);
}

/** How long after a keyCredentials PATCH a concurrent PATCH based on an older read may still land. */
const PATCH_SETTLE_MS = 2000;

async function settle(writtenAt: number | undefined): Promise<void> {
  const wait = (writtenAt ?? 0) + PATCH_SETTLE_MS - Date.now();
  if (wait > 0) await delay(wait);
}

function result(state: ApplyState): ApplyResult {
  const app = state.requireApp();
  if (!state.servicePrincipalId) throw new ActionError('internal: no service principal after apply');
  if (!state.certificate) throw new ActionError('internal: no certificate after apply');
  return {
    appObjectId: app.id,
    appId: app.appId,
    servicePrincipalId: state.servicePrincipalId,
    certificate: state.certificate,
    rotated: state.rotated,
    verification: state.verification,
    secretsWritten: state.secretsWritten,
    changes: state.changes,
  };
}

/** A 403 on an app this run did not create: OwnedBy covers only apps the provisioning app owns. */
function explain(error: unknown, step: Step, state: ApplyState): never {
  if (
    error instanceof GraphError &&
    error.status === 403 &&
    EXISTING_APP_WRITES.has(step.kind) &&
    !state.appCreated
  ) {
    throw new ActionError(
      `Graph refused to change the app (${error.code}, request-id ${error.requestId ?? 'n/a'}). With ` +
        'Application.ReadWrite.OwnedBy the provisioning app may change only apps it owns, i.e. the ones it created. To manage ' +
        "an app made elsewhere (the 'app-id' input), grant the provisioning app Application.ReadWrite.All and admin-consent it, " +
        'or add its service principal as an owner of the app. Nothing in this step was changed.',
      { cause: error },
    );
  }
  throw error;
}

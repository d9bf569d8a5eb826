/**
 * Carries out a plan: each stage's steps concurrently, stages in order, except that writes to the app object
 * itself go one at a time (Entra refuses writes to one application made too close together). Every step is
 * idempotent and re-reads where a concurrent run could have changed things, so a rerun after any failure
 * converges. A run applies its plan in two parts, so the certificate is handed to the job in between:
 * `applyChanges` (the tenant, then verification) and `applyPublication` (secrets, pruning, the last look at
 * the run's own key).
 */
import { ActionError } from '../action/errors.js';
import type { IssuedCertificate } from '../certificate/certificate.js';
import { GraphError } from '../graph/errors.js';
import { EXISTING_APP_WRITES } from '../plan/permissions.js';
import type { Plan, Step } from '../plan/plan.js';
import type { VerificationResult } from '../verify/types.js';
import { RunState, type ApplyContext } from './context.js';
import { runStep } from './steps/index.js';

export interface ApplyResult {
  appObjectId: string;
  appId: string;
  servicePrincipalId?: string;
  certificate: IssuedCertificate;
  rotated: boolean;
  verification?: VerificationResult;
  secretsWritten: string[];
  /** one line per change made, for the log and the summary */
  changes: string[];
}

/** The steps that come once the certificate is verified and handed to the job. */
const PUBLICATION: ReadonlySet<Step['kind']> = new Set<Step['kind']>([
  'publish-secrets',
  'delete-secrets',
  'remove-certificates',
  'remove-role-group-member',
  'unassign-role',
  'untag-app',
]);

/** Steps that write the application object: never two at once. */
const APP_WRITES: ReadonlySet<Step['kind']> = new Set<Step['kind']>([
  'update-app-permissions',
  'rename-app',
  'add-certificate',
  'add-federated-credential',
  'tag-app',
  'untag-app',
]);

/** The tenant's changes and the verification of the certificate; returns the state for the publication. */
export async function applyChanges(plan: Plan, ctx: ApplyContext): Promise<RunState> {
  const state = new RunState(ctx);
  await runStages(
    plan.stages.map((stage) => stage.filter((s) => !PUBLICATION.has(s.kind))),
    state,
  );
  // a new key is handed to the job only once it was seen registered
  if (state.rotated) await state.keys().confirmBeforePublishing();
  return state;
}

/** Secrets, then old keys; the last thing is a look at the run's own key, put back if a concurrent run dropped it. */
export async function applyPublication(plan: Plan, state: RunState): Promise<ApplyResult> {
  await runStages(
    plan.stages.map((stage) => stage.filter((s) => PUBLICATION.has(s.kind))),
    state,
  );
  if (state.rotated) await state.keys().keepRegistered({ verified: state.verification !== undefined });
  const app = state.requireApp();
  return {
    appObjectId: app.id,
    appId: app.appId,
    servicePrincipalId: state.servicePrincipalId,
    certificate: state.requireCertificate(),
    rotated: state.rotated,
    verification: state.verification,
    secretsWritten: state.secretsWritten,
    changes: state.changes,
  };
}

async function runStages(stages: Step[][], state: RunState): Promise<void> {
  for (const stage of stages) {
    const appWrites = stage.filter((s) => APP_WRITES.has(s.kind));
    const others = stage.filter((s) => !APP_WRITES.has(s.kind));
    await Promise.all([
      (async () => {
        for (const step of appWrites) await run(step, state);
      })(),
      ...others.map((step) => run(step, state)),
    ]);
  }
}

async function run(step: Step, state: RunState): Promise<void> {
  try {
    await runStep(step, state);
  } catch (error) {
    throw explain(error, step, state);
  }
}

/** A 403 on an app this run did not create: OwnedBy covers only apps the provisioning app owns. */
function explain(error: unknown, step: Step, state: RunState): unknown {
  if (
    !(error instanceof GraphError) ||
    error.status !== 403 ||
    !EXISTING_APP_WRITES.has(step.kind) ||
    state.appCreated
  )
    return error;
  return new ActionError(
    `Graph refused to change the app (${error.code}, request-id ${error.requestId ?? 'n/a'}). With ` +
      'Application.ReadWrite.OwnedBy the provisioning app may change only apps it owns, i.e. the ones it created. To manage ' +
      "an app made elsewhere (the 'app-id' input), grant the provisioning app Application.ReadWrite.All and admin-consent it, " +
      'or add its service principal as an owner of the app. Nothing in this step was changed.',
    { cause: error },
  );
}

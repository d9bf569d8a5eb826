/** The step that lets the consumer jobs' GitHub OIDC tokens sign in as the managed app (token mode). */
import { ActionError } from '../../action/errors.js';
import {
  isDuplicateSubjectError,
  isLimitError,
  MAX_FEDERATED_CREDENTIALS,
  upsertFederatedCredential,
} from '../../graph/federated-credentials.js';
import { FEDERATED_CREDENTIAL_DESCRIPTION } from '../../plan/federated-trust.js';
import type { RunState, StepOf } from '../context.js';

export async function addFederatedCredential(
  step: StepOf<'add-federated-credential'>,
  state: RunState,
): Promise<void> {
  try {
    const outcome = await upsertFederatedCredential(
      state.ctx.graph,
      state.requireApp().id,
      { ...step, description: FEDERATED_CREDENTIAL_DESCRIPTION },
      state.appCreated,
    );
    state.changes.push(
      `${outcome === 'created' ? 'added' : 'updated'} federated credential ${step.name} for subject ${step.subject}`,
    );
  } catch (error) {
    // another run or person wrote the app's credentials since they were read
    if (isLimitError(error))
      throw new ActionError(
        `Entra ID refused federated credential ${step.name} for ${step.subject}: the app has ${MAX_FEDERATED_CREDENTIALS} ` +
          'already (its limit). Remove ones no longer used (App registrations → the app → Certificates & secrets → ' +
          'Federated credentials), or list fewer access-token-subjects.',
        { cause: error },
      );
    if (isDuplicateSubjectError(error))
      throw new ActionError(
        `Another federated credential of the app already trusts subject ${step.subject} (issuer ${step.issuer}); it was ` +
          'added since this run read the app. exo-cba leaves it as it is: rerun to see whether its audience fits.',
        { cause: error },
      );
    throw error;
  }
}

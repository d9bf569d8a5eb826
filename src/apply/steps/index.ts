/** One handler per step kind: the table apply runs each step of the plan through. */
import type { Step } from '../../plan/plan.js';
import type { ApplyState, StepOf } from '../state.js';
import { createApp, renameApp, updateAppPermissions } from './app.js';
import { addCertificateStep, removeCertificates, verifyCertificateStep } from './certificate.js';
import { addFederatedCredential } from './federated-credential.js';
import { publishSecrets } from './secrets.js';
import { assignRole, createServicePrincipal, grantPermission } from './service-principal.js';

type StepHandlers = { [K in Step['kind']]: (step: StepOf<K>, state: ApplyState) => Promise<void> };

const STEP_HANDLERS: StepHandlers = {
  'create-app': createApp,
  'update-app-permissions': updateAppPermissions,
  'rename-app': renameApp,
  'create-service-principal': createServicePrincipal,
  'add-certificate': addCertificateStep,
  'grant-permission': grantPermission,
  'assign-role': assignRole,
  'add-federated-credential': addFederatedCredential,
  'verify-certificate': verifyCertificateStep,
  'publish-secrets': publishSecrets,
  'remove-certificates': removeCertificates,
};

export function runStep(step: Step, state: ApplyState): Promise<void> {
  // the table pairs each kind with its handler; TypeScript cannot correlate the two through the union
  const handler = STEP_HANDLERS[step.kind] as (step: Step, state: ApplyState) => Promise<void>;
  return handler(step, state);
}

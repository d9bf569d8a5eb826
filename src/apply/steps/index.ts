/** One handler per step kind: the table apply runs each step of the plan through. */
import type { Step } from '../../plan/plan.js';
import type { RunState, StepOf } from '../context.js';
import { createApp, renameApp, updateAppPermissions } from './app.js';
import { addCertificate, removeCertificates, verifyCertificate } from './certificate.js';
import { addFederatedCredential } from './federated-credential.js';
import {
  addRoleGroupMember,
  enableServicePrincipal,
  registerExchangeServicePrincipal,
  removeRoleGroupMember,
  tagApp,
  unassignRole,
} from './exchange-rbac.js';
import { deleteSecrets, publishSecrets } from './secrets.js';
import { assignRole, createServicePrincipal, grantPermission } from './service-principal.js';

type StepHandlers = { [K in Step['kind']]: (step: StepOf<K>, state: RunState) => Promise<void> };

const STEP_HANDLERS: StepHandlers = {
  'create-app': createApp,
  'update-app-permissions': updateAppPermissions,
  'rename-app': renameApp,
  'create-service-principal': createServicePrincipal,
  'add-certificate': addCertificate,
  'grant-permission': grantPermission,
  'assign-role': assignRole,
  'add-federated-credential': addFederatedCredential,
  'verify-certificate': verifyCertificate,
  'tag-app': tagApp,
  'untag-app': tagApp,
  'enable-service-principal': enableServicePrincipal,
  'register-exchange-service-principal': registerExchangeServicePrincipal,
  'add-role-group-member': addRoleGroupMember,
  'remove-role-group-member': removeRoleGroupMember,
  'unassign-role': unassignRole,
  'publish-secrets': publishSecrets,
  'delete-secrets': deleteSecrets,
  'remove-certificates': removeCertificates,
};

export function runStep(step: Step, state: RunState): Promise<void> {
  // the table pairs each kind with its handler; TypeScript cannot correlate the two through the union
  const handler = STEP_HANDLERS[step.kind] as (step: Step, state: RunState) => Promise<void>;
  return handler(step, state);
}

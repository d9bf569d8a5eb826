/** The steps that create the app's service principal and give it access to Exchange Online. */
import { InternalError } from '../../action/errors.js';
import { grantAppRole } from '../../graph/app-role-assignments.js';
import { assignDirectoryRole } from '../../graph/role-assignments.js';
import { upsertServicePrincipal } from '../../graph/service-principals.js';
import type { RunState, StepOf } from '../context.js';

export async function createServicePrincipal(
  _step: StepOf<'create-service-principal'>,
  state: RunState,
): Promise<void> {
  const sp = await upsertServicePrincipal(state.ctx.graph, state.requireApp().appId);
  state.servicePrincipalId = sp.id;
  state.spCreated = true;
  state.changes.push('created the service principal');
}

export async function grantPermission(step: StepOf<'grant-permission'>, state: RunState): Promise<void> {
  const { graph, observed } = state.ctx;
  const outcome = await grantAppRole(
    graph,
    {
      principalId: state.requireServicePrincipal(),
      resourceId: step.resourceId ?? requireExchange(observed.exchange),
      appRoleId: step.appRoleId,
    },
    state.spCreated,
  );
  const what = `${step.resource ? `${step.resource} ` : ''}${step.permission}`;
  if (outcome === 'already') state.ctx.log.info(`Admin consent for ${what}: already in place.`);
  else state.changes.push(`granted admin consent for ${what}`);
}

export async function assignRole(step: StepOf<'assign-role'>, state: RunState): Promise<void> {
  const principalId = state.requireServicePrincipal();
  const outcome = await assignDirectoryRole(
    state.ctx.graph,
    principalId,
    step.role.templateId,
    state.spCreated,
  );
  if (outcome === 'already') state.ctx.log.info(`Directory role ${step.role.name}: already in place.`);
  else state.changes.push(`assigned directory role ${step.role.name}`);
}

function requireExchange(exchange: { id: string } | undefined): string {
  if (!exchange) throw new InternalError('consent is granted only by a run that read Exchange Online');
  return exchange.id;
}

/**
 * The steps that give the managed app its Exchange role groups, run as the provisioning app through Exchange's
 * admin API: record them on the application (tags), register the service principal in Exchange, add it to a
 * group, take it out of one. "Already exists" and "already a member" are the state wanted; a service principal
 * Exchange does not know yet (it learns of new Entra service principals after a delay) is waited for.
 */
import { ActionError, InternalError } from '../../action/errors.js';
import { CmdletError, invokeCmdlet, type ExchangeTarget } from '../../exchange/cmdlets.js';
import { updateApplication } from '../../graph/applications.js';
import { removeDirectoryRole } from '../../graph/role-assignments.js';
import { setServicePrincipalEnabled } from '../../graph/service-principals.js';
import { PropagationWait } from '../../verify/wait.js';
import type { RunState, StepOf } from '../context.js';

function admin(state: RunState): ExchangeTarget {
  if (!state.ctx.exchangeAdmin) throw new InternalError('no Exchange access for the role group steps');
  return state.ctx.exchangeAdmin;
}

export async function tagApp(step: StepOf<'tag-app' | 'untag-app'>, state: RunState): Promise<void> {
  await updateApplication(state.ctx.graph, state.requireApp().id, { tags: step.tags }, state.appCreated);
}

export async function enableServicePrincipal(
  _step: StepOf<'enable-service-principal'>,
  state: RunState,
): Promise<void> {
  await setServicePrincipalEnabled(state.ctx.graph, state.requireServicePrincipal(), true);
  state.changes.push('enabled the app again (enable-app: true)');
}

export async function registerExchangeServicePrincipal(
  _step: StepOf<'register-exchange-service-principal'>,
  state: RunState,
): Promise<void> {
  const { ctx } = state;
  const app = state.requireApp();
  const objectId = state.requireServicePrincipal();
  const wait = new PropagationWait(ctx.clock, ctx.verification.timeoutSeconds);
  for (;;) {
    try {
      await invokeCmdlet(admin(state), 'New-ServicePrincipal', {
        AppId: app.appId,
        ObjectId: objectId,
        DisplayName: `exo-cba ${app.appId}`,
      });
      state.changes.push(`registered the app's service principal ${objectId} in Exchange Online`);
      return;
    } catch (error) {
      if (error instanceof CmdletError && error.alreadyExists) return;
      if (!(error instanceof CmdletError) || !error.notFound) throw explain(error);
      ctx.log.info(
        `Exchange does not know the app's service principal ${objectId} yet (${error.exchangeMessage}); waiting ` +
          `(${wait.seconds()} s of ${ctx.verification.timeoutSeconds} s).`,
      );
      await wait.pause(
        () =>
          new ActionError(
            `Exchange Online did not learn of the app's service principal ${objectId} within ${wait.seconds()} s ` +
              `('verify-timeout'): ${error.exchangeMessage}. Rerun the workflow; the app and its other grants are in place.`,
          ),
      );
    }
  }
}

export async function addRoleGroupMember(
  step: StepOf<'add-role-group-member'>,
  state: RunState,
): Promise<void> {
  try {
    await invokeCmdlet(admin(state), 'Add-RoleGroupMember', {
      Identity: step.group,
      Member: state.requireServicePrincipal(),
      BypassSecurityGroupManagerCheck: true,
      Confirm: false,
    });
    state.changes.push(`added the app to Exchange role group ${step.group}`);
  } catch (error) {
    if (error instanceof CmdletError && error.alreadyMember) return;
    if (error instanceof CmdletError && error.notFound)
      throw new ActionError(
        `Exchange has no role group '${step.group}' ('exchange-role-groups'): ${error.exchangeMessage} Use the name of ` +
          'a built-in role group (e.g. Recipient Management, View-Only Organization Management) or of a custom one ' +
          '(Get-RoleGroup lists them).',
        { cause: error },
      );
    throw explain(error);
  }
}

export async function removeRoleGroupMember(
  step: StepOf<'remove-role-group-member'>,
  state: RunState,
): Promise<void> {
  try {
    await invokeCmdlet(admin(state), 'Remove-RoleGroupMember', {
      Identity: step.group,
      Member: state.requireServicePrincipal(),
      BypassSecurityGroupManagerCheck: true,
      Confirm: false,
    });
    state.changes.push(`took the app out of Exchange role group ${step.group}`);
  } catch (error) {
    if (error instanceof CmdletError && (error.notMember || error.notFound)) return;
    throw explain(error);
  }
}

export async function unassignRole(step: StepOf<'unassign-role'>, state: RunState): Promise<void> {
  const outcome = await removeDirectoryRole(state.ctx.graph, step.assignmentId);
  if (outcome === 'deleted') state.changes.push(`removed directory role ${step.role} (no longer in 'roles')`);
}

/** A refusal for want of rights is the provisioning app's setup, said so. */
function explain(error: unknown): unknown {
  const refused =
    error instanceof CmdletError && (error.notAllowed || error.status === 401 || error.status === 403);
  if (!refused) return error;
  return new ActionError(
    `Exchange refused the provisioning app's ${error.cmdlet} (${error.exchangeMessage}): it runs the role group ` +
      "cmdlets itself, so it needs the admin consent for Office 365 Exchange Online's Exchange.ManageAsApp and the " +
      'Exchange Administrator role (scripts/bootstrap.sh --exchange-role-groups; docs/permissions.md).',
    { cause: error },
  );
}

/** The steps that create and change the app registration. */
import { ActionError } from '../../action/errors.js';
import {
  getApplicationByUniqueName,
  updateApplication,
  upsertApplication,
} from '../../graph/applications.js';
import type { RunState, StepOf } from '../context.js';

export async function createApp(step: StepOf<'create-app'>, state: RunState): Promise<void> {
  const { graph } = state.ctx;
  const created = await upsertApplication(graph, step.uniqueName, {
    displayName: step.displayName,
    requiredResourceAccess: step.requiredResourceAccess,
    tags: step.tags,
  });
  // 204: a concurrent run created it first; both then manage the same app
  const found = created?.id ? created : await getApplicationByUniqueName(graph, step.uniqueName);
  if (!found)
    throw new ActionError(
      `The app '${step.uniqueName}' was created but cannot be read back yet; rerun the job.`,
    );
  state.app = { id: found.id, appId: found.appId };
  state.appCreated = true;
  state.changes.push(`created app '${step.displayName}' (client ID ${found.appId})`);
}

export async function updateAppPermissions(
  step: StepOf<'update-app-permissions'>,
  state: RunState,
): Promise<void> {
  await updateApplication(
    state.ctx.graph,
    state.requireApp().id,
    { requiredResourceAccess: step.requiredResourceAccess },
    state.appCreated,
  );
  state.changes.push(`requested ${step.adds.join(', ')}`);
}

export async function renameApp(step: StepOf<'rename-app'>, state: RunState): Promise<void> {
  await updateApplication(state.ctx.graph, state.requireApp().id, { displayName: step.displayName });
  state.changes.push(`renamed the app from '${step.from}' to '${step.displayName}'`);
}

/**
 * Carries out a removal plan: each stage's deletions concurrently, stages in order. Every deletion is
 * idempotent (Graph's or GitHub's 404 means it is gone already), so a rerun after a failure converges and
 * a second removal changes nothing.
 */
import { InternalError } from '../action/errors.js';
import type { Logger } from '../action/log.js';
import { CmdletError, invokeCmdlet, type ExchangeTarget } from '../exchange/cmdlets.js';
import { deleteApplication } from '../graph/applications.js';
import { revokeAppRole } from '../graph/app-role-assignments.js';
import type { GraphClient } from '../graph/client.js';
import { deleteFederatedCredential } from '../graph/federated-credentials.js';
import { removeDirectoryRole } from '../graph/role-assignments.js';
import type { Clock } from '../action/clock.js';
import { KeyRing } from '../keys/key-ring.js';
import type { RemovalPlan, RemovalStep } from '../plan/removal-plan.js';
import type { SecretsClient } from '../secrets/client.js';

export interface RemovalContext {
  graph: GraphClient;
  /** the managed app's object ID (undefined: no app was found) */
  appObjectId?: string;
  /** the Exchange Online service principal, whose consents are revoked */
  exchangeId: string;
  secrets?: SecretsClient;
  /** the provisioning app's way to Exchange's cmdlets (role groups exo-cba gave the app) */
  exchangeAdmin?: ExchangeTarget;
  clock: Clock;
  log: Logger;
}

type Handler<K extends RemovalStep['kind']> = (
  step: Extract<RemovalStep, { kind: K }>,
  ctx: RemovalContext,
) => Promise<string[]>;

/** One line per change, or none when it was gone already. */
const gone = (outcome: 'deleted' | 'gone', line: string): string[] => (outcome === 'deleted' ? [line] : []);

function requireApp(ctx: RemovalContext): string {
  if (!ctx.appObjectId) throw new InternalError('a removal step needs the app');
  return ctx.appObjectId;
}

const HANDLERS: { [K in RemovalStep['kind']]: Handler<K> } = {
  'remove-federated-credential': async (step, ctx) =>
    gone(
      await deleteFederatedCredential(ctx.graph, requireApp(ctx), step.id),
      `removed federated credential ${step.name}`,
    ),
  'remove-role': async (step, ctx) =>
    gone(await removeDirectoryRole(ctx.graph, step.assignmentId), `removed directory role ${step.role}`),
  'revoke-permission': async (step, ctx) =>
    gone(
      await revokeAppRole(ctx.graph, ctx.exchangeId, step.assignmentId),
      `revoked admin consent for ${step.permission}`,
    ),
  'remove-keys': async (step, ctx) => {
    // one PATCH from a fresh read: keys anyone added meanwhile stay (exo-cba's keys of every lineage go)
    const ring = new KeyRing({
      graph: ctx.graph,
      appObjectId: requireApp(ctx),
      appCreated: false,
      callerIsApp: false,
      clock: ctx.clock,
      log: ctx.log,
    });
    const removed = await ring.remove(step.keys);
    return removed.length
      ? [`removed exo-cba certificate(s) ${removed.map((k) => k.thumbprint).join(', ')}`]
      : [];
  },
  'delete-app': async (step, ctx) =>
    gone(
      await deleteApplication(ctx.graph, step.objectId),
      `deleted app '${step.displayName}' (${step.appId}); restorable for 30 days from Entra's deleted applications`,
    ),
  'leave-role-group': async (step, ctx) => {
    const done = await exchangeCleanup(ctx, 'Remove-RoleGroupMember', {
      Identity: step.group,
      Member: step.servicePrincipalId,
      BypassSecurityGroupManagerCheck: true,
      Confirm: false,
    });
    return done ? [`took the app out of Exchange role group ${step.group}`] : [];
  },
  'unregister-exchange-service-principal': async (step, ctx) => {
    const done = await exchangeCleanup(ctx, 'Remove-ServicePrincipal', {
      Identity: step.servicePrincipalId,
      Confirm: false,
    });
    return done ? ["removed the app's service principal from Exchange Online"] : [];
  },
  'delete-secrets': async (step, ctx) => {
    if (!ctx.secrets) throw new InternalError('no secrets client for delete-secrets');
    const deleted = await ctx.secrets.remove(step.names);
    return deleted.length ? [`deleted GitHub secrets ${deleted.join(', ')}`] : [];
  },
};

/** Runs a cmdlet that takes something away; false when it was gone already (not found, not a member). */
async function exchangeCleanup(
  ctx: RemovalContext,
  cmdlet: string,
  parameters: Record<string, unknown>,
): Promise<boolean> {
  if (!ctx.exchangeAdmin) throw new InternalError('no Exchange access for the role group removal');
  try {
    await invokeCmdlet(ctx.exchangeAdmin, cmdlet, parameters);
    return true;
  } catch (error) {
    if (error instanceof CmdletError && (error.notFound || error.notMember)) return false;
    throw error;
  }
}

function runRemovalStep(step: RemovalStep, ctx: RemovalContext): Promise<string[]> {
  // the table pairs each kind with its handler; TypeScript cannot correlate the two through the union
  const handler = HANDLERS[step.kind] as (step: RemovalStep, ctx: RemovalContext) => Promise<string[]>;
  return handler(step, ctx);
}

/** Runs the plan; returns one line per change made. */
export async function applyRemoval(plan: RemovalPlan, ctx: RemovalContext): Promise<string[]> {
  const changes: string[] = [];
  for (const stage of plan.stages) {
    const lines = await Promise.all(stage.map((step) => runRemovalStep(step, ctx)));
    changes.push(...lines.flat());
  }
  return changes;
}

/** The clients a pipeline builds from its settings and its run: Graph with the run's wait budget, and secrets. */
import { signInAsProvisioningApp, type ProvisioningSession } from '../auth/sign-in.js';
import type { ExchangeTarget } from '../exchange/cmdlets.js';
import { GraphClient, waitBudget } from '../graph/client.js';
import type { Connection, ProvisioningSignIn } from '../inputs/connection.js';
import type { SecretsSettings } from '../inputs/secret-target.js';
import { createSecretsClient, type SecretsClient } from '../secrets/client.js';
import type { Run } from './run.js';

/** A Graph client whose waits (throttling, replication) end `budgetSeconds` after now. */
export function graphClient(
  run: Run,
  endpoint: string,
  token: () => Promise<string>,
  budgetSeconds: number,
): GraphClient {
  return new GraphClient(run.http, endpoint, token, waitBudget(budgetSeconds, run.clock.now()));
}

/** The provisioning app signed in with the job's GitHub OIDC token, and its Graph client. */
export async function asProvisioningApp(
  settings: Connection & ProvisioningSignIn,
  run: Run,
  budgetSeconds: number,
): Promise<{ session: ProvisioningSession; graph: GraphClient }> {
  const session = await signInAsProvisioningApp(settings, run.http, run.env);
  return { session, graph: graphClient(run, settings.graphEndpoint, session.graphToken, budgetSeconds) };
}

/** Exchange's admin API as the provisioning app (its own Exchange token), for the managed app's role groups. */
export function exchangeTarget(
  run: Run,
  settings: Connection & { verifyTimeoutSeconds: number },
  session: ProvisioningSession,
  organization: string,
): ExchangeTarget {
  return {
    http: run.http,
    endpoint: settings.exchangeEndpoint,
    tenantId: session.tenantId,
    organization,
    token: session.exchangeToken,
    deadline: run.clock.now() + settings.verifyTimeoutSeconds * 1000,
  };
}

/** The secrets client of a run that writes secrets. */
export function secretsClient(target: SecretsSettings['secrets'], run: Run): SecretsClient | undefined {
  return target && createSecretsClient({ ...target, http: run.http, log: run.log, env: run.env });
}

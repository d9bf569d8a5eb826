/**
 * The remove entry: the provisioning app takes away what exo-cba set up for the managed app — its roles, consent,
 * federated credentials and keys, the app itself when exo-cba created it — and the GitHub secrets it wrote.
 * Idempotent; a dry run only shows the plan.
 */
import { applyRemoval } from '../apply/removal.js';
import { listFederatedCredentials } from '../graph/federated-credentials.js';
import type { RemoveSettings } from '../inputs/settings.js';
import { observe } from '../observe/observe.js';
import { planRemoval } from '../plan/removal-plan.js';
import { reportRemoval, reportRemovalPlan } from '../publish/report-removal.js';
import { getInitialDomain } from '../graph/organization.js';
import { roleGroupsTagged } from '../plan/exchange-rbac.js';
import { asProvisioningApp, exchangeTarget, secretsClient } from './clients.js';
import type { Run } from './run.js';

/** How long a removal's Graph calls may wait out throttling and replication. */
const REMOVAL_BUDGET_SECONDS = 300;

export async function remove(settings: RemoveSettings, run: Run): Promise<void> {
  const { clock, log } = run;
  const { session, graph } = await asProvisioningApp(settings, run, REMOVAL_BUDGET_SECONDS);
  const secrets = secretsClient(settings.secrets, run);

  const observed = await observe(graph, {
    appUniqueName: '',
    appId: settings.appId,
    organizationNeeded: false,
    appMayBeGone: true,
    listSecrets: secrets ? () => secrets.existing() : undefined,
  });
  const federatedCredentials =
    (observed.app && (await listFederatedCredentials(graph, { appId: observed.app.appId }))) || [];
  const plan = planRemoval(
    { ...settings, secretPrefix: settings.secrets?.target.prefix },
    { ...observed, federatedCredentials },
  );
  const planLines = reportRemovalPlan(plan, log);
  const facts = { app: observed.app?.displayName ?? settings.appId, plan, planLines };
  if (settings.dryRun) return reportRemoval(facts, log);

  // role groups exo-cba gave the app are taken away in Exchange, as the provisioning app
  const exchangeAdmin = roleGroupsTagged(observed.app?.tags ?? []).length
    ? exchangeTarget(
        run,
        { ...settings, verifyTimeoutSeconds: REMOVAL_BUDGET_SECONDS },
        session,
        await getInitialDomain(graph),
      )
    : undefined;
  const changes = await applyRemoval(plan, {
    graph,
    appObjectId: observed.app?.id,
    exchangeId: observed.exchange.id,
    secrets,
    exchangeAdmin,
    clock,
    log,
  });
  await reportRemoval({ ...facts, changes }, log);
}

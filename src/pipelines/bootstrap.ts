/**
 * The bootstrap (the root entry): the provisioning app signs in with the job's GitHub OIDC token, observes the
 * tenant, and creates or repairs the managed app, its consent, roles, certificate, federated credentials and
 * the secrets. Everything after the plan is the shared rotation pipeline.
 */
import { checkBeforeApplying, whatApplyWouldRefuse } from '../apply/preflight.js';
import { POLICY_READ } from '../graph/app-policies.js';
import type { BootstrapSettings } from '../inputs/settings.js';
import { lineageOfRun } from '../keys/lineage.js';
import { observeExchangeRbac } from '../observe/exchange-rbac.js';
import { observe } from '../observe/observe.js';
import { roleGroupsTagged } from '../plan/exchange-rbac.js';
import { tokenTrust } from '../plan/federated-trust.js';
import { reusablePassword } from '../plan/keys.js';
import { plan as planBootstrap, resolvePermissions } from '../plan/plan.js';
import { asProvisioningApp, exchangeTarget, secretsClient } from './clients.js';
import { rotate, verificationOf } from './rotation.js';
import type { Run } from './run.js';

export async function bootstrap(settings: BootstrapSettings, run: Run): Promise<void> {
  const { env, clock, log } = run;
  const { session, graph } = await asProvisioningApp(settings, run, settings.verifyTimeoutSeconds);
  const secrets = secretsClient(settings.secrets, run);
  const lineage = lineageOfRun(settings.secrets, env);

  const observed = await observe(graph, {
    appUniqueName: settings.appUniqueName,
    appId: settings.appId,
    organization: settings.organization,
    protectionAppId: settings.cloud.protectionResource?.appId,
    readPolicies: session.roles.includes(POLICY_READ),
    listSecrets: secrets ? () => secrets.existing() : undefined,
    federatedCredentials: settings.accessToken,
  });
  // Exchange's side of the app's rights, when role groups are asked for or exo-cba added some before
  const groups = [...settings.exchangeRoleGroups, ...roleGroupsTagged(observed.app?.tags ?? [])];
  const exchangeAdmin = groups.length
    ? exchangeTarget(run, settings, session, observed.organization)
    : undefined;
  if (exchangeAdmin && observed.servicePrincipal)
    observed.exchangeRbac = await observeExchangeRbac(exchangeAdmin, observed.servicePrincipal.id, groups);
  const now = new Date(clock.now());
  const plan = planBootstrap(
    {
      ...settings,
      lineage: lineage.id,
      secretPrefix: settings.secrets?.target.prefix,
      trust: tokenTrust(settings, session.oidc),
    },
    observed,
    now,
  );
  const input = settings.certificate;
  const permissions = resolvePermissions(settings.permissions, observed.exchange).map((p) => p.permission);

  await rotate(
    {
      plan,
      dryRun: settings.dryRun,
      input,
      check: (mode) =>
        mode === 'dry-run'
          ? whatApplyWouldRefuse(plan, session.roles, settings.clientId, log)
          : checkBeforeApplying(plan, session.roles, settings.clientId, log, settings.certificateUnreadable),
      context: {
        graph,
        observed,
        tenantId: session.tenantId,
        inputCertificate: input,
        signer: plan.signer && input?.thumbprintSha1 === plan.signer ? input : undefined,
        lineage,
        reusablePassword: reusablePassword(settings),
        verification: verificationOf(settings, permissions, settings.roles),
        secrets,
        exchangeAdmin,
      },
      facts: {
        // an adopted app (app-id) keeps its own name; exo-cba's own follows app-name
        appName: (settings.appId && observed.app?.displayName) || settings.appName,
        identity: {
          appId: observed.app?.appId,
          appObjectId: observed.app?.id,
          servicePrincipalId: observed.servicePrincipal?.id,
          tenantId: session.tenantId,
          organization: observed.organization,
          exchangeEnvironmentName: settings.cloud.exchangeEnvironmentName,
        },
        access: { permissions: settings.permissions, roles: settings.roles.map((r) => r.name) },
        expiryPolicy: settings,
        alarm: { secrets: settings.secrets, tenantId: settings.tenantId, lineage },
      },
    },
    run,
  );
}

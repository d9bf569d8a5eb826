/** run(): sign in → observe → plan → apply (verify, publish) → report. The pipeline, nothing else. */
import * as core from '@actions/core';
import { assertTrustedEvent } from './action/event-guard.js';
import { awaitedLater, recordWarnings } from './action/log.js';
import { apply } from './apply/apply.js';
import { EarlyRotation } from './apply/early-rotation.js';
import { prepareNewKey } from './apply/new-key.js';
import { checkBeforeApplying, warnWhatApplyWouldRefuse } from './apply/preflight.js';
import { signIn } from './auth/sign-in.js';
import { signInAsApp } from './auth/app-sign-in.js';
import {
  certificateCredential,
  requireCertificate,
  requireOrganization,
  selfAsObserved,
} from './observe/self-state.js';
import { assertSelfRotationPossible, inputAsKey, observeSelf } from './observe/observe-self.js';
import { planSelfRotation } from './plan/self-plan.js';
import { planRemoval } from './plan/removal-plan.js';
import { applyRemoval } from './apply/steps/removal.js';
import { listFederatedCredentials } from './graph/federated-credentials.js';
import { reportRemoval, reportRemovalPlan } from './publish/report-removal.js';
import { POLICY_READ } from './graph/app-policies.js';
import { GraphClient, waitBudget } from './graph/client.js';
import { HttpClient } from './http/client.js';
import type { Settings } from './inputs/inputs.js';
import { observe } from './observe/observe.js';
import { plan as makePlan, resolvePermissions, reusablePassword } from './plan/plan.js';
import { tokenTrust } from './plan/federated-trust.js';
import { tenantAllowsLifetime } from './plan/key-lifetime.js';
import { certificatePublisher } from './publish/publish.js';
import { reportDryRun, reportPlan, reportRun } from './publish/report-run.js';
import { createSecretsClient } from './secrets/client.js';
import { createVerifier } from './verify/verifier.js';
import { issueTokens } from './token/issue-token.js';
import { setTokenOutputs } from './token/outputs.js';
import { writeTokenSummary } from './token/summary.js';

export interface RunOptions {
  /** the validated inputs (`readSettings`, which also masked the secret ones) */
  settings: Settings;
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
}

// one run per process: the warnings it records are this run's, for its job summary
const log = recordWarnings({ info: core.info, warning: core.warning, debug: core.debug });

export async function run(options: RunOptions): Promise<void> {
  const { settings } = options;
  const env = options.env ?? process.env;
  const now = options.now ?? (() => new Date());
  assertTrustedEvent(env);

  // owned by the run: once it has failed, requests still in flight end instead of retrying
  const runFailed = new AbortController();
  const http = new HttpClient({ env, log, signal: runFailed.signal });
  log.info(`Signing in: ${SIGN_IN_TEXT[settings.mode]}.`);
  try {
    if (settings.remove) await removeAccess(settings, http, env);
    else if (settings.mode === 'self') await rotateOwnCertificate(settings, http, env, now);
    else if (settings.mode === 'token') await issueAccessToken(settings, http, env);
    else await provision(settings, http, env, now);
  } catch (error) {
    runFailed.abort();
    throw error;
  } finally {
    http.close();
  }
}

async function provision(
  settings: Settings,
  http: HttpClient,
  env: NodeJS.ProcessEnv,
  now: () => Date,
): Promise<void> {
  const budget = waitBudget(settings.verifyTimeoutSeconds);
  // generating a key takes 50-500 ms: when the inputs make a rotation certain, it overlaps signing in
  const newKey = prepareNewKey(settings);

  // sign in
  const signingIn = signIn(settings, http, env);
  if (settings.secrets) preloadGitHubClient();
  const session = await signingIn;
  const graph = new GraphClient(http, settings.graphEndpoint, session.graphAccessToken, budget);
  const secrets =
    settings.secrets &&
    createSecretsClient({ token: settings.secrets.token, target: settings.secrets.target, http, log, env });

  // observe; a rotation certain from the app's keys starts adding its certificate meanwhile
  const planSettings = { ...settings, secretPrefix: settings.secrets?.target.prefix };
  const early = new EarlyRotation({ settings: planSettings, roles: session.roles, graph, now, newKey, log });
  const observed = await observe(graph, {
    appUniqueName: settings.appUniqueName,
    appId: settings.appId,
    organization: settings.organization,
    protectionAppId: settings.cloud.protectionResource?.appId,
    readPolicies: Array.isArray(session.roles) && session.roles.includes(POLICY_READ),
    listSecrets: secrets ? () => secrets.existing() : undefined,
    federatedCredentials: settings.accessToken,
    // a rotation the tenant's app management policy refuses must not start before the plan refuses it
    onFirstRound: (first) => {
      if (tenantAllowsLifetime(settings.certificateValidityDays, first.tenantPolicy))
        early.onFirstRound(first);
    },
  });

  // plan
  const plan = makePlan({ ...planSettings, trust: tokenTrust(settings, session.oidc) }, observed, now());
  const planLines = reportPlan(plan, log);
  const facts = { settings, observed, tenantId: session.tenantId, log };
  if (settings.dryRun) {
    warnWhatApplyWouldRefuse(plan, session.roles, settings.clientId, log);
    return reportDryRun(facts, planLines);
  }

  // apply, verifying before publishing
  checkBeforeApplying(plan, session.roles, settings.clientId, log, settings.certificateUnreadable);
  const publisher = certificatePublisher(settings, env, log);
  const result = await apply(plan, {
    graph,
    observed,
    tenantId: session.tenantId,
    inputCertificate: settings.certificate,
    lineage: settings.lineage,
    reusablePassword: reusablePassword(settings),
    now,
    log,
    secrets,
    onCertificate: publisher.publish,
    newKey,
    earlyCertificate: early.added,
    verify: createVerifier(plan, {
      settings,
      organization: observed.organization,
      permissions: resolvePermissions(settings.permissions, observed.exchange).map((p) => p.permission),
      tenantId: session.tenantId,
      http,
      log,
    }),
  });

  // publish and report
  await publisher.publish(result.certificate, result.appId);
  await reportRun(facts, plan, result, now, publisher.credential(), env);
}

const SIGN_IN_TEXT: Record<Settings['mode'], string> = {
  bootstrap: 'bootstrap — the provisioning app (client-id) with the job’s GitHub OIDC token',
  self: 'self — the managed app (app-id) with its current certificate; it rolls its own keys',
  token: 'token — the managed app (app-id) with the job’s GitHub OIDC token',
};

/**
 * Self-rotation: the managed app signs in with its current certificate and rolls its own keys (addKey,
 * removeKey: no Graph permission). What only the provisioning app can do is checked before any write.
 */
async function rotateOwnCertificate(
  settings: Settings,
  http: HttpClient,
  env: NodeJS.ProcessEnv,
  now: () => Date,
): Promise<void> {
  const input = requireCertificate(settings);
  const budget = waitBudget(settings.verifyTimeoutSeconds);
  const newKey = prepareNewKey(settings);
  if (settings.secrets) preloadGitHubClient();

  // sign in as the app itself; its Exchange token shows the consent and roles the bootstrap granted
  const session = await signInAsApp(
    { ...settings, appId: settings.appId ?? '' },
    certificateCredential(input),
    http,
    { certificateThumbprint: input.thumbprintSha1 },
  );
  assertSelfRotationPossible(session, settings, log);
  const graph = new GraphClient(http, settings.graphEndpoint, session.graphAccessToken, budget);
  const secrets = settings.secrets && createSecretsClient({ ...settings.secrets, http, log, env });

  // observe what the app may see of itself
  const self = await observeSelf(graph, session, {
    appId: settings.appId ?? '',
    appObjectId: settings.appObjectId,
    listSecrets: secrets ? () => secrets.existing() : undefined,
    log,
  });

  // plan
  const keys = self.keys ?? [inputAsKey(input, settings.lineage)];
  const planSettings = { ...settings, secretPrefix: settings.secrets?.target.prefix };
  const plan = planSelfRotation(planSettings, { ...self, keys, keysKnown: Boolean(self.keys) }, now());
  const planLines = reportPlan(plan, log);
  const observed = selfAsObserved(self, keys, requireOrganization(settings));
  const facts = { settings, observed, tenantId: session.tenantId, log };
  if (settings.dryRun) return reportDryRun(facts, planLines);

  // apply, verifying before publishing
  const publisher = certificatePublisher(settings, env, log);
  const result = await apply(plan, {
    graph,
    observed,
    tenantId: session.tenantId,
    inputCertificate: input,
    keysReadable: Boolean(self.keys),
    lineage: settings.lineage,
    reusablePassword: reusablePassword(settings),
    now,
    log,
    secrets,
    onCertificate: publisher.publish,
    newKey,
    verify: createVerifier(plan, {
      settings,
      organization: observed.organization,
      permissions: settings.permissions,
      tenantId: session.tenantId,
      http,
      log,
    }),
  });

  // publish and report
  await publisher.publish(result.certificate, result.appId);
  await reportRun(facts, plan, result, now, publisher.credential(), env);
}

/**
 * Token mode: the job signs in as the managed app with its own OIDC token and gets its Exchange Online
 * (and, if asked, Security & Compliance) token. Nothing is written: no Graph call, no secret, no file.
 */
async function issueAccessToken(settings: Settings, http: HttpClient, env: NodeJS.ProcessEnv): Promise<void> {
  const tokens = await issueTokens(settings, http, env, log);
  setTokenOutputs(tokens, settings, log);
  await writeTokenSummary(tokens, settings, log.warnings, env);
}

/**
 * Removal (`remove: true`, bootstrap only): the provisioning app takes away what exo-cba created for the
 * managed app — its roles, consent, federated credentials, keys, the app itself when exo-cba created it —
 * and the GitHub secrets it wrote. Idempotent; a dry run only shows the plan.
 */
async function removeAccess(settings: Settings, http: HttpClient, env: NodeJS.ProcessEnv): Promise<void> {
  const budget = waitBudget(settings.verifyTimeoutSeconds);
  if (settings.secrets) preloadGitHubClient();
  const session = await signIn(settings, http, env);
  const graph = new GraphClient(http, settings.graphEndpoint, session.graphAccessToken, budget);
  const secrets = settings.secrets && createSecretsClient({ ...settings.secrets, http, log, env });

  // observe
  const observed = await observe(graph, {
    appUniqueName: settings.appUniqueName,
    appId: settings.appId,
    // the tenant's domain is not needed to remove anything: skip its read
    organization: settings.organization || '-',
    listSecrets: secrets ? () => secrets.existing() : undefined,
  });
  const federatedCredentials =
    (observed.app && (await listFederatedCredentials(graph, { appId: observed.app.appId }))) || [];

  // plan
  const plan = planRemoval(
    { ...settings, secretPrefix: settings.secrets?.target.prefix },
    { ...observed, federatedCredentials },
  );
  const planLines = reportRemovalPlan(plan, log);
  const facts = { appUniqueName: settings.appId ?? settings.appUniqueName, plan, planLines };
  if (settings.dryRun) return reportRemoval(facts, log);

  // apply, report
  const changes = await applyRemoval(plan, {
    graph,
    appObjectId: observed.app?.id,
    exchangeId: observed.exchange.id,
    lineage: settings.lineage,
    secrets,
    log,
  });
  await reportRemoval({ ...facts, changes }, log);
}

/**
 * The secrets client loads its GitHub client (a chunk of its own) on first use, which is listing the
 * secrets in the first observe round: load it while signing in instead. The client reports any failure.
 */
function preloadGitHubClient(): void {
  awaitedLater(import('@actions/github'));
}

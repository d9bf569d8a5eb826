/** run(): sign in → observe → plan → apply (verify, publish) → report. The pipeline, nothing else. */
import * as core from '@actions/core';
import { assertTrustedEvent } from './action/event-guard.js';
import { awaitedLater, type Logger } from './action/log.js';
import { apply } from './apply/apply.js';
import { EarlyRotation } from './apply/early-rotation.js';
import { prepareNewKey } from './apply/new-key.js';
import { checkBeforeApplying, warnWhatApplyWouldRefuse } from './apply/preflight.js';
import { signIn } from './auth/sign-in.js';
import { POLICY_READ } from './graph/app-policies.js';
import { GraphClient } from './graph/client.js';
import { HttpClient } from './http/client.js';
import type { Settings } from './inputs/inputs.js';
import { observe } from './observe/observe.js';
import { tenantAllowsLifetime } from './plan/key-lifetime.js';
import { plan as makePlan } from './plan/plan.js';
import { certificatePublisher } from './publish/publish.js';
import { reportDryRun, reportPlan, reportRun } from './publish/report-run.js';
import { createSecretsClient } from './secrets/client.js';
import { createVerifier } from './verify/verifier.js';

export interface RunOptions {
  /** the validated inputs (`readSettings`, which also masked the secret ones) */
  settings: Settings;
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
}

const log: Logger = { info: core.info, warning: core.warning, debug: core.debug };

export async function run(options: RunOptions): Promise<void> {
  const { settings } = options;
  const env = options.env ?? process.env;
  const now = options.now ?? (() => new Date());
  assertTrustedEvent(env);

  // owned by the run: once it has failed, requests still in flight end instead of retrying
  const runFailed = new AbortController();
  const http = new HttpClient({ env, log, signal: runFailed.signal });
  try {
    await provision(settings, http, env, now);
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
  const deadline = Date.now() + settings.verifyTimeoutSeconds * 1000;
  // generating a key takes 50-500 ms: when the inputs make a rotation certain, it overlaps signing in
  const newKey = prepareNewKey(settings);

  // sign in
  const signingIn = signIn(settings, http, env);
  if (settings.secrets) preloadGitHubClient();
  const session = await signingIn;
  const graph = new GraphClient(http, settings.graphEndpoint, session.graphAccessToken, deadline);
  const secrets =
    settings.secrets &&
    createSecretsClient({ token: settings.secrets.token, target: settings.secrets.target, http, log, env });

  // observe; a rotation certain from the app's keys starts adding its certificate meanwhile
  const planSettings = { ...settings, secretPrefix: settings.secrets?.target.prefix };
  const early = new EarlyRotation({ settings: planSettings, roles: session.roles, graph, now, newKey });
  const observed = await observe(graph, {
    appUniqueName: settings.appUniqueName,
    appId: settings.appId,
    organization: settings.organization,
    protectionAppId: settings.cloud.protectionResource?.appId,
    readPolicies: Array.isArray(session.roles) && session.roles.includes(POLICY_READ),
    listSecrets: secrets ? () => secrets.existing() : undefined,
    // a rotation the tenant's app management policy refuses must not start before the plan refuses it
    onFirstRound: (first) => {
      if (tenantAllowsLifetime(settings.certificateValidityDays, first.tenantPolicy))
        early.onFirstRound(first);
    },
  });

  // plan
  const plan = makePlan(planSettings, observed, now());
  const planLines = reportPlan(plan, log);
  const facts = { settings, observed, tenantId: session.tenantId, log };
  if (settings.dryRun) {
    warnWhatApplyWouldRefuse(plan, session.roles, settings.clientId, log);
    return reportDryRun(facts, planLines);
  }

  // apply, verifying before publishing
  checkBeforeApplying(plan, session.roles, settings.clientId, log);
  const publish = certificatePublisher(settings, env);
  const result = await apply(plan, {
    graph,
    observed,
    tenantId: session.tenantId,
    inputCertificate: settings.certificate,
    now,
    log,
    secrets,
    onCertificate: publish,
    newKey,
    earlyCertificate: early.added,
    verify: createVerifier(plan, { settings, observed, tenantId: session.tenantId, http, log }),
  });

  // publish and report
  await publish(result.certificate, result.appId);
  await reportRun(facts, plan, result, now);
}

/**
 * The secrets client loads its GitHub client (a chunk of its own) on first use, which is listing the
 * secrets in the first observe round: load it while signing in instead. The client reports any failure.
 */
function preloadGitHubClient(): void {
  awaitedLater(import('@actions/github'));
}

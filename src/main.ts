/** run(): sign in → observe → plan → apply (verify, publish) → report. The pipeline, nothing else. */
import * as core from '@actions/core';
import { setTimeout as delay } from 'node:timers/promises';
import { apply } from './apply/apply.js';
import { cachedToken, createTokenClient, GitHubOidcTokenSource, signInError } from './auth/auth.js';
import { generateRsaKey } from './certificate/rsa-key.js';
import { assertTrustedEvent } from './action/event-guard.js';
import { GraphClient } from './graph/client.js';
import { HttpClient } from './http/client.js';
import type { Settings } from './inputs/inputs.js';
import { observe } from './observe/observe.js';
import { startEarlyRotation } from './apply/early-rotation.js';
import type { AddedCertificate } from './apply/key-credentials.js';
import { assertGraphPermissions } from './plan/permissions.js';
import { describePlan, plan as makePlan, resolvePermissions } from './plan/plan.js';
import { certificatePublisher } from './publish/publish.js';
import {
  setIdentityOutputs,
  setResultOutputs,
  writeSummary,
  writeDryRunSummary,
  type Identity,
} from './publish/report.js';
import type { SecretsClient } from './secrets/client.js';

export interface RunOptions {
  /** the validated inputs (`readSettings`, which also masked the secret ones) */
  settings: Settings;
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
}

const log = { info: core.info, warning: core.warning, debug: core.debug };

export async function run(options: RunOptions): Promise<void> {
  const { settings } = options;
  const env = options.env ?? process.env;
  const now = options.now ?? (() => new Date());
  assertTrustedEvent(env);

  const http = new HttpClient({ env, log });
  try {
    await provision(settings, http, env, now);
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
  // without a certificate input, or with force-rotate, a new key is certain: generate it (50-500 ms, off the
  // event loop) while signing in and observing instead of after
  let newKeyPem =
    !settings.dryRun && (!settings.certificate || settings.forceRotate)
      ? generateRsaKey(settings.keySize)
      : undefined;
  newKeyPem?.catch(() => {}); // awaited, and its error reported, by apply's add-certificate
  const oidc = new GitHubOidcTokenSource(http, settings.audience, env);
  oidc.assertAvailable();
  const signIn = createTokenClient({
    authorityHost: settings.authorityHost,
    tenantId: settings.tenantId,
    clientId: settings.clientId,
    credential: { kind: 'oidc', source: oidc },
    http,
  });
  const cached = cachedToken(signIn, settings.cloud.graphResource);
  const graphToken = async () => {
    try {
      return await cached();
    } catch (error) {
      throw signInError(error, {
        clientId: settings.clientId,
        tenantId: settings.tenantId,
        oidc: oidc.lastClaims,
      });
    }
  };
  const signingIn = graphToken();
  // the secrets client and the GitHub client it imports on first use load while signing in: the first
  // Graph reads list the secrets, and loading them then would delay those reads
  const secretsModule = settings.secrets ? import('./secrets/client.js') : undefined;
  if (settings.secrets) import('@actions/github').catch(() => {}); // imported (and failures reported) by secrets/octokit.js
  secretsModule?.catch(() => {}); // awaited below
  const signedIn = await signingIn;
  const tenantId = String(signedIn.claims.tid ?? settings.tenantId);
  const graph = new GraphClient(
    http,
    settings.graphEndpoint,
    async () => (await graphToken()).accessToken,
    deadline,
  );

  let secrets: SecretsClient | undefined;
  if (settings.secrets && secretsModule) {
    const { createSecretsClient } = await secretsModule;
    secrets = createSecretsClient({
      token: settings.secrets.token,
      target: settings.secrets.target,
      http,
      log,
      env,
    });
  }

  const planSettings = { ...settings, secretPrefix: settings.secrets?.target.prefix };
  let earlyCertificate: Promise<AddedCertificate> | undefined;
  const observed = await observe(graph, {
    appUniqueName: settings.appUniqueName,
    appId: settings.appId,
    organization: settings.organization,
    listSecrets: secrets ? () => secrets.existing() : undefined,
    onFirstRound: ({ app, exchange }) => {
      if (!app) return;
      const early = startEarlyRotation({
        settings: planSettings,
        app,
        exchange,
        roles: signedIn.claims.roles,
        graph,
        now,
        newKeyPem,
      });
      if (early) ({ added: earlyCertificate, newKeyPem } = early);
    },
  });
  const plan = makePlan(planSettings, observed, now());
  const planLines = describePlan(plan);
  core.info(`Plan:\n${planLines.map((l) => `  ${l}`).join('\n')}`);
  for (const note of plan.notes) core.warning(note);

  const identity = (appId: string, appObjectId?: string, servicePrincipalId?: string): Identity => ({
    appId,
    appObjectId,
    servicePrincipalId,
    tenantId,
    organization: observed.organization,
    exchangeEnvironmentName: settings.cloud.exchangeEnvironmentName,
  });

  if (settings.dryRun) {
    // a dry run reports what a real run would be refused, without failing
    try {
      const warning = assertGraphPermissions(plan, signedIn.claims.roles, settings.clientId);
      if (warning) core.warning(warning);
    } catch (error) {
      core.warning((error as Error).message.replace('; nothing was changed', ''));
    }
    core.info('dry-run: true — nothing was changed.');
    if (observed.app)
      setIdentityOutputs(identity(observed.app.appId, observed.app.id, observed.servicePrincipal?.id));
    setResultOutputs({ rotated: false, verified: 'unchanged', changed: false });
    await writeDryRunSummary(settings, planLines);
    return;
  }
  const permissionWarning = assertGraphPermissions(plan, signedIn.claims.roles, settings.clientId);
  if (permissionWarning) core.warning(permissionWarning);
  if (plan.certificate.action === 'rotate' && plan.certificate.reason === 'no-certificate-input') {
    core.warning(
      'No certificate input was given, so a new certificate is issued (a private key cannot be read back from Entra ID). ' +
        'Pass the published one next time: certificate: ${{ secrets.EXO_CERTIFICATE }} and certificate-password: ${{ secrets.EXO_CERTIFICATE_PASSWORD }}.',
    );
  }

  const publish = certificatePublisher(settings, env);

  // verification runs only after a change: load its module then, while apply's first requests are in flight
  const verifier = plan.stages.flat().some((s) => s.kind === 'verify-certificate')
    ? import('./verify/verify.js')
    : undefined;
  verifier?.catch(() => {}); // awaited by ctx.verify
  const result = await apply(plan, {
    graph,
    observed,
    tenantId,
    inputCertificate: settings.certificate,
    now,
    log,
    secrets,
    onCertificate: publish,
    newKeyPem,
    earlyCertificate,
    verify: async (certificate, appId, mode, signal) => {
      if (!verifier) throw new Error('internal: verification was not planned');
      const { verifyCertificate } = await verifier;
      return verifyCertificate({
        // an aborted signal (the new key turned out to be gone) ends the wait between attempts: the run fails anyway
        sleep: (ms) => delay(ms, undefined, { signal }),
        mode,
        tenantId,
        authorityHost: settings.authorityHost,
        appId,
        organization: observed.organization,
        exchangeEndpoint: settings.exchangeEndpoint,
        exchangeResource: settings.cloud.exchangeResource,
        permissions: resolvePermissions(settings.permissions, observed.exchange).map((p) => p.permission),
        roles: settings.roles,
        certificate,
        timeoutSeconds: settings.verifyTimeoutSeconds,
        http,
        log,
      });
    },
  });
  await publish(result.certificate, result.appId);

  const changed = result.changes.length > 0;
  const verified = result.verification?.method ?? (plan.tenantChanges ? 'none' : 'unchanged');
  setIdentityOutputs(identity(result.appId, result.appObjectId, result.servicePrincipalId));
  setResultOutputs({ rotated: result.rotated, verified, changed });
  if (changed) core.info(`Changed:\n${result.changes.map((c) => `  - ${c}`).join('\n')}`);
  else
    core.info(
      `Nothing changed: app ${result.appId} is set up; certificate ${result.certificate.thumbprintSha1} is valid until ${result.certificate.notAfter.toISOString()}.`,
    );
  await writeSummary(
    {
      settings,
      identity: identity(result.appId, result.appObjectId, result.servicePrincipalId),
      certificate: result.certificate,
      rotated: result.rotated,
      verified,
      verification: result.verification,
      changes: result.changes,
      secretsWritten: result.secretsWritten,
    },
    now(),
  );
}

/**
 * The rotate entry: the managed app signs in with its current certificate and rolls its own keys (addKey,
 * removeKey: no Graph permission). What only the provisioning app could fix is checked before any write.
 * Everything after the plan is the shared rotation pipeline.
 */
import { ActionError } from '../action/errors.js';
import { ExpiryError } from '../publish/expiry.js';
import { signInWithCertificate, type AppSession } from '../auth/sign-in.js';
import type { IssuedCertificate } from '../certificate/certificate.js';
import { keyCredentialDates } from '../certificate/certificate.js';
import type { RotateSettings } from '../inputs/settings.js';
import type { ObservedKey } from '../keys/key.js';
import { lineageOfRun, managedKeyName, type Lineage } from '../keys/lineage.js';
import { describeMissingAccess, missingExchangeAccess } from '../observe/exchange-access.js';
import { observeSelf } from '../observe/observe-self.js';
import { reusablePassword } from '../plan/keys.js';
import { planSelfRotation } from '../plan/self-plan.js';
import { graphClient, secretsClient } from './clients.js';
import { rotate as carryOut, verificationOf } from './rotation.js';
import type { Run } from './run.js';

export async function rotate(settings: RotateSettings, run: Run): Promise<void> {
  const { http, env, clock, log } = run;
  const input = settings.certificate;
  if (input.notAfter.getTime() <= clock.now()) throw expired(input, settings.appId);
  // its Exchange token shows the consent and roles the bootstrap granted: checked before any write
  const session = await signInWithCertificate(settings, input, http);
  assertRotationPossible(session, settings, log);
  const graph = graphClient(run, settings.graphEndpoint, session.graphToken, settings.verifyTimeoutSeconds);
  const secrets = secretsClient(settings.secrets, run);
  const lineage = lineageOfRun(settings.secrets, env);

  const self = await observeSelf(graph, session, {
    appId: settings.appId,
    appObjectId: settings.appObjectId,
    listSecrets: secrets ? () => secrets.existing() : undefined,
    log,
  });
  // an app that may not read itself knows one key: the certificate input, which its sign-in proved valid
  const keys = self.keys ?? [inputAsKey(input, lineage)];
  const plan = planSelfRotation(
    { ...settings, lineage: lineage.id, secretPrefix: settings.secrets?.target.prefix },
    { ...self, keys, keysKnown: Boolean(self.keys) },
    new Date(clock.now()),
  );

  await carryOut(
    {
      plan,
      dryRun: settings.dryRun,
      input,
      check: () => {},
      context: {
        graph,
        observed: { app: self.app, organization: settings.organization },
        tenantId: session.tenantId,
        inputCertificate: input,
        signer: plan.signer === input.thumbprintSha1 ? input : undefined,
        keysReadable: Boolean(self.keys),
        callerIsApp: true,
        lineage,
        reusablePassword: reusablePassword(settings),
        verification: verificationOf(settings, settings.permissions, []),
        secrets,
      },
      facts: {
        appName: self.app.displayName || settings.appId,
        identity: {
          appId: settings.appId,
          appObjectId: self.app.id,
          servicePrincipalId: self.servicePrincipalId,
          tenantId: session.tenantId,
          organization: settings.organization,
          exchangeEnvironmentName: settings.cloud.exchangeEnvironmentName,
        },
        access: { permissions: settings.permissions, roles: [] },
        expiryPolicy: settings,
        alarm: { secrets: settings.secrets, tenantId: settings.tenantId, lineage },
      },
    },
    run,
  );
}

/**
 * An expired certificate signs no proof and no sign-in: the app cannot roll its own keys any more, and no input
 * of this entry changes that. One message, the only way out.
 */
function expired(input: IssuedCertificate, appId: string): ExpiryError {
  return new ExpiryError(
    `The certificate input ${input.thumbprintSha1} expired on ${input.notAfter.toISOString()}. App ${appId} rolls its ` +
      'own certificate only while the current one is valid, so only the bootstrap can register a new one now: run ' +
      'the bootstrap workflow (examples/bootstrap.yml) once, with github-token, so that it publishes a new ' +
      'certificate to the secrets this workflow reads; the next scheduled rotation then works again. Nothing was ' +
      'changed.',
  );
}

/** The certificate input as a key of the app: its sign-in proved it registered and valid. */
function inputAsKey(certificate: IssuedCertificate, lineage: Lineage): ObservedKey {
  return {
    keyId: '',
    type: 'AsymmetricX509Cert',
    usage: 'Verify',
    displayName: managedKeyName(certificate.thumbprintSha1, lineage),
    customKeyIdentifier: null,
    ...keyCredentialDates(certificate),
    thumbprint: certificate.thumbprintSha1,
    managed: true,
    lineage: lineage.id,
  };
}

/** What only the provisioning app can fix, said before any write: the consent and the directory role. */
function assertRotationPossible(session: AppSession, settings: RotateSettings, log: Run['log']): void {
  const access = missingExchangeAccess(session.exchange, settings);
  if (access.rolesUnknown)
    log.info(
      "The Exchange token names no directory roles ('wids'): the roles are checked by verification only.",
    );
  const missing = describeMissingAccess(access);
  if (missing.length)
    throw new ActionError(
      `The app lacks ${missing.join(' and ')}, which only the provisioning app can grant. Run the bootstrap workflow ` +
        '(exo-cba/exo-cba with client-id) once; then this self-rotation works. Nothing was changed.',
    );
}

/**
 * Carries out a plan: each stage's steps concurrently, stages in order. Every step is idempotent and
 * re-reads where a concurrent run could have changed things, so a rerun after any failure converges.
 */
import type { IssuedCertificate } from '../certificate/certificate.js';
import { generateRsaKey } from '../certificate/rsa-key.js';
import { ActionError } from '../action/errors.js';
import { GraphError } from '../graph/errors.js';
import type { GraphClient } from '../graph/client.js';
import { updateApplication, upsertApplication, getApplicationByUniqueName } from '../graph/applications.js';
import { grantAppRole } from '../graph/app-role-assignments.js';
import { assignDirectoryRole } from '../graph/role-assignments.js';
import { upsertServicePrincipal } from '../graph/service-principals.js';
import {
  CONCURRENCY_HINT,
  addCertificate,
  type AddedCertificate,
  ensureRegistered,
  isRegistered,
  removeKeys,
  type Logger,
} from './key-credentials.js';
import type { ObservedState } from '../observe/observe.js';
import { reusablePassword, type KeyRemoval, type Plan, type Step } from '../plan/plan.js';
import type { SecretsClient } from '../secrets/client.js';
import type { SecretValues } from '../secrets/names.js';
import type { VerificationResult } from '../verify/verify.js';

export type { Logger } from './key-credentials.js';

export interface ApplyContext {
  graph: GraphClient;
  observed: ObservedState;
  tenantId: string;
  /** the certificate input, opened (undefined when none was given) */
  inputCertificate?: IssuedCertificate;
  now: () => Date;
  log: Logger;
  verify: (
    certificate: IssuedCertificate,
    appId: string,
    mode: 'exchange' | 'token',
    /** aborted when the new key turned out to be gone (that check overlaps verification): stop waiting */
    signal?: AbortSignal,
  ) => Promise<VerificationResult>;
  secrets?: SecretsClient;
  /** the new certificate's private key, when the caller started generating it early (a rotation certain from the inputs) */
  newKeyPem?: Promise<string>;
  /** the add-certificate step, already started while observing (main.ts: a rotation certain from the app's keys) */
  earlyCertificate?: Promise<AddedCertificate>;
  /** called as soon as the certificate to publish is known and registered (outputs, PFX file) */
  onCertificate?: (certificate: IssuedCertificate, appId: string) => Promise<void> | void;
}

export interface ApplyResult {
  appObjectId: string;
  appId: string;
  servicePrincipalId: string;
  certificate: IssuedCertificate;
  rotated: boolean;
  verification?: VerificationResult;
  secretsWritten: string[];
  removed: KeyRemoval[];
  /** one line per change made, for the log and the summary */
  changes: string[];
}

export async function apply(plan: Plan, ctx: ApplyContext): Promise<ApplyResult> {
  const { graph, observed, log } = ctx;
  let app = observed.app ? { id: observed.app.id, appId: observed.app.appId } : undefined;
  let servicePrincipalId = observed.servicePrincipal?.id;
  let appCreated = false;
  let spCreated = false;
  let certificate = ctx.inputCertificate;
  let rotated = false;
  let verification: VerificationResult | undefined;
  let secretsWritten: string[] = [];
  let removed: KeyRemoval[] = [];
  const changes: string[] = [];

  // RSA key generation takes 50-500 ms: start it now so it overlaps the round trips before add-certificate
  const adding = plan.stages.flat().find((s) => s.kind === 'add-certificate');
  const newKeyPem = adding ? (ctx.newKeyPem ?? generateRsaKey(adding.keySize)) : undefined;
  newKeyPem?.catch(() => {}); // awaited, and its error reported, by add-certificate
  // The re-read after adding the key runs alongside the next stage (verification needs nothing from it) and
  // is settled before anything is published or removed: add → (check ∥ verify) → publish → remove.
  let keyCheck: Promise<void> | undefined;
  const keyLost = new AbortController();
  const settleKeyCheck = async () => {
    const pending = keyCheck;
    keyCheck = undefined;
    await pending;
  };
  // the removal's read (after publishing) found this run's new key registered, or its PATCH put it back:
  // ensureRegistered's separate read is then not needed
  let registeredAfterPublishing = false;

  const requireApp = () => {
    if (!app) throw new ActionError('internal: the app is not known yet');
    return app;
  };

  const run = async (step: Step): Promise<void> => {
    switch (step.kind) {
      case 'create-app': {
        const created = await upsertApplication(graph, step.uniqueName, {
          displayName: step.displayName,
          requiredResourceAccess: step.requiredResourceAccess,
        });
        // 204: a concurrent run created it first; both then manage the same app
        const found = created?.id ? created : await getApplicationByUniqueName(graph, step.uniqueName);
        if (!found)
          throw new ActionError(
            `The app '${step.uniqueName}' was created but cannot be read back yet; rerun the job.`,
          );
        app = { id: found.id, appId: found.appId };
        appCreated = true;
        changes.push(`created app '${step.displayName}' (client ID ${found.appId})`);
        return;
      }
      case 'update-app-permissions':
        await updateApplication(
          graph,
          requireApp().id,
          { requiredResourceAccess: step.requiredResourceAccess },
          appCreated,
        );
        changes.push(`requested ${step.adds.join(', ')}`);
        return;
      case 'rename-app':
        await updateApplication(graph, requireApp().id, { displayName: step.displayName });
        changes.push(`renamed the app from '${step.from}' to '${step.displayName}'`);
        return;
      case 'create-service-principal': {
        const sp = await upsertServicePrincipal(graph, requireApp().appId);
        servicePrincipalId = sp.id;
        spCreated = true;
        changes.push('created the service principal');
        return;
      }
      case 'add-certificate': {
        const target = requireApp();
        const added =
          (await ctx.earlyCertificate) ??
          (await addCertificate({
            graph,
            appObjectId: target.id,
            // PATCH replaces the whole list: start from a fresh read, not from the observation, so a key another
            // run added meanwhile is kept (the race window shrinks to about one round trip); the read is in
            // flight while the certificate is built
            base: appCreated ? 'none' : 'read',
            certificate: {
              subject: step.subject,
              validityDays: step.validityDays,
              keySize: step.keySize as 2048 | 3072 | 4096,
              now: ctx.now(),
              friendlyName: `exo-cba ${target.appId}`,
              password: reusablePassword(ctx.inputCertificate),
              privateKeyPem: newKeyPem,
            },
            afterCreate: appCreated,
          }));
        keyCheck = added.check;
        keyCheck.catch((error: unknown) => keyLost.abort(error)); // ends verification's waits; reported by the stage loop
        certificate = added.issued;
        rotated = true;
        changes.push(
          `added certificate ${added.issued.thumbprintSha1} (expires ${added.issued.notAfter.toISOString()})`,
        );
        return;
      }
      case 'grant-permission':
        if (!servicePrincipalId) throw new ActionError('internal: no service principal');
        await grantAppRole(
          graph,
          { principalId: servicePrincipalId, resourceId: observed.exchange.id, appRoleId: step.appRoleId },
          spCreated,
        );
        changes.push(`granted admin consent for ${step.permission}`);
        return;
      case 'assign-role':
        if (!servicePrincipalId) throw new ActionError('internal: no service principal');
        await assignDirectoryRole(graph, servicePrincipalId, step.role.templateId, spCreated);
        changes.push(`assigned directory role ${step.role.name}`);
        return;
      case 'verify-certificate': {
        if (!certificate) throw new ActionError('internal: no certificate to verify');
        const verifying = certificate;
        try {
          verification = await ctx.verify(verifying, requireApp().appId, step.mode, keyLost.signal);
        } catch (error) {
          // the re-read after adding found the key gone and aborted the waits: that is the error to report
          if (keyLost.signal.aborted) throw keyLost.signal.reason;
          // a concurrent run's PATCH can drop the new key while it is being verified: say so, not "wait longer"
          const gone =
            rotated &&
            (await isRegistered(graph, requireApp().id, verifying).then(
              (registered) => !registered,
              () => false, // the verification error is the one to report
            ));
          if (gone) {
            throw new ActionError(
              `The new certificate ${verifying.thumbprintSha1} was removed from the app while exo-cba verified it. ${CONCURRENCY_HINT}`,
              { cause: error },
            );
          }
          throw error;
        }
        return;
      }
      case 'publish-secrets': {
        if (!ctx.secrets || !certificate) return;
        const values: SecretValues = {
          APP_ID: requireApp().appId,
          TENANT_ID: ctx.tenantId,
          ORGANIZATION: observed.organization,
          CERTIFICATE: certificate.pfxBase64,
          CERTIFICATE_PASSWORD: certificate.password,
          CERTIFICATE_THUMBPRINT: certificate.thumbprintSha1,
        };
        const subset: Partial<SecretValues> = Object.fromEntries(
          step.names.map((n) => [n.value, values[n.value]]),
        );
        secretsWritten = await ctx.secrets.write(subset);
        changes.push(`wrote GitHub secrets ${secretsWritten.join(', ')}`);
        return;
      }
      case 'remove-certificates':
        try {
          removed = await removeKeys(graph, requireApp().id, step.keys, {
            protect: certificate?.thumbprintSha1,
            issued: rotated ? certificate : undefined,
            log,
          });
          registeredAfterPublishing = rotated;
        } catch (error) {
          // the published certificate works and is in place; failing the job now would only stop the jobs that need it
          log.warning(
            `Could not remove old certificate(s) ${step.keys.map((k) => k.thumbprint).join(', ')} from the app: ` +
              `${error instanceof Error ? error.message : String(error)}. They stay registered (nothing breaks); the next run removes them.`,
          );
          return;
        }
        if (removed.length)
          changes.push(
            `removed certificate(s) ${removed.map((k) => `${k.thumbprint} (${k.reason})`).join(', ')}`,
          );
        return;
    }
  };

  for (const stage of plan.stages) {
    // the certificate is published (outputs, file) only once it is registered and verified, before secrets are written
    if (stage.some((s) => s.kind === 'publish-secrets' || s.kind === 'remove-certificates')) {
      await settleKeyCheck();
      if (certificate && app) await ctx.onCertificate?.(certificate, app.appId);
    }
    const check = keyCheck;
    keyCheck = undefined;
    await Promise.all([
      check,
      ...stage.map((step) => run(step).catch((error: unknown) => explain(error, step, appCreated))),
    ]);
  }
  await settleKeyCheck();
  if (rotated && certificate && app && !registeredAfterPublishing)
    await ensureRegistered(graph, app.id, certificate, log);

  const final = requireApp();
  if (!servicePrincipalId) throw new ActionError('internal: no service principal after apply');
  if (!certificate) throw new ActionError('internal: no certificate after apply');
  return {
    appObjectId: final.id,
    appId: final.appId,
    servicePrincipalId,
    certificate,
    rotated,
    verification,
    secretsWritten,
    removed,
    changes,
  };
}

const APP_WRITES = new Set<Step['kind']>([
  'update-app-permissions',
  'rename-app',
  'create-service-principal',
  'add-certificate',
  'remove-certificates',
]);

/** A 403 on an app this run did not create: OwnedBy covers only apps the provisioning app owns. */
function explain(error: unknown, step: Step, appCreated: boolean): never {
  if (error instanceof GraphError && error.status === 403 && APP_WRITES.has(step.kind) && !appCreated) {
    throw new ActionError(
      `Graph refused to change the app (${error.code}, request-id ${error.requestId ?? 'n/a'}). With ` +
        'Application.ReadWrite.OwnedBy the provisioning app may change only apps it owns, i.e. the ones it created. To manage ' +
        "an app made elsewhere (the 'app-id' input), grant the provisioning app Application.ReadWrite.All and admin-consent it, " +
        'or add its service principal as an owner of the app. Nothing in this step was changed.',
      { cause: error },
    );
  }
  throw error;
}

/**
 * A rotation of an existing app depends only on the inputs and the app's keys, which the first observe
 * round reads: the add-certificate step can then start while the service principal and assignments are
 * still being read (two round trips fewer). The plan decides the same from the same data, and apply's
 * add-certificate step awaits what started here. It starts only when nothing can refuse the run later
 * for want of a Graph permission or a bad input, so a refused run never leaves a key behind.
 */
import { generateRsaKey } from '../certificate/rsa-key.js';
import type { GraphClient } from '../graph/client.js';
import type { ServicePrincipal } from '../graph/service-principals.js';
import { addCertificate, type AddedCertificate } from './key-credentials.js';
import type { ObservedState } from '../observe/observe.js';
import { holdsEveryWritePermission } from '../plan/permissions.js';
import { decideCertificate, resolvePermissions, reusablePassword, type PlanSettings } from '../plan/plan.js';

export interface EarlyRotation {
  added: Promise<AddedCertificate>;
  /** the private key it uses (generated here unless it was already under way) */
  newKeyPem: Promise<string>;
}

export function startEarlyRotation(options: {
  settings: PlanSettings & { dryRun: boolean };
  app: NonNullable<ObservedState['app']>;
  exchange: ServicePrincipal;
  /** the provisioning app's Graph token's `roles` claim */
  roles: unknown;
  graph: GraphClient;
  now: () => Date;
  newKeyPem?: Promise<string>;
}): EarlyRotation | undefined {
  const { settings, app } = options;
  if (settings.dryRun || !holdsEveryWritePermission(options.roles)) return undefined;
  try {
    resolvePermissions(settings.permissions, options.exchange);
  } catch {
    return undefined; // the plan reports it
  }
  if (decideCertificate(settings, app.keyCredentials, true, options.now()).action !== 'rotate')
    return undefined;
  const newKeyPem = options.newKeyPem ?? generateRsaKey(settings.keySize);
  const added = addCertificate({
    graph: options.graph,
    appObjectId: app.id,
    base: 'read',
    certificate: {
      subject: settings.certificateSubject,
      validityDays: settings.certificateValidityDays,
      keySize: settings.keySize,
      now: options.now(),
      friendlyName: `exo-cba ${app.appId}`,
      password: reusablePassword(settings.certificate),
      privateKeyPem: newKeyPem,
    },
    afterCreate: false,
  });
  added.catch(() => {}); // awaited by apply's add-certificate step
  return { added, newKeyPem };
}

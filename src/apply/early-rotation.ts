/**
 * A rotation of an existing app depends only on the inputs and the app's keys, which the first observe
 * round reads: the add-certificate step can then start while the service principal and assignments are
 * still being read (two round trips fewer). The plan decides the same from the same data, and apply's
 * add-certificate step awaits what started here. It starts only when nothing can refuse the run later
 * for want of a Graph permission or a bad input, so a refused run never leaves a key behind.
 */
import { awaitedLater, type Logger } from '../action/log.js';
import type { GraphClient } from '../graph/client.js';
import { addCertificate, type AddedCertificate } from './key-credentials.js';
import type { NewKey } from './new-key.js';
import type { FirstRound } from '../observe/observe.js';
import { holdsEveryWritePermission } from '../plan/permissions.js';
import { certificateSubjectFor } from '../plan/subject.js';
import {
  decideCertificate,
  proofKey,
  resolvePermissions,
  reusablePassword,
  type PlanSettings,
} from '../plan/plan.js';

export class EarlyRotation {
  /** the add-certificate step, when it started early; apply's add-certificate step awaits it */
  added?: Promise<AddedCertificate>;

  constructor(
    private readonly options: {
      settings: PlanSettings & { dryRun: boolean };
      /** the provisioning app's Graph token's `roles` claim */
      roles: unknown;
      graph: GraphClient;
      now: () => Date;
      newKey: NewKey;
      log: Logger;
    },
  ) {}

  /** observe's first round: starts the add-certificate step when the rotation is already certain. */
  readonly onFirstRound = ({ app, exchange }: FirstRound): void => {
    if (app && this.isCertain(app, exchange)) this.added = awaitedLater(this.add(app));
  };

  private isCertain(app: NonNullable<FirstRound['app']>, exchange: FirstRound['exchange']): boolean {
    const { settings, roles, now } = this.options;
    if (settings.dryRun || !holdsEveryWritePermission(roles)) return false;
    try {
      resolvePermissions(settings.permissions, exchange);
    } catch {
      return false; // the plan reports it
    }
    return decideCertificate(settings, app.keyCredentials, true, now()).action === 'rotate';
  }

  private add(app: NonNullable<FirstRound['app']>): Promise<AddedCertificate> {
    const { settings, graph, now, newKey, log } = this.options;
    const input = settings.certificate;
    const signWith = proofKey(settings, app.keyCredentials, now());
    return addCertificate(
      {
        graph,
        appObjectId: app.id,
        lineage: settings.lineage,
        signer: signWith && input?.thumbprintSha1 === signWith ? input : undefined,
        log,
      },
      {
        base: 'read',
        certificate: {
          subject: certificateSubjectFor(settings, settings.appId ? app.displayName : undefined),
          validityDays: settings.certificateValidityDays,
          keySize: settings.keySize,
          now: now(),
          friendlyName: `exo-cba ${app.appId}`,
          password: reusablePassword(settings),
          privateKeyPem: newKey.start(),
        },
        afterCreate: false,
      },
    );
  }
}

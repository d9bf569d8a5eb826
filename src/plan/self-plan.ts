/**
 * The plan of a self-rotation: only what the app may do with its own keys — add a key (addKey, signed by its
 * current certificate), verify it, publish it, remove old keys of its lineage (removeKey, when it could read its
 * keys). Pure, like the bootstrap's plan, and built from the same rules (keys.ts).
 */
import type { ObservedKey } from '../keys/key.js';
import type { RotateSettings } from '../inputs/settings.js';
import { decideCertificate, lineageRemovals, proofKey, type KeySettings } from './keys.js';
import { secretSteps, type Plan, type Step } from './plan.js';

export type SelfPlanSettings = Pick<
  RotateSettings,
  'certificateSubject' | 'certificateValidityDays' | 'keySize' | 'verify'
> &
  KeySettings & { secretPrefix?: string };

export interface SelfPlanInput {
  /** the app's keys, or only the certificate input when the app may not read itself */
  keys: ObservedKey[];
  /** the keys could be read: old keys of the lineage can be pruned */
  keysKnown: boolean;
  existingSecrets?: Set<string>;
  legacySecrets?: string[];
  certificateWrittenAt?: Date;
}

export function planSelfRotation(settings: SelfPlanSettings, observed: SelfPlanInput, now: Date): Plan {
  const { keys } = observed;
  const certificate = decideCertificate(settings, keys, true, now);
  const stages: Step[][] = [];
  if (certificate.action === 'rotate') {
    stages.push([
      {
        kind: 'add-certificate',
        reason: certificate.reason,
        subject: settings.certificateSubject,
        validityDays: settings.certificateValidityDays,
        keySize: settings.keySize,
        replaces: certificate.replaces,
      },
    ]);
    if (settings.verify !== 'none') stages.push([{ kind: 'verify-certificate', mode: settings.verify }]);
  }
  const secrets = secretSteps(observed, settings, {
    certificateChanged: certificate.action === 'rotate',
    identityChanged: false,
  });
  if (secrets.length) stages.push(secrets);
  const removals = observed.keysKnown
    ? lineageRemovals(settings, certificate, keys, now, observed.certificateWrittenAt)
    : [];
  if (removals.length) stages.push([{ kind: 'remove-certificates', keys: removals }]);
  return {
    stages,
    certificate,
    signer: proofKey(settings, keys, now),
    tenantChanges: certificate.action === 'rotate',
    notes: [],
  };
}

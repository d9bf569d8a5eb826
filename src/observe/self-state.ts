/** The self-rotation's view of the tenant, in the shape the shared apply and report phases take. */
import { ActionError } from '../action/errors.js';
import type { Credential } from '../auth/auth.js';
import type { IssuedCertificate } from '../certificate/certificate.js';
import { EXCHANGE_APP_ID } from '../cloud.js';
import type { ObservedKey, ObservedState } from './observe.js';
import type { SelfObservation } from './observe-self.js';

/** What the app knows of itself; it cannot read the Exchange service principal or the assignments. */
export function selfAsObserved(
  self: SelfObservation,
  keys: ObservedKey[],
  organization: string,
): ObservedState {
  return {
    app: { ...self.app, requiredResourceAccess: [], keyCredentials: keys },
    servicePrincipal: self.servicePrincipalId
      ? {
          id: self.servicePrincipalId,
          appId: self.app.appId,
          displayName: self.app.displayName,
          appRoles: [],
        }
      : undefined,
    exchange: { id: '', appId: EXCHANGE_APP_ID, displayName: 'Office 365 Exchange Online', appRoles: [] },
    appRoleAssignments: [],
    roleAssignments: [],
    organization,
    existingSecrets: self.existingSecrets,
    certificateWrittenAt: self.certificateWrittenAt,
  };
}

export function certificateCredential(certificate: IssuedCertificate): Credential {
  return {
    kind: 'certificate',
    privateKeyPem: certificate.privateKeyPem,
    thumbprintSha256: certificate.thumbprintSha256,
    certificatePem: certificate.certificatePem,
  };
}

/** The inputs of self mode hold a certificate (inputs/mode.ts); this states it for the type checker. */
export function requireCertificate(settings: { certificate?: IssuedCertificate }): IssuedCertificate {
  if (!settings.certificate) throw new ActionError('internal: self-rotation without a certificate input');
  return settings.certificate;
}

/** Without the provisioning app the organization cannot be read from Graph: the inputs give it (inputs.ts). */
export function requireOrganization(settings: { organization?: string }): string {
  if (!settings.organization) throw new ActionError('internal: no organization in a run without client-id');
  return settings.organization;
}

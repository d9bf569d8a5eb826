/**
 * Entra ID's refusal of a sign-in, turned into what the user has to fix. One translator for both identities:
 * the provisioning app (client-id, with the job's OIDC token) and the managed app (app-id, with its certificate
 * or the job's OIDC token). Sources of each code: Microsoft's error-code reference (MicrosoftDocs/entra-docs
 * reference-error-codes.md) for 700016, 90002, 7000112; workload-identity-federation-considerations.md for
 * 70021; 700211/700212/700213, 700024 and 700027 from Entra's own texts quoted in public logs.
 */
import { ActionError } from '../action/errors.js';
import { ENTRA_UNAVAILABLE, ENTRA_UNREACHABLE, ENTRA_UNREADABLE } from '../http/msal-network.js';
import type { OidcClaims } from './oidc.js';
import { aadstsCode, entraText } from './token-client.js';

/**
 * The two forms GitHub's OIDC `sub` takes: repositories created, renamed or transferred since the 2026 cutover
 * (or opted in) present the immutable one (github/docs PR #45221 "Immutable subject claims"; Entra doc
 * "Migrate GitHub Actions federated credentials to immutable subjects").
 */
export const SUBJECT_FORMS =
  "'repo:OWNER/REPO:…' or, for repositories created, renamed or transferred since mid-2026 (or opted in), " +
  "'repo:OWNER@OWNER_ID/REPO@REPO_ID:…'";

/** Entra's answers when no federated credential matches the OIDC token (issuer, audience or subject). */
export const NO_MATCHING_CREDENTIAL = new Set([70021, 700211, 700212, 700213]);

/** Who was signing in, and with what. */
export type SignInIdentity =
  | { app: 'provisioning'; clientId: string; tenantId: string; oidc?: OidcClaims }
  | { app: 'managed'; appId: string; tenantId: string; oidc?: OidcClaims; certificateThumbprint?: string };

const BOOTSTRAP = 'Run the bootstrap workflow (exo-cba/exo-cba with client-id, the provisioning app) to';

export function signInRefusal(error: unknown, who: SignInIdentity): ActionError {
  // our own errors (no OIDC token, network failures) already say what to do
  if (error instanceof ActionError) return error;
  const outage = outageError(error);
  if (outage) return outage;
  const code = aadstsCode(error);
  const entra = `(Entra: ${entraText(error)})`;
  const id = who.app === 'provisioning' ? who.clientId : who.appId;
  const input = who.app === 'provisioning' ? 'client-id' : 'app-id';
  if (code !== undefined && NO_MATCHING_CREDENTIAL.has(code)) return noCredential(who, entra, error);
  switch (code) {
    case 700016: // UnauthorizedClient_DoesNotMatchRequest
      return new ActionError(
        `Entra ID does not know ${input} '${id}' in tenant '${who.tenantId}'. Check the '${input}' input (the ` +
          `${who.app === 'provisioning' ? 'provisioning app' : 'managed app, secret EXO_APP_ID'}'s Application (client) ID)` +
          ` and 'tenant-id'. ${entra}`,
        { cause: error },
      );
    case 90002: // InvalidTenantName
      return new ActionError(
        `Entra ID does not know tenant '${who.tenantId}'. Check the 'tenant-id' input. ${entra}`,
        {
          cause: error,
        },
      );
    case 7000112: // UnauthorizedClientApplicationDisabled (troubleshooting article "Error AADSTS7000112")
      return new ActionError(
        who.app === 'managed'
          ? `App ${id} is disabled: Entra ID issues it no token (AADSTS7000112; exo-cba's revoke entry, or an admin, ` +
              'disabled its service principal). Nothing was written. Once the leak is dealt with, run the bootstrap with ' +
              'enable-app: true and force-rotate: true, which enables it and replaces the certificate.'
          : `The provisioning app (client-id ${id}) is disabled in tenant '${who.tenantId}' (AADSTS7000112): enable it ` +
              'in the Entra admin center (Enterprise applications → the app → Properties → Enabled for users to sign-in).',
        { cause: error },
      );
    case 700024: // "Client assertion is not within its valid time range"
      return new ActionError(
        `Entra ID refused the GitHub OIDC token as expired or not yet valid; check the runner's clock. ${entra}`,
        { cause: error },
      );
    case 700027: // the certificate is not a valid key of the app
      if (who.app === 'managed' && who.certificateThumbprint)
        return new ActionError(
          `The certificate input ${who.certificateThumbprint} is not a valid key of app ${id}: it is not registered, ` +
            `has expired or was removed. The app can roll its own certificate only while the current one works. ` +
            `${BOOTSTRAP} register a new certificate, and pass its secrets here. ${entra}`,
          { cause: error },
        );
  }
  const whose =
    who.app === 'provisioning' ? `the provisioning app (client-id ${id})` : `the managed app ${id}`;
  return new ActionError(
    `Entra ID refused the sign-in of ${whose}` +
      (code ? `: AADSTS${code}: ${entraText(error).replace(/^AADSTS\d+:\s*/, '')}` : `: ${entraText(error)}`),
    { cause: error },
  );
}

/** No federated credential matches the job's OIDC token: which one to add, and where. */
function noCredential(who: SignInIdentity, entra: string, error: unknown): ActionError {
  const oidc = who.oidc;
  if (who.app === 'managed') {
    const subject = oidc?.sub ?? '<the subject in the log line above>';
    return new ActionError(
      `The managed app ${who.appId} has no federated credential that matches this job's GitHub OIDC token (issuer ` +
        `'${oidc?.iss ?? ''}', subject '${subject}', audience '${oidc?.aud ?? ''}'). ${BOOTSTRAP} trust it: access-token: true ` +
        `and access-token-subjects: ${subject}. ${entra}`,
      { cause: error },
    );
  }
  const claims = oidc
    ? `issuer '${oidc.iss}', subject '${oidc.sub}', audience '${oidc.aud}'`
    : 'the OIDC token';
  return new ActionError(
    `Entra ID found no federated credential on the provisioning app (client-id ${who.clientId}) that matches this ` +
      `workflow's token: ${claims}. Add one: Entra admin center → App registrations → the provisioning app → ` +
      `Certificates & secrets → Federated credentials → Add credential → "GitHub Actions deploying Azure resources", ` +
      `or "Other issuer" with exactly issuer '${oidc?.iss ?? 'https://token.actions.githubusercontent.com'}' and subject ` +
      `'${oidc?.sub ?? '<sub>'}', audience '${oidc?.aud ?? 'api://AzureADTokenExchange'}'. The subject is ${SUBJECT_FORMS}: ` +
      `copy it from this run's 'GitHub OIDC token: … sub=…' log line rather than typing it. If '${who.clientId}' is ` +
      "the managed app's client ID (secret EXO_APP_ID), pass the provisioning app's instead (variable " +
      'EXO_CBA_CLIENT_ID): the bootstrap signs in as the provisioning app, never as the managed one. ' +
      `${entra}`,
    { cause: error },
  );
}

/**
 * An Entra 5xx, an unreachable Entra or an answer that is not JSON as what it is: an outage or a proxy in the
 * way, not a refusal of the sign-in.
 */
function outageError(error: unknown): ActionError | undefined {
  const { errorCode, status } = error as { errorCode?: unknown; status?: unknown };
  if (errorCode === ENTRA_UNREACHABLE || errorCode === ENTRA_UNREADABLE) {
    return new ActionError(entraText(error), { cause: error });
  }
  if (errorCode === ENTRA_UNAVAILABLE || (typeof status === 'number' && status >= 500)) {
    const what =
      errorCode === ENTRA_UNAVAILABLE ? entraText(error) : `HTTP ${String(status)}: ${entraText(error)}`;
    return new ActionError(
      `Entra ID is unavailable (${what}); nothing was changed. This is an outage on Microsoft's side, not a ` +
        'refusal of the sign-in: run the workflow again later.',
      { cause: error },
    );
  }
  return undefined;
}

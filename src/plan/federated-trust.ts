/**
 * Which federated credentials the managed app needs so the consumer jobs (token mode) can sign in as it:
 * one per GitHub OIDC subject, named `exo-cba-<hash of the subject>` so every run finds its own, and
 * never touching a credential of anyone else. Pure: the plan calls it.
 */
import { createHash } from 'node:crypto';
import { ActionError } from '../action/errors.js';
import { MAX_FEDERATED_CREDENTIALS, type FederatedCredential } from '../graph/federated-credentials.js';

/** What the bootstrap with `access-token: true` makes the managed app trust. */
export interface TokenTrust {
  /** the OIDC issuer of the consumer jobs: the running job's (github.com or a GHES host) */
  issuer: string;
  /** the `audience` input: the consumer jobs ask GitHub for tokens with it */
  audience: string;
  subjects: string[];
}

export interface AddFederatedCredential {
  kind: 'add-federated-credential';
  name: string;
  issuer: string;
  subject: string;
  audience: string;
  /** missing: created; changed: exo-cba's credential for this subject has another issuer or audience */
  reason: 'missing' | 'changed';
}

/** Predictable, URL-friendly and within Entra's 3–120 characters, whatever the subject. */
export function federatedCredentialName(subject: string): string {
  return `exo-cba-${createHash('sha256').update(subject).digest('hex').slice(0, 16)}`;
}

export const FEDERATED_CREDENTIAL_DESCRIPTION =
  'exo-cba: GitHub Actions jobs with this subject sign in as this app (access-token: true).';

/** The trust the inputs ask for; the running job's subject when `access-token-subjects` is empty. */
export function tokenTrust(
  settings: { accessToken: boolean; accessTokenSubjects: string[]; audience: string },
  job: { iss: string; sub: string } | undefined,
): TokenTrust | undefined {
  if (!settings.accessToken) return undefined;
  const subjects = settings.accessTokenSubjects.length
    ? settings.accessTokenSubjects
    : job?.sub
      ? [job.sub]
      : [];
  return {
    issuer: job?.iss || 'https://token.actions.githubusercontent.com',
    audience: settings.audience,
    subjects: [...new Set(subjects)],
  };
}

/**
 * The credentials to write, and notes on subjects another credential already covers. Throws, before any
 * write, when the new ones would take the app past Entra's 20.
 */
export function planFederatedCredentials(
  trust: TokenTrust,
  existing: FederatedCredential[],
): { steps: AddFederatedCredential[]; notes: string[] } {
  const steps: AddFederatedCredential[] = [];
  const notes: string[] = [];
  for (const subject of trust.subjects) {
    const name = federatedCredentialName(subject);
    const ours = existing.find((f) => f.name.toLowerCase() === name.toLowerCase());
    const other = existing.find((f) => f !== ours && f.issuer === trust.issuer && f.subject === subject);
    if (other) {
      // Graph refuses a second credential with the same issuer and subject; someone else's is left as it is
      if (!other.audiences.includes(trust.audience))
        notes.push(
          `The app's federated credential '${other.name}' (not exo-cba's) trusts subject ${subject} for audience ` +
            `${other.audiences.join(', ')}, not '${trust.audience}': consumer jobs must use that audience, or remove that ` +
            'credential so exo-cba can add its own. exo-cba leaves it as it is.',
        );
      continue;
    }
    const current =
      ours?.issuer === trust.issuer &&
      ours.subject === subject &&
      ours.audiences.length === 1 &&
      ours.audiences[0] === trust.audience;
    if (!current)
      steps.push({
        kind: 'add-federated-credential',
        name,
        issuer: trust.issuer,
        subject,
        audience: trust.audience,
        reason: ours ? 'changed' : 'missing',
      });
  }
  const adding = steps.filter((s) => s.reason === 'missing').length;
  if (existing.length + adding > MAX_FEDERATED_CREDENTIALS) {
    throw new ActionError(
      `The managed app has ${existing.length} federated credential(s) and access-token-subjects needs ${adding} more, ` +
        `but Entra ID allows at most ${MAX_FEDERATED_CREDENTIALS} per app. Nothing was changed. Its credentials: ` +
        `${existing.map((f) => `'${f.name}' (${f.subject ?? `flexible: ${f.claimsMatchingExpression?.value ?? 'a claims expression'}`})`).join(', ')}. Remove ones no longer used (App registrations → ` +
        'the app → Certificates & secrets → Federated credentials), or list fewer subjects (a GitHub environment ' +
        'subject, repo:<owner>/<repo>:environment:<name>, covers every job of that environment).',
    );
  }
  return { steps, notes };
}

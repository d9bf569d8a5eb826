/**
 * Which identity a run signs in as, decided from the inputs alone:
 * - bootstrap: `client-id` set — the provisioning app (GitHub OIDC), which can create and repair everything;
 * - self: no `client-id`, `app-id` and `certificate` — the managed app with its own current certificate,
 *   rolling its keys itself (no Graph permission needed);
 * - token: no `client-id`, `app-id`, no `certificate`, `access-token: true` — the managed app with the
 *   job's GitHub OIDC token (a federated credential the bootstrap added), handing the job a token.
 */
import type { InputCheck } from './reader.js';
import { GUID } from './reader.js';
import { parseList } from './app.js';

export type SignInMode = 'bootstrap' | 'self' | 'token';

export interface ModeSettings {
  mode: SignInMode;
  /** the managed app's object ID, for self mode when the app may not read itself */
  appObjectId?: string;
  /** token mode, and in bootstrap: trust the consumer jobs' OIDC subjects on the managed app */
  accessToken: boolean;
  /** the OIDC subjects the managed app trusts (bootstrap with access-token); empty: the running job's */
  accessTokenSubjects: string[];
  /** token mode: also a Security & Compliance token (Connect-IPPSSession -AccessToken) */
  complianceAccessToken: boolean;
}

/** GitHub OIDC `sub` claims: `repo:`-prefixed, or a customized template; never blank or multi-line. */
const SUBJECT = /^[^\s,]{1,600}$/;

export function readMode(
  check: InputCheck,
  given: { clientId: string; appId?: string; certificate: boolean },
): ModeSettings {
  const accessToken = check.boolean('access-token', false);
  const accessTokenSubjects = parseList(check.string('access-token-subjects'));
  for (const subject of accessTokenSubjects) {
    if (!SUBJECT.test(subject))
      check.fail(
        'access-token-subjects',
        `'${subject}' is not a GitHub OIDC subject, like repo:contoso/automation:environment:exchange.`,
      );
  }
  const appObjectId = check.string('app-object-id') || undefined;
  if (appObjectId && !GUID.test(appObjectId))
    check.fail(
      'app-object-id',
      `'${appObjectId}' is not a GUID. Pass \${{ secrets.EXO_APP_OBJECT_ID }} as the bootstrap run wrote it.`,
    );
  const complianceAccessToken = check.boolean('compliance-access-token', false);
  if (complianceAccessToken && (given.clientId || given.certificate || !accessToken))
    check.fail(
      'compliance-access-token',
      'true needs token mode: client-id empty, app-id set, no certificate and access-token: true.',
    );
  const settings = { accessToken, accessTokenSubjects, appObjectId, complianceAccessToken };
  if (given.clientId) return { mode: 'bootstrap', ...settings };
  if (!given.appId) {
    check.fail(
      'client-id',
      'is required unless app-id is given: set client-id to the provisioning app (bootstrap), or app-id with certificate ' +
        '(the app rotates its own certificate) or with access-token: true (the job signs in as the app with its OIDC token).',
    );
    return { mode: 'bootstrap', ...settings };
  }
  if (given.certificate) {
    if (accessToken)
      check.fail(
        'access-token',
        'true signs the job in with its OIDC token, which needs no certificate: remove the certificate inputs, or set access-token: false to rotate the certificate.',
      );
    return { mode: 'self', ...settings };
  }
  if (accessToken) return { mode: 'token', ...settings };
  check.fail(
    'certificate',
    'is required when client-id is empty and access-token is false: pass ${{ secrets.EXO_CERTIFICATE }} (and its password) ' +
      'so the app rotates its own certificate, or set access-token: true for a token, or client-id for the provisioning app.',
  );
  return { mode: 'self', ...settings };
}

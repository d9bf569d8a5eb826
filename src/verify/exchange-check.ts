/**
 * The Exchange check, through the admin REST API the ExchangeOnlineManagement module uses:
 *
 * 1. The module's own connect call, `GET /adminapi/v1.0/{tenant}/EXOModuleFile`: Exchange answers 200 to an
 *    app holding `Exchange.ManageAsApp` and any supported directory role, and 401/403 ("The role assigned to
 *    application … isn't supported in this scenario") until the role has reached Exchange. Every supported
 *    role passes it, which makes it the probe (cisagov/ScubaGear `Get-ExchangeOnlineApiEndpoint`,
 *    KelvinTegelaar/CIPP-API New-ExoRequest.ps1 `-AvailableCmdlets`). Its answer also pins the regional host.
 * 2. `Get-OrganizationConfig` through InvokeCommand, only when the role may run it (it needs the management
 *    role View-Only Configuration, which Recipient Management and the Security roles lack: OfficeDocs-Exchange
 *    permissions-exo.md). It is sent beside the probe, so it costs no round trip, and counts only when the
 *    module file's `exportedCmdlets` (if any) lists it. Its answer "User is not allowed to call <cmdlet>" (office-docs-powershell#7970,
 *    401; a later client's fixture shows 403) means the role cannot run it, not that the role has not
 *    replicated: the probe already said yes.
 *
 * Redirects are followed by hand (exchange-redirect.ts). Any other answer, or none, settles for the token
 * check: `verified: exchange` only when Exchange itself said yes.
 */
import { randomUUID } from 'node:crypto';
import type { AccessToken } from '../auth/token-client.js';
import { EXCHANGE_SUPPORTED_ROLES } from '../cloud.js';
import { NetworkError } from '../http/errors.js';
import type { HttpResponse } from '../http/request.js';
import { bodyExcerpt } from '../http/body.js';
import { exchangeText, exportedCmdlets } from '../exchange/answers.js';
import { sendToExchange, type ExchangeAnswer } from '../exchange/redirects.js';
import type { Done, Outcome, VerifyOptions, Waiting } from './types.js';

/** The mailbox ExchangeOnlineManagement anchors app-only admin API calls to. */
export const APP_ONLY_ANCHOR = 'SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}';
export const CMDLET = 'Get-OrganizationConfig';
export const MODULE_FILE = 'EXOModuleFile';

/**
 * Directory roles whose Exchange role group includes View-Only Configuration (permissions-exo.md: Organization
 * Management, View-Only Organization Management, Compliance Management — the last an inference): with one of
 * them requested, the cmdlet runs beside the probe. Global Reader is UNVERIFIED, so left out.
 */
const VIEW_ONLY_CONFIGURATION_ROLES = new Set(
  [
    'Global Administrator',
    'Exchange Administrator',
    'Helpdesk Administrator',
    'Compliance Administrator',
  ].map((name) => EXCHANGE_SUPPORTED_ROLES[name]),
);
const NOT_ALLOWED = /User is not allowed to call/i;

export type ExchangeCheck = (token: AccessToken) => Promise<Outcome>;

type CheckOptions = Pick<VerifyOptions, 'exchangeEndpoint' | 'tenantId' | 'organization' | 'http' | 'roles'>;

export function exchangeCheck(
  options: CheckOptions,
  /** epoch ms: no retry of a request beyond it */
  deadline: number,
): ExchangeCheck {
  const endpoint = options.exchangeEndpoint.replace(/\/+$/, '');
  const tenant = encodeURIComponent(options.tenantId);
  // the regional host the module file came from: InvokeCommand goes there directly
  let base = endpoint;

  const send = async (
    token: AccessToken,
    req: { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; json?: unknown },
  ): Promise<ExchangeAnswer | { failed: string }> => {
    try {
      return await sendToExchange(options.http, endpoint, {
        method: req.method,
        url: `${base}${req.path}`,
        headers: {
          authorization: `Bearer ${token.accessToken}`,
          'x-anchormailbox': `UPN:${APP_ONLY_ANCHOR}@${options.organization}`,
          'client-request-id': randomUUID(),
          ...req.headers,
        },
        json: req.json,
        deadline,
      });
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error;
      return { failed: `Exchange's admin API could not be reached: ${error.message}` };
    }
  };

  const probe = (token: AccessToken) =>
    send(token, {
      method: 'GET',
      path: `/adminapi/v1.0/${tenant}/${MODULE_FILE}`,
      // what ExchangeOnlineManagement (via go-exoscc's capture) and CIPP send with the connect call
      headers: { commandname: '*', accept: 'application/json' },
    });
  const invoke = (token: AccessToken) =>
    send(token, {
      method: 'POST',
      path: `/adminapi/beta/${tenant}/InvokeCommand`,
      // what ExchangeOnlineManagement sends for an app-only InvokeCommand
      headers: {
        'x-cmdletname': CMDLET,
        'x-clientapplication': 'ExoManagementModule',
        'x-responseformat': 'json',
        'x-serializationlevel': 'Partial',
        prefer: 'odata.maxpagesize=1000',
        'accept-charset': 'UTF-8',
      },
      json: { CmdletInput: { CmdletName: CMDLET, Parameters: {} } },
    });
  // the cmdlet runs beside the probe (no extra round trip) where the requested role may run it
  const askCmdlet = options.roles.some((r) => VIEW_ONLY_CONFIGURATION_ROLES.has(r.templateId));

  return async (token) => {
    const [probed, invoked] = await Promise.all([
      probe(token).then(settle),
      askCmdlet ? invoke(token).then(settle) : undefined,
    ]);
    if ('outcome' in probed) return probed.outcome;
    base = new URL(probed.url).origin;
    if (!invoked || !listsCmdlet(probed.response)) return { done: true, proof: MODULE_FILE };
    if ('response' in invoked) return { done: true, proof: `${MODULE_FILE} and ${CMDLET}` };
    const { outcome } = invoked;
    if (!outcome.done && !NOT_ALLOWED.test(outcome.text)) return outcome;
    // Exchange already accepted the app (the module file); a cmdlet it may not run does not undo that
    const why = outcome.done ? outcome.fallbackReason : outcome.text;
    return {
      done: true,
      proof: MODULE_FILE,
      note: `Exchange accepted the app; ${CMDLET} did not run (${why}), which verification does not need.`,
    };
  };
}

/** A 200 from Exchange, or what the attempt found instead. */
function settle(
  answer: ExchangeAnswer | { failed: string },
): { response: HttpResponse; url: string } | { outcome: Done | Extract<Waiting, { stage: 'role' }> } {
  if ('failed' in answer) return { outcome: { done: true, fallbackReason: answer.failed } };
  if (answer.refused !== undefined) return { outcome: { done: true, fallbackReason: answer.refused } };
  const res = answer.response;
  if (res.status === 200) {
    // a proxy's page with 200 is not Exchange accepting the app: its answers are OData `{ "value": [...] }`
    if (isAdminApiAnswer(res)) return { response: res, url: answer.url };
    const why = `Exchange's admin API answered 200 with a body that is not an admin API answer: ${bodyExcerpt(res.data)}`;
    return { outcome: { done: true, fallbackReason: why } };
  }
  const text = exchangeText(res);
  if (res.status === 401 || res.status === 403)
    return { outcome: { done: false, stage: 'role', status: res.status, text } };
  return { outcome: { done: true, fallbackReason: `Exchange's admin API answered ${res.status} (${text})` } };
}

/** The admin API's answers (module file, cmdlet result) are JSON objects with a `value` array. */
function isAdminApiAnswer(res: HttpResponse): boolean {
  const data = res.data as { value?: unknown } | null;
  return !res.malformed && typeof data === 'object' && data !== null && Array.isArray(data.value);
}

/** Whether the module file lets the app run the cmdlet: its list when it has one (else assume so). */
function listsCmdlet(moduleFile: HttpResponse): boolean {
  return exportedCmdlets(moduleFile.data)?.has(CMDLET.toLowerCase()) ?? true;
}

/**
 * The Exchange check: runs `Get-OrganizationConfig` through the admin REST API the ExchangeOnlineManagement
 * module uses, with the same request shape. Only a 401 or 403 means "not propagated yet"; any other
 * answer, or no answer, settles for the token check (the API is undocumented).
 */
import { randomUUID } from 'node:crypto';
import type { AccessToken } from '../auth/auth.js';
import { scrub } from '../action/scrub.js';
import { NetworkError } from '../http/errors.js';
import type { HttpResponse } from '../http/request.js';
import { bodyExcerpt } from '../http/unexpected.js';
import type { Outcome, VerifyOptions } from './types.js';

/** The mailbox ExchangeOnlineManagement anchors app-only admin API calls to. */
export const APP_ONLY_ANCHOR = 'SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}';
export const CMDLET = 'Get-OrganizationConfig';

export type ExchangeCheck = (token: AccessToken) => Promise<Outcome>;

export function exchangeCheck(
  options: Pick<VerifyOptions, 'exchangeEndpoint' | 'tenantId' | 'organization' | 'http'>,
  /** epoch ms: no retry of the request beyond it */
  deadline: number,
): ExchangeCheck {
  const url =
    `${options.exchangeEndpoint.replace(/\/+$/, '')}/adminapi/beta/` +
    `${encodeURIComponent(options.tenantId)}/InvokeCommand`;
  return async (token) => {
    let res: HttpResponse;
    try {
      res = await options.http.request({
        method: 'POST',
        url,
        service: 'exchange',
        // What ExchangeOnlineManagement sends for an app-only InvokeCommand.
        headers: {
          authorization: `Bearer ${token.accessToken}`,
          'x-anchormailbox': `UPN:${APP_ONLY_ANCHOR}@${options.organization}`,
          'x-cmdletname': CMDLET,
          'x-clientapplication': 'ExoManagementModule',
          'x-responseformat': 'json',
          'x-serializationlevel': 'Partial',
          prefer: 'odata.maxpagesize=1000',
          'accept-charset': 'UTF-8',
          'client-request-id': randomUUID(),
        },
        json: { CmdletInput: { CmdletName: CMDLET, Parameters: {} } },
        deadline,
      });
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error;
      return { done: true, fallbackReason: `Exchange's admin API could not be reached: ${error.message}` };
    }
    if (res.status === 200) {
      // a proxy's page with 200 is not Exchange accepting the certificate
      if (isCmdletResult(res)) return { done: true };
      return {
        done: true,
        fallbackReason: `Exchange's admin API answered 200 with a body that is not a cmdlet result: ${bodyExcerpt(res.data)}`,
      };
    }
    const text = exchangeText(res);
    if (res.status === 401 || res.status === 403)
      return { done: false, stage: 'role', status: res.status, text };
    return { done: true, fallbackReason: `Exchange's admin API answered ${res.status} (${text})` };
  };
}

/** InvokeCommand's answer: `{ "value": [...] }` parsed from JSON. */
function isCmdletResult(res: HttpResponse): boolean {
  const data = res.data as { value?: unknown } | null;
  return !res.malformed && typeof data === 'object' && data !== null && Array.isArray(data.value);
}

/** What Exchange said: the OData error message, else the diagnostics header of a bare 401. */
function exchangeText(res: HttpResponse): string {
  const data = res.data as { error?: { code?: unknown; message?: unknown } } | string | undefined;
  if (data && typeof data === 'object' && data.error) {
    const code = typeof data.error.code === 'string' ? `${data.error.code}: ` : '';
    if (typeof data.error.message === 'string') return scrub(`${code}${data.error.message}`);
  }
  const reason = /reason="([^"]*)"/.exec(res.headers['x-ms-diagnostics'] ?? '')?.[1];
  if (reason) return scrub(reason);
  if (typeof data === 'string' && data.trim() !== '') return scrub(data.trim().slice(0, 300));
  return 'no error details in the response';
}

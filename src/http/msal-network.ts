/**
 * msal-node's network module backed by `HttpClient`, so token requests honour the proxy, the CA store
 * and the retry rules. Bodies are returned for every status (msal parses OAuth error bodies itself).
 * Every request is `sensitive`: token requests carry the client assertion and return tokens.
 */
import {
  AuthError,
  type INetworkModule,
  type NetworkRequestOptions,
  type NetworkResponse,
} from '@azure/msal-node';
import { redactUrl } from '../action/scrub.js';
import type { HttpClient } from './client.js';
import { NetworkError } from './errors.js';
import { UnexpectedResponseError } from './body.js';

/** The msal error code for an Entra answer of 5xx: the service failed, it did not refuse. */
export const ENTRA_UNAVAILABLE = 'entra_unavailable';
/** The msal error code for an Entra answer whose body is not JSON (a proxy's page, a body cut short). */
export const ENTRA_UNREADABLE = 'entra_unreadable';
/** msal's code for a transport failure, which `call` raises with the HTTP stack's diagnosis. */
export const ENTRA_UNREACHABLE = 'network_error';

/** msal-node's network module, remembering the last transport failure for error reports. */
export interface MsalNetworkClient extends INetworkModule {
  /**
   * msal swallows failures of its discovery GETs (it reports `endpoints_resolution_error`), so the
   * caller can add this diagnosis (proxy, CA, DNS) to the error it shows.
   */
  readonly lastNetworkError?: NetworkError;
}

/**
 * `deadline` (epoch ms) bounds msal's requests' retries, e.g. by verify-timeout. A transport failure
 * is raised as an msal `AuthError`: msal rethrows an AuthError as is, anything else as a generic
 * "network error" without our message.
 */
export function createMsalNetworkClient(http: HttpClient, deadline?: number): MsalNetworkClient {
  let lastNetworkError: NetworkError | undefined;
  const call = async <T>(
    method: 'GET' | 'POST',
    url: string,
    options: NetworkRequestOptions | undefined,
    timeout?: number,
  ): Promise<NetworkResponse<T>> => {
    try {
      const res = await http.request<T>({
        method,
        url,
        service: 'entra',
        headers: options?.headers,
        ...(method === 'POST' ? { form: options?.body ?? '' } : {}),
        sensitive: true,
        // token requests change nothing: safe to repeat after a reset or a 5xx
        idempotent: true,
        ...(timeout ? { timeoutMs: timeout } : {}),
        ...(deadline ? { deadline } : {}),
      });
      if (res.status >= 500) {
        // msal would word a 5xx as a refusal (or not parse its page): name it an outage instead
        throw new AuthError(
          ENTRA_UNAVAILABLE,
          options?.correlationId ?? '',
          `HTTP ${res.status} from ${redactUrl(url)} after ${res.attempts} attempt(s)`,
        );
      }
      if (res.malformed || typeof res.data !== 'object' || res.data === null) {
        // msal would fail on it with an error of its own wording: say what came back instead
        const unexpected = new UnexpectedResponseError(
          { service: 'entra', method, url },
          res,
          'its body is not JSON',
        );
        throw new AuthError(ENTRA_UNREADABLE, options?.correlationId ?? '', unexpected.message);
      }
      return { status: res.status, headers: res.headers, body: res.data };
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error;
      lastNetworkError = error;
      throw new AuthError(ENTRA_UNREACHABLE, options?.correlationId ?? '', error.message);
    }
  };
  return {
    get lastNetworkError() {
      return lastNetworkError;
    },
    sendGetRequestAsync: <T>(url: string, options?: NetworkRequestOptions, timeout?: number) =>
      call<T>('GET', url, options, timeout),
    sendPostRequestAsync: <T>(url: string, options?: NetworkRequestOptions) => call<T>('POST', url, options),
  };
}

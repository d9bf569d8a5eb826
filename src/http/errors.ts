/** The transport failure callers catch, worded with what to check (proxy, CA trust, DNS). */
import { getProxyForUrl } from 'proxy-from-env';
import { ActionError } from '../action/errors.js';
import { errorMessage } from '../action/log.js';
import { redactUrl, scrub } from '../action/scrub.js';
import type { HttpRequest, ServiceName } from './request.js';

/** Transport failure (no HTTP response) after the retries the deadline and attempt budget allowed. */
export class NetworkError extends ActionError {
  readonly url: string;
  readonly code?: string;
  readonly attempts: number;
  constructor(message: string, details: { url: string; code?: string; attempts: number }) {
    super(message);
    this.name = 'NetworkError';
    this.url = details.url;
    this.code = details.code;
    this.attempts = details.attempts;
  }
}

/** How a service is named in messages the user reads. */
export const SERVICE_LABEL: Record<ServiceName, string> = {
  oidc: 'the GitHub OIDC token endpoint',
  entra: 'Entra ID',
  graph: 'Microsoft Graph',
  exchange: 'the Exchange Online admin API',
  github: 'the GitHub API',
};

const TLS_TRUST_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'CERT_UNTRUSTED',
]);

/** The Node error code of a transport failure (axios puts it on the error or on its cause). */
export function errorCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | undefined;
  if (typeof e?.code === 'string') return e.code;
  if (typeof e?.cause?.code === 'string') return e.cause.code;
  return undefined;
}

/** What the user should check after a transport failure with `code`, through `proxy` if any. */
function networkHint(code: string | undefined, proxy: string | undefined): string {
  if (code !== undefined && (TLS_TRUST_CODES.has(code) || code.startsWith('ERR_TLS'))) {
    return ' The server certificate is not trusted: behind a TLS-inspecting proxy, set NODE_EXTRA_CA_CERTS to a PEM file with its CA certificate.';
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return proxy
      ? ' The host name did not resolve: check the endpoint inputs and the proxy settings (HTTPS_PROXY, NO_PROXY).'
      : ' The host name did not resolve: check the endpoint inputs and the runner’s DNS; behind a proxy, set HTTPS_PROXY.';
  }
  if (proxy)
    return ` Requests go through the proxy ${redactUrl(proxy)} (HTTPS_PROXY); check it, or list the host in NO_PROXY.`;
  return ' Check the runner’s network access to this host; behind a proxy, set HTTPS_PROXY.';
}

/** The NetworkError for a request's last transport failure, with the hint that fits it. */
export function networkFailure(
  req: Pick<HttpRequest, 'method' | 'url' | 'service'>,
  error: unknown,
  attempts: number,
  unsafeToRepeat = false,
): NetworkError {
  // the proxy axios chose for this URL (HTTPS_PROXY unless NO_PROXY names the host), for the hint
  const proxy = getProxyForUrl(req.url) || undefined;
  const code = errorCode(error);
  const message = errorMessage(error);
  const notRepeated = unsafeToRepeat
    ? ' It was not sent again: the service may have applied it before the connection failed. Run the workflow again; exo-cba finds what was done.'
    : networkHint(code, proxy);
  return new NetworkError(
    `Could not reach ${SERVICE_LABEL[req.service]}: ${req.method} ${redactUrl(req.url)} failed: ${scrub(message)}${code && !message.includes(code) ? ` (${code})` : ''}` +
      ` after ${attempts} attempt(s).${notRepeated}`,
    // Not the axios error as `cause`: its config holds the request headers (tokens) and body.
    { url: redactUrl(req.url), code, attempts },
  );
}

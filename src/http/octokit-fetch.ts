/** The `fetch` Octokit is given, so GitHub REST calls share the proxy, CA trust and retries. */
import type { HttpClient } from './client.js';
import type { HttpRequest, ServiceName } from './request.js';

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

export interface FetchOptions {
  /** Headers sent unless the caller's own set them, e.g. GitHub's API version. */
  headers?: Record<string, string>;
  /** Extra retry predicate, e.g. GitHub's 403 rate limits. */
  retryWhen?: HttpRequest['retryWhen'];
}

/**
 * A `fetch` for libraries that take one (Octokit's `request.fetch`), backed by `http`. Bodies are
 * treated as text (JSON and form APIs); binary uploads are not supported. Requests are `sensitive`
 * because GitHub secret payloads and tokens travel in them.
 */
export function createFetch(
  http: HttpClient,
  service: ServiceName,
  options: FetchOptions = {},
): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (
      init?.method ?? (input instanceof Request ? input.method : 'GET')
    ).toUpperCase() as HttpRequest['method'];
    const headers: Record<string, string> = { ...options.headers };
    new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined)).forEach(
      (value, name) => {
        headers[name] = value;
      },
    );
    const body = init?.body;
    if (body != null && typeof body !== 'string') {
      throw new TypeError('createFetch supports string request bodies only');
    }
    const raw = await http.send({
      method,
      url,
      service,
      headers,
      ...(body != null ? { body } : {}),
      sensitive: true,
      // a redirect is answered as it is: the caller decides (GitHub's API does not redirect these calls)
      followRedirects: false,
      ...(options.retryWhen ? { retryWhen: options.retryWhen } : {}),
    });
    const response = new Response(NULL_BODY_STATUSES.has(raw.status) ? null : raw.text, {
      status: raw.status,
      headers: raw.headers,
    });
    Object.defineProperty(response, 'url', { value: url });
    return response;
  };
}

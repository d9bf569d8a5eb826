/**
 * Octokit on the one HTTP stack (proxy, CA, retries), with GitHub's 403 rate limits retried like 429.
 * `@actions/github` is imported on first use, so runs without a github-token do not load it.
 */
import type { Logger } from '../action/log.js';
import type { HttpClient } from '../http/client.js';
import { createFetch } from '../http/octokit-fetch.js';
import { isRateLimit } from './failure.js';

export type Octokit = ReturnType<typeof import('@actions/github').getOctokit>;

/** The REST API version the calls are written against. */
const API_VERSION = '2022-11-28';

/** Returns a getter that creates the client on its first call and then returns the same one. */
export function lazyOctokit(options: {
  token: string;
  apiUrl: string;
  http: HttpClient;
  log: Logger;
}): () => Promise<Octokit> {
  const { token, apiUrl, http, log } = options;
  const noop = () => {};
  let octokit: Promise<Octokit> | undefined;
  return () =>
    (octokit ??= import('@actions/github').then(({ getOctokit }) => {
      const client = getOctokit(token, {
        baseUrl: apiUrl,
        request: { fetch: createFetch(http, 'github', { retryWhen: isRateLimit }) },
        log: {
          debug: noop,
          info: noop,
          warn: (m: string) => log.warning(m),
          error: (m: string) => log.warning(m),
        },
      });
      client.hook.before('request', (request) => {
        request.headers['x-github-api-version'] ??= API_VERSION;
      });
      return client;
    }));
}

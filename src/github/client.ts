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

/**
 * The answers GitHub documents for success, by method (REST docs of every call exo-cba makes: list and get
 * 200; create an issue or a label 201; update an issue 200; create or update a secret 201 when created, 204
 * when updated; set a secret's repositories and delete a secret 204). Any other answer — a 200 with a body
 * to a PUT, a redirect, a 202 — is a failure, as a proxy or captive portal answering in GitHub's place
 * stored nothing: a write not stored must never count as stored, nor a page not understood as a list.
 */
const DOCUMENTED: Record<string, readonly number[]> = {
  GET: [200],
  POST: [201],
  PATCH: [200],
  PUT: [201, 204],
  DELETE: [204],
};

/** GitHub (or what answered in its place) gave an answer it does not document for the call. */
export class UndocumentedAnswerError extends Error {
  constructor(
    readonly method: string,
    readonly status: number,
  ) {
    super(
      `GitHub answered ${status}, which is not an answer it documents for this ${method} ` +
        `(${DOCUMENTED[method]?.join(' or ') ?? '200'}): something between the runner and GitHub (a proxy, a ` +
        'captive portal) may have answered in its place, so nothing is taken as done',
    );
    this.name = 'UndocumentedAnswerError';
  }
}

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
      client.hook.after('request', (response, request) => {
        const method = request.method.toUpperCase();
        if (!(DOCUMENTED[method] ?? [200]).includes(response.status))
          throw new UndocumentedAnswerError(method, response.status);
      });
      return client;
    }));
}

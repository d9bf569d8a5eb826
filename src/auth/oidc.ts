/**
 * The workflow's GitHub OIDC token, fetched the way `core.getIDToken` does but through the one HTTP
 * stack; it is the provisioning app's client assertion.
 */
import * as core from '@actions/core';
import { ActionError } from '../action/errors.js';
import type { HttpClient } from '../http/client.js';
import { readBody, ShapeError } from '../http/unexpected.js';

export interface OidcClaims {
  iss: string;
  sub: string;
  aud: string;
}

/** Decodes a JWT's payload (no verification: for claims we only show or read, never trust). */
export function jwtPayload(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (!part) return {};
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/**
 * Fetches GitHub OIDC tokens the way `core.getIDToken` does (same variables, `&audience=`, masked), but
 * through the one HTTP stack so proxies, the CA bundle and retries apply.
 */
export class GitHubOidcTokenSource {
  lastClaims?: OidcClaims;

  constructor(
    private readonly http: HttpClient,
    private readonly audience: string,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  /** Fails with what to do when the runner offers no OIDC token (checked before anything is requested). */
  assertAvailable(): void {
    if (!this.env.ACTIONS_ID_TOKEN_REQUEST_URL || !this.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
      throw new ActionError(
        'The GitHub OIDC token is not available (ACTIONS_ID_TOKEN_REQUEST_URL is not set). Add\n' +
          '  permissions:\n    id-token: write\n    contents: read\n' +
          'to the workflow or job that runs exo-cba. Pull requests from forks never get an OIDC token.',
      );
    }
  }

  async getToken(): Promise<string> {
    this.assertAvailable();
    const url = this.env.ACTIONS_ID_TOKEN_REQUEST_URL as string;
    const requestToken = this.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN as string;
    const req = {
      method: 'GET',
      url: `${url}${url.includes('?') ? '&' : '?'}audience=${encodeURIComponent(this.audience)}`,
      service: 'oidc',
    } as const;
    const res = await this.http.request({
      ...req,
      headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' },
      sensitive: true,
    });
    if (res.status !== 200) throw oidcRefusal(res.status);
    const token = readBody(req, res, oidcTokenShape);
    core.setSecret(token);
    const claims = jwtPayload(token);
    const first = !this.lastClaims;
    this.lastClaims = {
      iss: String(claims.iss ?? ''),
      sub: String(claims.sub ?? ''),
      aud: String(claims.aud ?? ''),
    };
    if (first) {
      core.info(
        `GitHub OIDC token: iss=${this.lastClaims.iss} sub=${this.lastClaims.sub} aud=${this.lastClaims.aud}`,
      );
    }
    return token;
  }
}

/** The token in the OIDC endpoint's `{ "value": "<jwt>" }`; never shown (the excerpt is scrubbed). */
function oidcTokenShape(body: unknown): string {
  const value = (body as { value?: unknown } | null)?.value;
  if (typeof value !== 'string' || value.split('.').length !== 3) {
    throw new ShapeError("the body has no token in 'value'");
  }
  return value;
}

/** What a non-200 answer of GitHub's OIDC endpoint means for the user. */
function oidcRefusal(status: number): ActionError {
  if (status >= 500) {
    return new ActionError(
      `GitHub's OIDC token endpoint is unavailable (HTTP ${status}); nothing was changed. This is an outage on ` +
        "GitHub's side: run the workflow again later.",
    );
  }
  if (status === 401 || status === 403) {
    return new ActionError(
      `GitHub's OIDC token endpoint refused the token request (HTTP ${status}). Check that the job has ` +
        "'permissions: id-token: write'.",
    );
  }
  return new ActionError(`GitHub's OIDC token endpoint answered HTTP ${status} without a token.`);
}

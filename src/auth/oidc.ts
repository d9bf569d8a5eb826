/**
 * The job's GitHub OIDC token, fetched as `core.getIDToken` does (same variables, `&audience=`, masked) but
 * through the one HTTP stack, so proxies, the CA bundle and the retry policy apply to it as to every call.
 */
import * as core from '@actions/core';
import { z } from 'zod';
import { ActionError } from '../action/errors.js';
import type { HttpClient } from '../http/client.js';
import { readBody } from '../http/body.js';

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

/** The endpoint's `{ "value": "<jwt>" }`; never shown (error excerpts are scrubbed). */
const oidcTokenSchema = z
  .object({ value: z.string().refine((v) => v.split('.').length === 3, 'not a JWT') })
  .transform((body) => body.value);

export class GitHubOidcTokenSource {
  /** the claims of the last token fetched: the user matches them against the federated credential */
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
    const base = this.env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '';
    const req = {
      method: 'GET',
      url: `${base}${base.includes('?') ? '&' : '?'}audience=${encodeURIComponent(this.audience)}`,
      service: 'oidc',
    } as const;
    const res = await this.http.request({
      ...req,
      headers: { authorization: `Bearer ${this.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? ''}` },
      sensitive: true,
    });
    if (res.status !== 200) throw oidcRefusal(res.status);
    const token = readBody(req, res, oidcTokenSchema);
    core.setSecret(token);
    const claims = jwtPayload(token);
    const first = !this.lastClaims;
    const text = (name: string) => (typeof claims[name] === 'string' ? claims[name] : '');
    this.lastClaims = { iss: text('iss'), sub: text('sub'), aud: text('aud') };
    if (first)
      core.info(
        `GitHub OIDC token: iss=${this.lastClaims.iss} sub=${this.lastClaims.sub} aud=${this.lastClaims.aud}`,
      );
    return token;
  }
}

/** What a non-200 answer of GitHub's OIDC endpoint means for the user. */
function oidcRefusal(status: number): ActionError {
  if (status >= 500)
    return new ActionError(
      `GitHub's OIDC token endpoint is unavailable (HTTP ${status}); nothing was changed. This is an outage on ` +
        "GitHub's side: run the workflow again later.",
    );
  if (status === 401 || status === 403)
    return new ActionError(
      `GitHub's OIDC token endpoint refused the token request (HTTP ${status}). Check that the job has ` +
        "'permissions: id-token: write'.",
    );
  return new ActionError(`GitHub's OIDC token endpoint answered HTTP ${status} without a token.`);
}

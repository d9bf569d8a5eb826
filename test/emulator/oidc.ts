/**
 * GitHub Actions' OIDC token endpoint (what `core.getIDToken` calls): bearer
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN, `audience` query parameter, answers `{ value: <jwt> }`.
 */
import { randomBytes } from 'node:crypto';
import { signJwt } from './jwt.js';
import { GITHUB_OIDC_ISSUER } from './state.js';
import type { EmulatorContext, Handler } from './types.js';

export interface OidcConfig {
  /** the runner's ACTIONS_ID_TOKEN_REQUEST_TOKEN */
  requestToken: string;
  repository: string;
  ref: string;
  /** the `sub` claim; GitHub's default is `repo:<owner>/<repo>:ref:<ref>` */
  subject: string;
  eventName: string;
  lifetimeSeconds: number;
}

export function defaultOidcConfig(repository: string): OidcConfig {
  return {
    requestToken: randomBytes(24).toString('base64url'),
    repository,
    ref: 'refs/heads/main',
    subject: `repo:${repository}:ref:refs/heads/main`,
    eventName: 'push',
    lifetimeSeconds: 300,
  };
}

export function createOidcService(ctx: EmulatorContext, config: OidcConfig): Handler {
  return (req) => {
    if (req.method !== 'GET' || req.path !== '/_apis/token')
      return { status: 404, body: { message: 'Not Found' } };
    if (req.headers.authorization !== `Bearer ${config.requestToken}`) {
      return { status: 401, body: { message: 'Unauthorized: invalid ACTIONS_ID_TOKEN_REQUEST_TOKEN' } };
    }
    const now = Math.floor(Date.now() / 1000);
    const value = signJwt(
      {
        jti: randomBytes(8).toString('hex'),
        sub: config.subject,
        aud: req.query.get('audience') ?? `https://github.com/${config.repository.split('/')[0]}`,
        ref: config.ref,
        repository: config.repository,
        repository_owner: config.repository.split('/')[0],
        event_name: config.eventName,
        iss: GITHUB_OIDC_ISSUER,
        nbf: now - 5,
        iat: now,
        exp: now + config.lifetimeSeconds,
      },
      ctx.oidcKey.privateKey,
      { kid: ctx.oidcKey.kid },
    );
    return { status: 200, body: { count: 1, value } };
  };
}

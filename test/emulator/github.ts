/**
 * GitHub's REST API as exo-cba uses it: the token check every request goes through (401 Bad credentials,
 * 403 per token kind and permission, 404 for what the token cannot see), `GET /repos/{owner}/{repo}`,
 * and the route modules: Actions secrets (github-secrets.ts), issues and labels (github-issues.ts).
 *
 * - 403 bodies: "Resource not accessible by integration" (GitHub App tokens, including the workflow's
 *   GITHUB_TOKEN) and "Resource not accessible by personal access token" (fine-grained PATs), with the
 *   `x-accepted-github-permissions` header naming what the endpoint needs.
 * - Classic PATs see private repositories only with the `repo` scope and GitHub hides what they
 *   cannot see behind 404.
 * - The workflow's GITHUB_TOKEN reaches only its own repository, and no secrets at all (community
 *   discussion #26292); issues it reaches with `permissions: issues: write`.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { routeIssues } from './github-issues.js';
import { routeSecrets } from './github-secrets.js';
import type {
  GitHubPermissionLevel,
  GitHubState,
  GitHubTokenInfo,
  GitHubTokenKind,
  GitHubTokenPermissions,
} from './github-state.js';
import type { EmulatorContext, EmulatorRequest, EmulatorResponse, Handler } from './types.js';

export * from './github-state.js';

const API_VERSION = '2022-11-28';

/** What a route module gets: the request, the token, the state, and GitHub's answers. */
export interface GitHubCall {
  req: EmulatorRequest;
  ctx: EmulatorContext;
  state: GitHubState;
  info: GitHubTokenInfo;
  /** `x-oauth-scopes` for classic tokens */
  tokenHeaders: Record<string, string>;
  headers(extra?: Record<string, string>): Record<string, string>;
  error(status: number, message: string, doc: string, extra?: Record<string, string>): EmulatorResponse;
  notFound(doc: string, extra?: Record<string, string>): EmulatorResponse;
  repoVisible(owner: string, name: string): boolean;
  /** the 403/404 GitHub answers when the token lacks `permission` (or the classic scope), else undefined */
  refusal(
    permission: keyof GitHubTokenPermissions,
    needed: GitHubPermissionLevel,
    classicScope: string,
    doc: string,
  ): EmulatorResponse | undefined;
}

function bearer(req: EmulatorRequest): string | undefined {
  const header = String(req.headers.authorization ?? '');
  const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header);
  return m?.[1];
}

/** Permissions the workflow's GITHUB_TOKEN can never hold. */
const SECRET_PERMISSIONS: (keyof GitHubTokenPermissions)[] = [
  'secrets',
  'environments',
  'organization_secrets',
];

function makeCall(
  ctx: EmulatorContext,
  state: GitHubState,
  req: EmulatorRequest,
  info: GitHubTokenInfo,
): GitHubCall {
  const headers = (extra: Record<string, string> = {}): Record<string, string> => {
    state.rateLimitRemaining = Math.max(0, state.rateLimitRemaining - 1);
    const reset = Math.floor(Date.now() / 1000) + 3600;
    return {
      'x-github-request-id': `${randomBytes(2).toString('hex').toUpperCase()}:${randomBytes(3).toString('hex').toUpperCase()}:${randomBytes(4).toString('hex').toUpperCase()}`,
      'x-github-api-version-selected': API_VERSION,
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(state.rateLimitRemaining),
      'x-ratelimit-used': String(5000 - state.rateLimitRemaining),
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-resource': 'core',
      ...extra,
    };
  };
  const error = (status: number, message: string, doc: string, extra?: Record<string, string>) => ({
    status,
    headers: headers(extra),
    body: { message, documentation_url: doc, status: String(status) },
  });
  const tokenHeaders: Record<string, string> =
    info.kind === 'classic' ? { 'x-oauth-scopes': (info.scopes ?? []).join(', ') } : {};
  const notFound = (doc: string, extra?: Record<string, string>) => error(404, 'Not Found', doc, extra);
  return {
    req,
    ctx,
    state,
    info,
    tokenHeaders,
    headers,
    error,
    notFound,
    repoVisible: (owner, name) => {
      const fullName = `${owner}/${name}`.toLowerCase();
      if (!state.repo(owner, name)) return false;
      if (info.kind === 'github-token') return fullName === state.repository.toLowerCase();
      return info.repositories === undefined || info.repositories.some((r) => r.toLowerCase() === fullName);
    },
    refusal: (permission, needed, classicScope, doc) => {
      const accepted = { 'x-accepted-github-permissions': `${permission}=${needed}` };
      if (info.kind === 'classic') {
        if ((info.scopes ?? []).includes(classicScope)) return undefined;
        return notFound(doc, { ...tokenHeaders, 'x-accepted-oauth-scopes': classicScope });
      }
      const granted =
        info.kind === 'github-token' && SECRET_PERMISSIONS.includes(permission)
          ? undefined
          : info.permissions?.[permission];
      if (granted === 'write' || (granted === 'read' && needed === 'read')) return undefined;
      const message =
        info.kind === 'fine-grained'
          ? 'Resource not accessible by personal access token'
          : 'Resource not accessible by integration';
      return error(403, message, doc, accepted);
    },
  };
}

function getRepository(call: GitHubCall): EmulatorResponse | undefined {
  const repoOnly = /^\/repos\/([^/]+)\/([^/]+)$/.exec(call.req.path);
  if (!repoOnly || call.req.method !== 'GET') return undefined;
  const [, owner, name] = repoOnly;
  if (!call.repoVisible(owner, name)) {
    return call.notFound('https://docs.github.com/rest/repos/repos#get-a-repository', call.tokenHeaders);
  }
  const repo = call.state.repo(owner, name)!;
  const [ownerLogin, repoName] = repo.fullName.split('/');
  return {
    status: 200,
    headers: call.headers(call.tokenHeaders),
    body: {
      id: repo.id,
      name: repoName,
      full_name: repo.fullName,
      private: true,
      owner: { login: ownerLogin },
    },
  };
}

export function createGitHubService(ctx: EmulatorContext, state: GitHubState): Handler {
  return (req) => {
    const token = bearer(req);
    const info = token ? state.token(token) : undefined;
    const call = makeCall(ctx, state, req, info ?? { kind: 'app' });
    if (!info) return call.error(401, 'Bad credentials', 'https://docs.github.com/rest');
    return (
      getRepository(call) ??
      routeSecrets(call) ??
      routeIssues(call) ??
      call.notFound('https://docs.github.com/rest')
    );
  };
}

/** A fresh random token string of the given kind's shape (never a real token). */
export function fakeGitHubToken(kind: GitHubTokenKind): string {
  const body = randomBytes(27).toString('base64url').replace(/[-_]/g, 'x').slice(0, 36);
  switch (kind) {
    case 'classic':
      return `ghp_${body}`;
    case 'fine-grained':
      return `github_pat_${randomBytes(16).toString('hex').toUpperCase().slice(0, 22)}_${randomBytes(30).toString('base64url').replace(/[-_]/g, 'x').slice(0, 59)}`;
    case 'app':
      return `ghs_${body}`;
    case 'github-token':
      // GitHub's stateless installation-token format: ghs_<app id>_<jwt>; 15368 is the GitHub Actions app.
      return `ghs_15368_${Buffer.from(JSON.stringify({ alg: 'RS256' })).toString('base64url')}.${Buffer.from(randomUUID()).toString('base64url')}.${randomBytes(32).toString('base64url')}`;
  }
}

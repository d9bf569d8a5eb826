/**
 * GitHub's REST API for Actions secrets, as exo-cba uses it: a sealing public key per scope
 * (repository, environment, organization), secret listing, create-or-update (201/204), and the token
 * checks GitHub makes (401 Bad credentials, 403 per token kind and permission, 404 for what the token
 * cannot see). It opens every sealed box it receives with the scope's secret key, so tests can compare
 * what was published with what the action meant to publish.
 *
 * Facts it follows (GitHub docs, REST API version 2022-11-28):
 * - repository secrets need the repository permission `secrets` (fine-grained: "Secrets"),
 *   environment secrets the repository permission `environments` ("Environments"), organization
 *   secrets the organization permission `organization_secrets` ("Secrets" under organization);
 *   read for the public key and the list, write for PUT.
 * - 403 bodies: "Resource not accessible by integration" (GitHub App tokens, including the workflow's
 *   GITHUB_TOKEN) and "Resource not accessible by personal access token" (fine-grained PATs), with the
 *   `x-accepted-github-permissions` header naming what the endpoint needs.
 * - Classic PATs see private repositories only with the `repo` scope and GitHub hides what they
 *   cannot see behind 404; organization secrets need `admin:org`.
 * - The workflow's GITHUB_TOKEN has no permission that reaches secrets: every secrets call is 403.
 * - A PUT whose `key_id` is not the scope's current key is refused with 422. GitHub's exact wording for
 *   a stale key_id is not documented; the message used is the one GitHub gives for a value it cannot
 *   decrypt ("Bad request - validation failed due to an improperly encrypted secret").
 */
import { randomBytes, randomUUID } from 'node:crypto';
import sodium from 'libsodium-wrappers';
import type { EmulatorContext, EmulatorRequest, EmulatorResponse, Handler } from './types.js';

await sodium.ready;

export type GitHubPermissionLevel = 'read' | 'write';

/** GitHub App / fine-grained permission names (as in `x-accepted-github-permissions`). */
export interface GitHubTokenPermissions {
  secrets?: GitHubPermissionLevel;
  environments?: GitHubPermissionLevel;
  organization_secrets?: GitHubPermissionLevel;
}

export type GitHubTokenKind = 'app' | 'fine-grained' | 'classic' | 'github-token';

export interface GitHubTokenInfo {
  kind: GitHubTokenKind;
  /** for `app` and `fine-grained` tokens */
  permissions?: GitHubTokenPermissions;
  /** classic PAT scopes, e.g. `repo`, `admin:org` */
  scopes?: string[];
  /** `owner/name` the token can see (default: every repository) */
  repositories?: string[];
  /** organizations the token can act on (default: every organization) */
  orgs?: string[];
}

/** Where a secret lives. */
export type GitHubSecretScope = { repository: string; environment?: string } | { organization: string };

export interface StoredSecret {
  name: string;
  /** the sealed value as received */
  encryptedValue: string;
  keyId: string;
  createdAt: string;
  updatedAt: string;
  /** PUTs accepted for this name */
  writes: number;
  visibility?: string;
}

interface ScopeKeys {
  keyId: string;
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

interface ScopeState {
  keys: ScopeKeys;
  secrets: Map<string, StoredSecret>;
}

const DOCS = 'https://docs.github.com/rest/actions/secrets';
const API_VERSION = '2022-11-28';

function newKeys(): ScopeKeys {
  const pair = sodium.crypto_box_keypair();
  // GitHub's key_ids are long decimal strings.
  const keyId = BigInt(`0x${randomBytes(8).toString('hex')}`).toString();
  return { keyId, publicKey: pair.publicKey, privateKey: pair.privateKey };
}

function scopeKey(scope: GitHubSecretScope): string {
  if ('organization' in scope) return `org:${scope.organization.toLowerCase()}`;
  const repo = scope.repository.toLowerCase();
  return scope.environment !== undefined ? `env:${repo}:${scope.environment.toLowerCase()}` : `repo:${repo}`;
}

function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class GitHubState {
  /** the workflow's repository (`owner/name`) */
  readonly repository: string;
  private readonly repos = new Map<string, { fullName: string; id: number; environments: Set<string> }>();
  private readonly orgs = new Set<string>();
  private readonly tokens = new Map<string, GitHubTokenInfo>();
  private readonly scopes = new Map<string, ScopeState>();
  private nextRepoId = 700_000_001;
  /** requests left in the current rate-limit window (reported in `x-ratelimit-*` headers) */
  rateLimitRemaining = 5000;

  constructor(repository: string) {
    this.repository = repository;
    this.addRepository(repository);
    this.addEnvironment(repository, 'production');
    this.addOrganization(repository.split('/')[0]);
  }

  addRepository(fullName: string): void {
    const key = fullName.toLowerCase();
    if (!this.repos.has(key))
      this.repos.set(key, { fullName, id: this.nextRepoId++, environments: new Set() });
  }

  addEnvironment(repository: string, environment: string): void {
    this.addRepository(repository);
    this.repos.get(repository.toLowerCase())!.environments.add(environment.toLowerCase());
  }

  addOrganization(org: string): void {
    this.orgs.add(org.toLowerCase());
  }

  addToken(token: string, info: GitHubTokenInfo): void {
    this.tokens.set(token, info);
  }

  removeToken(token: string): void {
    this.tokens.delete(token);
  }

  /** the scope's current sealing key, as `GET …/secrets/public-key` returns it */
  publicKey(scope: GitHubSecretScope): { key_id: string; key: string } {
    const { keys } = this.scope(scope);
    return { key_id: keys.keyId, key: Buffer.from(keys.publicKey).toString('base64') };
  }

  /** the scope's current secret key (base64), for tests that open sealed boxes independently */
  secretKey(scope: GitHubSecretScope): string {
    return Buffer.from(this.scope(scope).keys.privateKey).toString('base64');
  }

  /** replaces the scope's key pair: a PUT sealed for the old key_id answers 422 from now on */
  rotatePublicKey(scope: GitHubSecretScope): void {
    this.scope(scope).keys = newKeys();
  }

  secretNames(scope: GitHubSecretScope): string[] {
    return [...this.scope(scope).secrets.keys()].sort();
  }

  secret(scope: GitHubSecretScope, name: string): StoredSecret | undefined {
    return this.scope(scope).secrets.get(name.toUpperCase());
  }

  /** how many PUTs were accepted for `name` */
  writes(scope: GitHubSecretScope, name: string): number {
    return this.secret(scope, name)?.writes ?? 0;
  }

  /** opens the stored sealed box with the key it was sealed for */
  decrypt(scope: GitHubSecretScope, name: string): string | undefined {
    const stored = this.secret(scope, name);
    if (!stored) return undefined;
    const state = this.scope(scope);
    if (stored.keyId !== state.keys.keyId)
      throw new Error(`${name} was sealed for a key that has since been rotated`);
    return sodium.to_string(this.open(state.keys, stored.encryptedValue)!);
  }

  /** stores a secret as if a user had set it (sealed with the scope's current key; counts no write) */
  setSecret(scope: GitHubSecretScope, name: string, value: string): void {
    const state = this.scope(scope);
    const sealed = Buffer.from(
      sodium.crypto_box_seal(sodium.from_string(value), state.keys.publicKey),
    ).toString('base64');
    const now = isoSeconds(Date.now());
    state.secrets.set(name.toUpperCase(), {
      name: name.toUpperCase(),
      encryptedValue: sealed,
      keyId: state.keys.keyId,
      createdAt: now,
      updatedAt: now,
      writes: 0,
      ...('organization' in scope ? { visibility: 'private' } : {}),
    });
  }

  /** @internal */
  token(value: string): GitHubTokenInfo | undefined {
    return this.tokens.get(value);
  }

  /** @internal the stored repository, if any */
  repo(owner: string, name: string): { fullName: string; id: number; environments: Set<string> } | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  /** @internal */
  hasOrg(org: string): boolean {
    return this.orgs.has(org.toLowerCase());
  }

  /** @internal opens a sealed box; undefined when it was not sealed for `keys` */
  open(keys: ScopeKeys, encryptedValue: string): Uint8Array | undefined {
    try {
      const box = sodium.from_base64(encryptedValue, sodium.base64_variants.ORIGINAL);
      return sodium.crypto_box_seal_open(box, keys.publicKey, keys.privateKey);
    } catch {
      return undefined;
    }
  }

  /** @internal */
  scope(scope: GitHubSecretScope): ScopeState {
    const key = scopeKey(scope);
    let state = this.scopes.get(key);
    if (!state) {
      state = { keys: newKeys(), secrets: new Map() };
      this.scopes.set(key, state);
    }
    return state;
  }
}

/* ------------------------------------------------------------------------------------------------ */

type Permission = keyof GitHubTokenPermissions;

interface Route {
  scope: GitHubSecretScope;
  permission: Permission;
  /** classic PAT scope the endpoint needs */
  classicScope: 'repo' | 'admin:org';
  /** docs anchor of the endpoint, for `documentation_url` */
  doc: string;
  /** what the request asks for */
  op: 'public-key' | 'list' | 'put' | 'get';
  secretName?: string;
  /** owner/name, for repository and environment routes */
  repository?: { owner: string; name: string };
  environment?: string;
  org?: string;
}

function matchRoute(req: EmulatorRequest): Route | undefined {
  const p = req.path;
  let m = /^\/repos\/([^/]+)\/([^/]+)\/actions\/secrets(?:\/([^/]+))?$/.exec(p);
  if (m) {
    const [, owner, name, tail] = m;
    const repository = { owner, name };
    const scope = { repository: `${owner}/${name}` };
    const base = { scope, permission: 'secrets' as const, classicScope: 'repo' as const, repository };
    if (tail === undefined) return { ...base, op: 'list', doc: 'list-repository-secrets' };
    if (tail === 'public-key') return { ...base, op: 'public-key', doc: 'get-a-repository-public-key' };
    return {
      ...base,
      op: req.method === 'PUT' ? 'put' : 'get',
      secretName: tail,
      doc: 'create-or-update-a-repository-secret',
    };
  }
  // The environment name may itself contain '/' (clients send it as %2F; the path arrives decoded).
  m = /^\/repos\/([^/]+)\/([^/]+)\/environments\/(.+)\/secrets(?:\/([^/]+))?$/.exec(p);
  if (m) {
    const [, owner, name, environment, tail] = m;
    const repository = { owner, name };
    const scope = { repository: `${owner}/${name}`, environment };
    const base = {
      scope,
      permission: 'environments' as const,
      classicScope: 'repo' as const,
      repository,
      environment,
    };
    if (tail === undefined) return { ...base, op: 'list', doc: 'list-environment-secrets' };
    if (tail === 'public-key') return { ...base, op: 'public-key', doc: 'get-an-environment-public-key' };
    return {
      ...base,
      op: req.method === 'PUT' ? 'put' : 'get',
      secretName: tail,
      doc: 'create-or-update-an-environment-secret',
    };
  }
  m = /^\/orgs\/([^/]+)\/actions\/secrets(?:\/([^/]+))?$/.exec(p);
  if (m) {
    const [, org, tail] = m;
    const scope = { organization: org };
    const base = {
      scope,
      permission: 'organization_secrets' as const,
      classicScope: 'admin:org' as const,
      org,
    };
    if (tail === undefined) return { ...base, op: 'list', doc: 'list-organization-secrets' };
    if (tail === 'public-key') return { ...base, op: 'public-key', doc: 'get-an-organization-public-key' };
    return {
      ...base,
      op: req.method === 'PUT' ? 'put' : 'get',
      secretName: tail,
      doc: 'create-or-update-an-organization-secret',
    };
  }
  return undefined;
}

function bearer(req: EmulatorRequest): string | undefined {
  const header = String(req.headers.authorization ?? '');
  const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header);
  return m?.[1];
}

const SECRET_NAME = /^[A-Z_][A-Z0-9_]*$/;

export function createGitHubService(ctx: EmulatorContext, state: GitHubState): Handler {
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
  const error = (
    status: number,
    message: string,
    doc: string,
    extra?: Record<string, string>,
  ): EmulatorResponse => ({
    status,
    headers: headers(extra),
    body: { message, documentation_url: doc, status: String(status) },
  });
  const notFound = (doc: string, extra?: Record<string, string>) => error(404, 'Not Found', doc, extra);

  return (req) => {
    const token = bearer(req);
    const info = token ? state.token(token) : undefined;
    if (!info) return error(401, 'Bad credentials', 'https://docs.github.com/rest');
    const tokenHeaders: Record<string, string> =
      info.kind === 'classic' ? { 'x-oauth-scopes': (info.scopes ?? []).join(', ') } : {};

    const repoVisible = (owner: string, name: string): boolean => {
      const fullName = `${owner}/${name}`.toLowerCase();
      if (!state.repo(owner, name)) return false;
      if (info.kind === 'github-token') return fullName === state.repository.toLowerCase();
      return info.repositories === undefined || info.repositories.some((r) => r.toLowerCase() === fullName);
    };

    // GET /repos/{owner}/{repo}: what a token check would call.
    const repoOnly = /^\/repos\/([^/]+)\/([^/]+)$/.exec(req.path);
    if (repoOnly && req.method === 'GET') {
      const [, owner, name] = repoOnly;
      if (!repoVisible(owner, name))
        return notFound('https://docs.github.com/rest/repos/repos#get-a-repository', tokenHeaders);
      const repo = state.repo(owner, name)!;
      const [ownerLogin, repoName] = repo.fullName.split('/');
      return {
        status: 200,
        headers: headers(tokenHeaders),
        body: {
          id: repo.id,
          name: repoName,
          full_name: repo.fullName,
          private: true,
          owner: { login: ownerLogin },
        },
      };
    }

    const route = matchRoute(req);
    if (!route) return notFound('https://docs.github.com/rest');
    const doc = `${DOCS}#${route.doc}`;
    const needed: GitHubPermissionLevel = route.op === 'put' ? 'write' : 'read';

    // Existence and visibility first: GitHub answers 404 for what the token cannot see.
    if (route.repository) {
      const { owner, name } = route.repository;
      if (!repoVisible(owner, name)) return notFound(doc, tokenHeaders);
      if (
        route.environment !== undefined &&
        !state.repo(owner, name)!.environments.has(route.environment.toLowerCase())
      ) {
        return notFound(doc, tokenHeaders);
      }
    } else if (route.org !== undefined) {
      if (!state.hasOrg(route.org)) return notFound(doc, tokenHeaders);
      if (info.kind === 'github-token') return error(403, 'Resource not accessible by integration', doc);
      if (info.orgs !== undefined && !info.orgs.some((o) => o.toLowerCase() === route.org!.toLowerCase())) {
        return notFound(doc, tokenHeaders);
      }
    }

    // Permissions.
    const accepted = { 'x-accepted-github-permissions': `${route.permission}=${needed}` };
    if (info.kind === 'github-token')
      return error(403, 'Resource not accessible by integration', doc, accepted);
    if (info.kind === 'classic') {
      if (!(info.scopes ?? []).includes(route.classicScope)) {
        return notFound(doc, { ...tokenHeaders, 'x-accepted-oauth-scopes': route.classicScope });
      }
    } else {
      const granted = info.permissions?.[route.permission];
      const ok = granted === 'write' || (granted === 'read' && needed === 'read');
      if (!ok) {
        const message =
          info.kind === 'app'
            ? 'Resource not accessible by integration'
            : 'Resource not accessible by personal access token';
        return error(403, message, doc, accepted);
      }
    }

    const scope = state.scope(route.scope);
    switch (route.op) {
      case 'public-key':
        if (req.method !== 'GET') return notFound(doc);
        return { status: 200, headers: headers(tokenHeaders), body: state.publicKey(route.scope) };
      case 'list': {
        if (req.method !== 'GET') return notFound(doc);
        const perPage = Math.min(100, Math.max(1, Number(req.query.get('per_page') ?? 30) || 30));
        const page = Math.max(1, Number(req.query.get('page') ?? 1) || 1);
        const all = [...scope.secrets.values()].sort((a, b) => a.name.localeCompare(b.name));
        const slice = all.slice((page - 1) * perPage, page * perPage);
        const extra: Record<string, string> = { ...tokenHeaders };
        const lastPage = Math.max(1, Math.ceil(all.length / perPage));
        if (page < lastPage) {
          const url = (n: number) => {
            const q = new URLSearchParams(req.query);
            q.set('per_page', String(perPage));
            q.set('page', String(n));
            return `<${ctx.urls.github}${req.path.split('/').map(encodeURIComponent).join('/')}?${q}>`;
          };
          extra.link = `${url(page + 1)}; rel="next", ${url(lastPage)}; rel="last"`;
        }
        return {
          status: 200,
          headers: headers(extra),
          body: {
            total_count: all.length,
            secrets: slice.map((s) => ({
              name: s.name,
              created_at: s.createdAt,
              updated_at: s.updatedAt,
              ...(s.visibility ? { visibility: s.visibility } : {}),
            })),
          },
        };
      }
      case 'get': {
        if (req.method !== 'GET') return notFound(doc);
        const stored = scope.secrets.get(route.secretName!.toUpperCase());
        if (!stored) return notFound(doc, tokenHeaders);
        return {
          status: 200,
          headers: headers(tokenHeaders),
          body: { name: stored.name, created_at: stored.createdAt, updated_at: stored.updatedAt },
        };
      }
      case 'put': {
        const name = route.secretName!.toUpperCase();
        if (!SECRET_NAME.test(name) || name.startsWith('GITHUB_')) {
          return error(
            422,
            'Secret names can only contain alphanumeric characters ([a-z], [A-Z], [0-9]) or underscores (_), must not start with a number or GITHUB_.',
            doc,
          );
        }
        let body: { encrypted_value?: unknown; key_id?: unknown; visibility?: unknown };
        try {
          body = req.json();
        } catch {
          return error(400, 'Problems parsing JSON', doc);
        }
        if (typeof body.key_id !== 'string')
          return error(422, 'Invalid request.\n\n"key_id" wasn\'t supplied.', doc);
        if (typeof body.encrypted_value !== 'string') {
          return error(422, 'Invalid request.\n\n"encrypted_value" wasn\'t supplied.', doc);
        }
        if (
          'organization' in route.scope &&
          !['all', 'private', 'selected'].includes(String(body.visibility))
        ) {
          return error(422, 'Invalid request.\n\n"visibility" wasn\'t supplied.', doc);
        }
        if (body.key_id !== scope.keys.keyId || !state.open(scope.keys, body.encrypted_value)) {
          return error(422, 'Bad request - validation failed due to an improperly encrypted secret', doc);
        }
        const now = isoSeconds(Date.now());
        const existing = scope.secrets.get(name);
        scope.secrets.set(name, {
          name,
          encryptedValue: body.encrypted_value,
          keyId: body.key_id,
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
          writes: (existing?.writes ?? 0) + 1,
          ...(typeof body.visibility === 'string' ? { visibility: body.visibility } : {}),
        });
        // 201 with an empty object when created, 204 without a body when updated.
        return existing
          ? { status: 204, headers: headers(tokenHeaders) }
          : { status: 201, headers: headers(tokenHeaders), body: {} };
      }
    }
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

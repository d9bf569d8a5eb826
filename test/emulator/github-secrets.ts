/**
 * GitHub's REST API for Actions secrets, as exo-cba uses it: a sealing public key per scope
 * (repository, environment, organization), secret listing, get, create-or-update (201/204) and delete
 * (204), with the token checks of github.ts. It opens every sealed box it receives with the scope's secret key, so tests can compare
 * what was published with what the action meant to publish.
 *
 * Facts it follows (GitHub docs, REST API version 2022-11-28):
 * - repository secrets need the repository permission `secrets` (fine-grained: "Secrets"),
 *   environment secrets the repository permission `environments` ("Environments"), organization
 *   secrets the organization permission `organization_secrets` ("Secrets" under organization);
 *   read for the public key, the list and GET, write for PUT and DELETE.
 * - Classic PATs need `repo`; organization secrets need `admin:org`.
 * - The workflow's GITHUB_TOKEN has no permission that reaches secrets: every secrets call is 403.
 * - A PUT whose `key_id` is not the scope's current key is refused with 422. GitHub's exact wording for
 *   a stale key_id is not documented; the message used is the one GitHub gives for a value it cannot
 *   decrypt ("Bad request - validation failed due to an improperly encrypted secret").
 * - Organization secrets (octokit openapi-types 29.0.1, schema `organization-actions-secret`): PUT
 *   requires `visibility` (all, private, selected); `selected_repository_ids` only with `selected`
 *   ("You can only provide a list of repository ids when the visibility is set to selected"; the 422 for
 *   it is the emulator's choice); a PUT with `selected` and no ids clears the selection
 *   (external-secrets/external-secrets PR #6519). GET answers `visibility`, and
 *   `selected_repositories_url` for `selected` (as in the docs' list example). The selected-repository
 *   endpoints are in github-selected-repos.ts.
 * - DELETE answers 204 (OAT lists only 204); deleting a secret that does not exist answers 404 here
 *   (UNVERIFIED).
 */
import type { GitHubCall } from './github.js';
import { routeSelectedRepositories } from './github-selected-repos.js';
import {
  isoSeconds,
  type GitHubSecretScope,
  type GitHubTokenPermissions,
  type ScopeState,
} from './github-state.js';
import type { EmulatorResponse } from './types.js';

export const SECRETS_DOCS = 'https://docs.github.com/rest/actions/secrets';
const SECRET_NAME = /^[A-Z_][A-Z0-9_]*$/;

export interface SecretRoute {
  scope: GitHubSecretScope;
  permission: keyof GitHubTokenPermissions;
  /** classic PAT scope the endpoint needs */
  classicScope: 'repo' | 'admin:org';
  /** docs anchor of the endpoint, for `documentation_url` */
  doc: string;
  /** what the request asks for */
  op: 'public-key' | 'list' | 'put' | 'get' | 'delete';
  secretName?: string;
  /** owner/name, for repository and environment routes */
  repository?: { owner: string; name: string };
  environment?: string;
  org?: string;
}

type Base = Omit<SecretRoute, 'op' | 'doc' | 'secretName'>;

function named(base: Base, method: string, tail: string | undefined, kind: string): SecretRoute {
  if (tail === undefined) return { ...base, op: 'list', doc: `list-${kind}-secrets` };
  if (tail === 'public-key')
    return { ...base, op: 'public-key', doc: `get-${article(kind)}-${kind}-public-key` };
  const op = method === 'PUT' ? 'put' : method === 'DELETE' ? 'delete' : 'get';
  const doc =
    op === 'delete'
      ? `delete-${article(kind)}-${kind}-secret`
      : `create-or-update-${article(kind)}-${kind}-secret`;
  return { ...base, op, secretName: tail, doc };
}
const article = (kind: string) => (kind === 'repository' ? 'a' : 'an');

function matchRoute(path: string, method: string): SecretRoute | undefined {
  let m = /^\/repos\/([^/]+)\/([^/]+)\/actions\/secrets(?:\/([^/]+))?$/.exec(path);
  if (m) {
    const [, owner, name, tail] = m;
    const base: Base = {
      scope: { repository: `${owner}/${name}` },
      permission: 'secrets',
      classicScope: 'repo',
      repository: { owner, name },
    };
    return named(base, method, tail, 'repository');
  }
  // The environment name may itself contain '/' (clients send it as %2F; the path arrives decoded).
  m = /^\/repos\/([^/]+)\/([^/]+)\/environments\/(.+)\/secrets(?:\/([^/]+))?$/.exec(path);
  if (m) {
    const [, owner, name, environment, tail] = m;
    const base: Base = {
      scope: { repository: `${owner}/${name}`, environment },
      permission: 'environments',
      classicScope: 'repo',
      repository: { owner, name },
      environment,
    };
    return named(base, method, tail, 'environment');
  }
  m = /^\/orgs\/([^/]+)\/actions\/secrets(?:\/([^/]+))?$/.exec(path);
  if (m) {
    const [, org, tail] = m;
    const base: Base = {
      scope: { organization: org },
      permission: 'organization_secrets',
      classicScope: 'admin:org',
      org,
    };
    return named(base, method, tail, 'organization');
  }
  return undefined;
}

/** 404 for what the token cannot see (GitHub's answer before any permission check), else undefined. */
export function invisible(
  call: GitHubCall,
  route: Pick<SecretRoute, 'repository' | 'environment' | 'org'>,
  doc: string,
): EmulatorResponse | undefined {
  const { state, info, tokenHeaders } = call;
  if (route.repository) {
    const { owner, name } = route.repository;
    if (!call.repoVisible(owner, name)) return call.notFound(doc, tokenHeaders);
    if (
      route.environment !== undefined &&
      !state.repo(owner, name)!.environments.has(route.environment.toLowerCase())
    ) {
      return call.notFound(doc, tokenHeaders);
    }
  } else if (route.org !== undefined) {
    if (!state.hasOrg(route.org)) return call.notFound(doc, tokenHeaders);
    if (info.kind === 'github-token') return call.error(403, 'Resource not accessible by integration', doc);
    if (info.orgs !== undefined && !info.orgs.some((o) => o.toLowerCase() === route.org!.toLowerCase())) {
      return call.notFound(doc, tokenHeaders);
    }
  }
  return undefined;
}

function list(call: GitHubCall, scope: ScopeState): EmulatorResponse {
  const { req, ctx } = call;
  const perPage = Math.min(100, Math.max(1, Number(req.query.get('per_page') ?? 30) || 30));
  const page = Math.max(1, Number(req.query.get('page') ?? 1) || 1);
  const all = [...scope.secrets.values()].sort((a, b) => a.name.localeCompare(b.name));
  const slice = all.slice((page - 1) * perPage, page * perPage);
  const extra: Record<string, string> = { ...call.tokenHeaders };
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
    headers: call.headers(extra),
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

function get(call: GitHubCall, route: SecretRoute, scope: ScopeState, doc: string): EmulatorResponse {
  const stored = scope.secrets.get(route.secretName!.toUpperCase());
  if (!stored) return call.notFound(doc, call.tokenHeaders);
  const org = route.org;
  return {
    status: 200,
    headers: call.headers(call.tokenHeaders),
    body: {
      name: stored.name,
      created_at: stored.createdAt,
      updated_at: stored.updatedAt,
      ...(stored.visibility ? { visibility: stored.visibility } : {}),
      ...(org !== undefined && stored.visibility === 'selected'
        ? {
            selected_repositories_url: `${call.ctx.urls.github}/orgs/${org}/actions/secrets/${stored.name}/repositories`,
          }
        : {}),
    },
  };
}

interface PutBody {
  encrypted_value?: unknown;
  key_id?: unknown;
  visibility?: unknown;
  selected_repository_ids?: unknown;
}

/** The organization secret's repository selection after a PUT, or the 422 message. */
function selection(body: PutBody, knownIds: (id: number) => boolean): number[] | undefined | string {
  const ids = body.selected_repository_ids;
  if (body.visibility !== 'selected') {
    return ids === undefined
      ? undefined
      : 'You can only provide a list of repository ids when the visibility is set to selected.';
  }
  if (ids === undefined || ids === null) return []; // omitted: the selection is cleared (PR #6519)
  if (!Array.isArray(ids) || ids.some((id) => !Number.isInteger(id) || !knownIds(id as number))) {
    return 'Invalid request.\n\n"selected_repository_ids" must name repositories of the organization.';
  }
  return [...new Set(ids as number[])];
}

function put(call: GitHubCall, route: SecretRoute, scope: ScopeState, doc: string): EmulatorResponse {
  const { state } = call;
  const name = route.secretName!.toUpperCase();
  if (!SECRET_NAME.test(name) || name.startsWith('GITHUB_')) {
    return call.error(
      422,
      'Secret names can only contain alphanumeric characters ([a-z], [A-Z], [0-9]) or underscores (_), must not start with a number or GITHUB_.',
      doc,
    );
  }
  let body: PutBody;
  try {
    body = call.req.json();
  } catch {
    return call.error(400, 'Problems parsing JSON', doc);
  }
  if (typeof body.key_id !== 'string')
    return call.error(422, 'Invalid request.\n\n"key_id" wasn\'t supplied.', doc);
  if (typeof body.encrypted_value !== 'string') {
    return call.error(422, 'Invalid request.\n\n"encrypted_value" wasn\'t supplied.', doc);
  }
  const org = 'organization' in route.scope;
  if (org && !['all', 'private', 'selected'].includes(String(body.visibility))) {
    return call.error(422, 'Invalid request.\n\n"visibility" wasn\'t supplied.', doc);
  }
  const selected = org ? selection(body, (id) => state.repositoryById(id) !== undefined) : undefined;
  if (typeof selected === 'string') return call.error(422, selected, doc);
  if (body.key_id !== scope.keys.keyId || !state.open(scope.keys, body.encrypted_value)) {
    return call.error(422, 'Bad request - validation failed due to an improperly encrypted secret', doc);
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
    ...(selected ? { selectedRepositoryIds: selected } : {}),
  });
  // 201 with an empty object when created, 204 without a body when updated.
  return existing
    ? { status: 204, headers: call.headers(call.tokenHeaders) }
    : { status: 201, headers: call.headers(call.tokenHeaders), body: {} };
}

export function routeSecrets(call: GitHubCall): EmulatorResponse | undefined {
  const { req, state } = call;
  const selectedRepos = routeSelectedRepositories(call);
  if (selectedRepos) return selectedRepos;
  const route = matchRoute(req.path, req.method);
  if (!route) return undefined;
  const doc = `${SECRETS_DOCS}#${route.doc}`;
  const hidden = invisible(call, route, doc);
  if (hidden) return hidden;
  const writes = route.op === 'put' || route.op === 'delete';
  const refused = call.refusal(route.permission, writes ? 'write' : 'read', route.classicScope, doc);
  if (refused) return refused;

  const scope = state.scope(route.scope);
  switch (route.op) {
    case 'public-key':
      if (req.method !== 'GET') return call.notFound(doc);
      return { status: 200, headers: call.headers(call.tokenHeaders), body: state.publicKey(route.scope) };
    case 'list':
      return req.method === 'GET' ? list(call, scope) : call.notFound(doc);
    case 'get':
      return req.method === 'GET' ? get(call, route, scope, doc) : call.notFound(doc);
    case 'put':
      return put(call, route, scope, doc);
    case 'delete':
      if (!scope.secrets.delete(route.secretName!.toUpperCase()))
        return call.notFound(doc, call.tokenHeaders);
      return { status: 204, headers: call.headers(call.tokenHeaders) };
  }
}

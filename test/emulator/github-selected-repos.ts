/**
 * The repositories an organization secret with visibility `selected` is shared with (GitHub docs
 * "List/Set selected repositories for an organization secret", "Add/Remove selected repository …";
 * octokit openapi-types 29.0.1):
 * - `GET /orgs/{org}/actions/secrets/{name}/repositories` → 200 `{total_count, repositories}`;
 * - `PUT …/repositories` `{selected_repository_ids}` (required; replaces all) → 204;
 * - `PUT|DELETE …/repositories/{repository_id}` → 204, 409 "Conflict when visibility type is not set to
 *   selected". The set-all call on a non-selected secret is refused with "You cannot update selected
 *   repositories for a secret when the visibility is not set to 'selected'" (google/go-github PR #2036);
 *   its status is UNVERIFIED (409 here, by analogy).
 * Same permissions as the organization secrets: `organization_secrets`, classic `admin:org`.
 */
import type { GitHubCall } from './github.js';
import { invisible, SECRETS_DOCS } from './github-secrets.js';
import type { EmulatorResponse } from './types.js';

const ROUTE = /^\/orgs\/([^/]+)\/actions\/secrets\/([^/]+)\/repositories(?:\/([^/]+))?$/;
const NOT_SELECTED =
  "You cannot update selected repositories for a secret when the visibility is not set to 'selected'";

export function routeSelectedRepositories(call: GitHubCall): EmulatorResponse | undefined {
  const m = ROUTE.exec(call.req.path);
  if (!m) return undefined;
  const [, org, secretName, repositoryId] = m;
  const { req, state } = call;
  const read = req.method === 'GET';
  const doc = `${SECRETS_DOCS}#${read ? 'list' : repositoryId === undefined ? 'set' : req.method === 'PUT' ? 'add' : 'remove'}-selected-repositor${repositoryId === undefined ? 'ies' : 'y'}-for-an-organization-secret`;
  const hidden = invisible(call, { org }, doc);
  if (hidden) return hidden;
  const refused = call.refusal('organization_secrets', read ? 'read' : 'write', 'admin:org', doc);
  if (refused) return refused;
  const secret = state.scope({ organization: org }).secrets.get(secretName.toUpperCase());
  if (!secret) return call.notFound(doc, call.tokenHeaders);
  const noContent = { status: 204, headers: call.headers(call.tokenHeaders) };

  if (repositoryId === undefined) {
    if (read) {
      const repositories = (secret.selectedRepositoryIds ?? []).map((id) => {
        const repo = state.repositoryById(id)!;
        const [owner, name] = repo.fullName.split('/');
        return { id, name, full_name: repo.fullName, private: true, owner: { login: owner } };
      });
      return {
        status: 200,
        headers: call.headers(call.tokenHeaders),
        body: { total_count: repositories.length, repositories },
      };
    }
    if (req.method !== 'PUT') return call.notFound(doc);
    if (secret.visibility !== 'selected') return call.error(409, NOT_SELECTED, doc);
    let ids: unknown;
    try {
      ids = req.json<{ selected_repository_ids?: unknown }>().selected_repository_ids;
    } catch {
      return call.error(400, 'Problems parsing JSON', doc);
    }
    if (
      !Array.isArray(ids) ||
      ids.some((id) => !Number.isInteger(id) || !state.repositoryById(id as number))
    ) {
      return call.error(
        422,
        'Invalid request.\n\n"selected_repository_ids" must name repositories of the organization.',
        doc,
      );
    }
    secret.selectedRepositoryIds = [...new Set(ids as number[])];
    return noContent;
  }
  if (req.method !== 'PUT' && req.method !== 'DELETE') return call.notFound(doc);
  if (secret.visibility !== 'selected') return call.error(409, NOT_SELECTED, doc);
  const id = Number(repositoryId);
  if (!Number.isInteger(id) || !state.repositoryById(id)) return call.notFound(doc, call.tokenHeaders);
  const current = secret.selectedRepositoryIds ?? [];
  secret.selectedRepositoryIds =
    req.method === 'PUT' ? [...new Set([...current, id])] : current.filter((r) => r !== id);
  return noContent;
}

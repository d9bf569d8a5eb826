/**
 * The access policy an organization secret is written with. GitHub's PUT requires `visibility` and applies
 * exactly what it is sent: a PUT with `private` re-widens a secret an admin narrowed to selected repositories
 * (cli/cli#8110), and a PUT with `selected` but no `selected_repository_ids` clears its repositories
 * (external-secrets/external-secrets#6519). So an existing secret is read first and keeps its visibility and
 * repositories; a new one gets the `secret-visibility` input, by default `selected` with this repository.
 * Sources: GitHub REST docs "Get an organization secret", "Create or update an organization secret", "List
 * selected repositories for an organization secret".
 */
import type { Octokit } from '../github/client.js';
import { call, type SecretsApi } from './operations.js';
import { SecretsError } from './secrets-error.js';
import { repositoryOf, type SecretVisibility } from './target.js';

export interface OrgAccess {
  visibility: SecretVisibility;
  selected_repository_ids?: number[];
}

/** This repository's numeric id, read once per target (`GET /repos/{owner}/{repo}` → `id`). */
const repositoryIds = new WeakMap<SecretsApi, Promise<number>>();

export async function orgAccess(api: SecretsApi, name: string): Promise<OrgAccess> {
  const org = api.target.organization ?? '';
  const existing = await call(
    api,
    `Reading the access policy of secret ${name}`,
    (o) => readVisibility(o, org, name),
    name,
  );
  const visibility = existing ?? api.target.visibility ?? 'selected';
  if (visibility !== 'selected') return { visibility };
  const ids = existing
    ? await call(api, `Listing the repositories of secret ${name}`, (o) => selectedIds(o, org, name), name)
    : [await repositoryId(api)];
  return { visibility, selected_repository_ids: ids };
}

async function readVisibility(o: Octokit, org: string, name: string): Promise<SecretVisibility | undefined> {
  try {
    const { data } = await o.rest.actions.getOrgSecret({ org, secret_name: name });
    return data.visibility;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}

async function selectedIds(o: Octokit, org: string, name: string): Promise<number[]> {
  const repositories = await o.paginate(o.rest.actions.listSelectedReposForOrgSecret, {
    org,
    secret_name: name,
    per_page: 100,
  });
  return repositories.map((r) => r.id);
}

function repositoryId(api: SecretsApi): Promise<number> {
  let id = repositoryIds.get(api);
  if (!id) {
    const { owner, repo } = repositoryOf(api.target);
    if (!owner || !repo) {
      throw new SecretsError(
        `A new organization secret is shared with this repository by default, but no repository is known: set ` +
          `'secret-repository' (owner/name), or 'secret-visibility' to private or all.`,
      );
    }
    id = call(api, `Reading the id of repository ${owner}/${repo}`, async (o) => {
      const { data } = await o.rest.repos.get({ owner, repo });
      return data.id;
    });
    id.catch(() => repositoryIds.delete(api));
    repositoryIds.set(api, id);
  }
  return id;
}

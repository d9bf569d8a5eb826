/**
 * The GitHub calls the secrets client makes, one function per operation, for any of the three scopes.
 * Every failure becomes a SecretsError that says what to do.
 */
import type { Logger } from '../action/log.js';
import { failureOf } from '../github/failure.js';
import { z } from 'zod';
import { describeIssue, UnexpectedResponseError } from '../http/body.js';
import { noPublicKeyMessage } from './messages.js';
import type { Octokit } from '../github/client.js';
import { orgAccess } from './org-access.js';
import { SecretsError, toSecretsError } from './secrets-error.js';
import { describeTarget, repositoryOf, type SecretTarget } from './target.js';

/** What every call needs: the client, the (validated) target, and the token and env to word failures. */
export interface SecretsApi {
  octokit: () => Promise<Octokit>;
  target: SecretTarget;
  token: string;
  env: NodeJS.ProcessEnv;
  log: Logger;
}

export interface PublicKey {
  key_id: string;
  key: string;
}

export interface SecretMetadata {
  /** upper case, as GitHub stores it */
  name: string;
  /** epoch ms of the last write */
  updatedAt: number;
}

/** Runs one GitHub call, turning every failure into a SecretsError. */
export async function call<T>(
  api: SecretsApi,
  action: string,
  fn: (octokit: Octokit) => Promise<T>,
  secret?: string,
): Promise<T> {
  try {
    return await fn(await api.octokit());
  } catch (error) {
    throw toSecretsError(error, { action, target: api.target, token: api.token, env: api.env, secret });
  }
}

/** The scope's public key, which every value is sealed for. */
export function readPublicKey(api: SecretsApi): Promise<PublicKey> {
  const { target } = api;
  const { owner, repo } = repositoryOf(target);
  return call(api, 'Reading the secrets public key', async (o) => {
    const res =
      target.scope === 'repository'
        ? await o.rest.actions.getRepoPublicKey({ owner, repo })
        : target.scope === 'environment'
          ? await o.rest.actions.getEnvironmentPublicKey({
              owner,
              repo,
              environment_name: target.environment ?? '',
            })
          : await o.rest.actions.getOrgPublicKey({ org: target.organization ?? '' });
    const parsed = publicKeySchema.safeParse(res.data);
    if (!parsed.success) throw new SecretsError(noPublicKeyMessage(target));
    const { key_id, key } = parsed.data;
    api.log.debug(`Secrets: public key ${key_id} of ${describeTarget(target)}`);
    return { key_id, key };
  });
}

/** Names and last-write times of every secret in the scope (GitHub never returns values). */
export function listSecrets(api: SecretsApi): Promise<SecretMetadata[]> {
  const { target } = api;
  const { owner, repo } = repositoryOf(target);
  return call(api, 'Listing secrets', async (o) => {
    const page = { per_page: 100 };
    const { actions } = o.rest;
    const listed =
      target.scope === 'repository'
        ? await o.paginate(checkedPages(actions.listRepoSecrets), { owner, repo, ...page })
        : target.scope === 'environment'
          ? await o.paginate(checkedPages(actions.listEnvironmentSecrets), {
              owner,
              repo,
              environment_name: target.environment ?? '',
              ...page,
            })
          : await o.paginate(checkedPages(actions.listOrgSecrets), {
              org: target.organization ?? '',
              ...page,
            });
    return listed.map((s) => ({ name: s.name.toUpperCase(), updatedAt: Date.parse(s.updated_at) }));
  });
}

interface ListPage {
  status: number;
  url: string;
  data: unknown;
}

/**
 * A list method whose every page is checked before Octokit's paginate reads it: a page that is not
 * `{ total_count, secrets: [{ name, updated_at }] }` (`{}`, a proxy's HTML page) fails naming GitHub,
 * as a list not understood must not read as "no secrets".
 */
function checkedPages<M extends ((params: never) => Promise<ListPage>) & { endpoint: unknown }>(
  method: M,
): M {
  const checked = async (params: never) => {
    const response = await method(params);
    const problem = secretsPageProblem(response.data);
    if (problem) {
      const req = { service: 'github', method: 'GET', url: response.url } as const;
      throw new SecretsError(new UnexpectedResponseError(req, response, problem).message);
    }
    return response;
  };
  return Object.assign(checked, { endpoint: method.endpoint }) as unknown as M;
}

/** A page of GitHub's secrets list: a page not understood must not read as "no secrets". */
const secretsPageSchema = z.object({
  total_count: z.number(),
  secrets: z.array(
    z.object({
      name: z.string(),
      updated_at: z.string().refine((d) => !Number.isNaN(Date.parse(d)), 'not a date'),
    }),
  ),
});

function secretsPageProblem(data: unknown): string | undefined {
  const parsed = secretsPageSchema.safeParse(data);
  return parsed.success ? undefined : describeIssue(parsed.error);
}

/** The scope's public key as GitHub answers it. */
export const publicKeySchema = z.object({ key_id: z.string(), key: z.string() });

/** GitHub created the secret (201) or replaced an existing one (204). */
export type WriteOutcome = 'created' | 'updated';

/** Creates or replaces one secret with a value sealed for the key `keyId`. */
export function writeSecret(
  api: SecretsApi,
  name: string,
  sealed: string,
  keyId: string,
): Promise<WriteOutcome> {
  const { target } = api;
  const { owner, repo } = repositoryOf(target);
  const body = { secret_name: name, encrypted_value: sealed, key_id: keyId };
  return call(
    api,
    `Writing secret ${name}`,
    async (o) => {
      let status: number;
      if (target.scope === 'repository') {
        ({ status } = await o.rest.actions.createOrUpdateRepoSecret({ owner, repo, ...body }));
      } else if (target.scope === 'environment') {
        const environment_name = target.environment ?? '';
        ({ status } = await o.rest.actions.createOrUpdateEnvironmentSecret({
          owner,
          repo,
          environment_name,
          ...body,
        }));
      } else {
        // every PUT sends the access policy: GitHub requires it and applies what it is sent
        const access = await orgAccess(api, name);
        ({ status } = await o.rest.actions.createOrUpdateOrgSecret({
          org: target.organization ?? '',
          ...access,
          ...body,
        }));
      }
      // only 201 and 204 get here (github/client.ts refuses any other answer)
      return status === 201 ? 'created' : 'updated';
    },
    name,
  );
}

/** Deletes one secret; 'gone' when it did not exist (GitHub answers 404; deleted by an earlier removal). */
export function deleteSecret(api: SecretsApi, name: string): Promise<'deleted' | 'gone'> {
  const { target } = api;
  const { owner, repo } = repositoryOf(target);
  return call(
    api,
    `Deleting secret ${name}`,
    async (o) => {
      try {
        if (target.scope === 'repository')
          await o.rest.actions.deleteRepoSecret({ owner, repo, secret_name: name });
        else if (target.scope === 'environment')
          await o.rest.actions.deleteEnvironmentSecret({
            owner,
            repo,
            environment_name: target.environment ?? '',
            secret_name: name,
          });
        else await o.rest.actions.deleteOrgSecret({ org: target.organization ?? '', secret_name: name });
        return 'deleted';
      } catch (error) {
        if (failureOf(error)?.status === 404) return 'gone';
        throw error;
      }
    },
    name,
  );
}

export interface PublicKeyCache {
  current(): Promise<PublicKey>;
  /** After GitHub refused a value sealed for it (the key rotated): the next `current()` reads again. */
  forget(): void;
}

/**
 * The public key, read once: the client reads it while observing (in parallel with the list), so a
 * write needs only the PUTs. A failed read is not cached.
 */
export function cachedPublicKey(api: SecretsApi): PublicKeyCache {
  let key: Promise<PublicKey> | undefined;
  return {
    current: () =>
      (key ??= readPublicKey(api).catch((error: unknown) => {
        key = undefined;
        throw error;
      })),
    forget: () => {
      key = undefined;
    },
  };
}

/**
 * Publishes the certificate and the app's identity as GitHub Actions encrypted secrets.
 *
 * - Octokit from `@actions/github` on the one HTTP stack (./octokit.ts); it and libsodium
 *   (./seal.ts) are loaded with `import()` only when a run has a `github-token`.
 * - Values are sealed for the scope's public key, read once per run (./write.ts).
 * - `write` throws on any failed write and never reports a partial write as success: the caller
 *   removes old certificates only after it resolves.
 * - Nothing logged or thrown here carries a value: only secret names, scopes and GitHub's messages
 *   (./messages.ts words every failure).
 */
import type { Logger } from '../action/log.js';
import type { HttpClient } from '../http/client.js';
import { inventoryOf, type SecretsInventory } from './inventory.js';
import type { SecretValues } from './names.js';
import { lazyOctokit } from '../github/client.js';
import { cachedPublicKey, deleteSecret, listSecrets, type SecretsApi } from './operations.js';
import { describeTarget, secretTargetProblems, type SecretTarget } from './target.js';
import { writeSecrets, type WrittenSecret } from './write.js';

export interface SecretsClient {
  /** Lists which of exo-cba's secrets exist (names only; GitHub never returns values). */
  existing(): Promise<SecretsInventory>;
  /** Seals and writes the given secrets; throws SecretsError on the first failure after retries. */
  write(values: Partial<SecretValues>): Promise<WrittenSecret[]>;
  /** Deletes the named secrets; returns those that existed. */
  remove(names: string[]): Promise<string[]>;
}

/** Throws an InputError, before any request, when GitHub would refuse the target. */
export function createSecretsClient(options: {
  token: string;
  target: SecretTarget;
  http: HttpClient;
  /** default process.env.GITHUB_API_URL ?? https://api.github.com */
  apiUrl?: string;
  log?: Logger;
  /** for the GITHUB_TOKEN heuristic; default process.env */
  env?: NodeJS.ProcessEnv;
}): SecretsClient {
  const { token, target, http } = options;
  const [problem] = secretTargetProblems(target);
  if (problem) throw problem;
  const env = options.env ?? process.env;
  const apiUrl = (options.apiUrl ?? env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
  const noop = () => {};
  const log: Logger = options.log ?? { info: noop, warning: noop, debug: noop };
  const api: SecretsApi = { octokit: lazyOctokit({ token, apiUrl, http, log }), target, token, env, log };
  const key = cachedPublicKey(api);

  return {
    async existing() {
      const [listed] = await Promise.all([listSecrets(api), key.current()]);
      return inventoryOf(listed, target.prefix, { log, where: describeTarget(target) });
    },
    write: (values) => writeSecrets(api, key, values),
    async remove(names) {
      const outcomes = await Promise.all(names.map((name) => deleteSecret(api, name)));
      return names.filter((_, i) => outcomes[i] === 'deleted');
    },
  };
}

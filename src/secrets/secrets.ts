/**
 * Publishes the certificate and the app's identity as GitHub Actions encrypted secrets (DESIGN §7).
 *
 * - Octokit from `@actions/github`, with a `fetch` built on the one HTTP stack (proxy, CA, retries,
 *   GitHub's rate limits). `@actions/github` and libsodium are loaded with `import()` only when a run
 *   has a `github-token`, so runs without one do not pay for them at start-up.
 * - Values are sealed with libsodium's `crypto_box_seal` for the scope's public key, fetched per run.
 *   A PUT refused with 422 (the key rotated since it was fetched) refetches the key once.
 * - `write` throws on any failed write and never reports a partial write as success: the caller
 *   removes old certificates only after it resolves.
 * - Nothing logged or thrown here carries a value: only secret names, scopes and GitHub's messages.
 */
import { ActionError, InputError } from '../action/errors.js';
import type { HttpClient } from '../http/client.js';
import { NetworkError } from '../http/errors.js';
import type { HttpResponse } from '../http/request.js';

export type SecretScope = 'repository' | 'environment' | 'organization';

export interface SecretTarget {
  scope: SecretScope;
  /** owner/name: the repository for repository and environment scope */
  repository: string;
  environment?: string;
  organization?: string;
  prefix: string;
}

export interface SecretValues {
  APP_ID: string;
  TENANT_ID: string;
  ORGANIZATION: string;
  CERTIFICATE: string;
  CERTIFICATE_PASSWORD: string;
  CERTIFICATE_THUMBPRINT: string;
}

export type SecretKey = keyof SecretValues;

export interface PublishPlan {
  /** names (with prefix) that will be written and why */
  writes: { name: string; key: SecretKey; reason: 'missing' | 'changed' }[];
}

export interface SecretsInventory {
  /** the six secrets (prefixed names) that exist and are current */
  names: Set<string>;
  /** when {prefix}CERTIFICATE was last written (GitHub's updated_at), if it exists */
  certificateWrittenAt?: Date;
}

export interface SecretsClient {
  /** Lists which of the six secrets exist (names only; GitHub never returns values). */
  existing(): Promise<SecretsInventory>;
  /** Seals and writes the given secrets; throws SecretsError on the first failure after retries. */
  write(values: Partial<SecretValues>): Promise<string[]>;
}

export interface SecretsLog {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

/** The six secrets, in the order they are listed and written. */
export const SECRET_KEYS: readonly SecretKey[] = [
  'APP_ID',
  'TENANT_ID',
  'ORGANIZATION',
  'CERTIFICATE',
  'CERTIFICATE_PASSWORD',
  'CERTIFICATE_THUMBPRINT',
];
const CERTIFICATE_KEYS: ReadonlySet<SecretKey> = new Set([
  'CERTIFICATE',
  'CERTIFICATE_PASSWORD',
  'CERTIFICATE_THUMBPRINT',
]);
const IDENTITY_KEYS: ReadonlySet<SecretKey> = new Set(['APP_ID', 'TENANT_ID', 'ORGANIZATION']);

/** A GitHub call failed; the message says what to do. Never carries a secret value. */
export class SecretsError extends ActionError {
  /** HTTP status GitHub answered, when there was one */
  status?: number;
  /** the secret being written, when the failure is about one */
  secret?: string;
  constructor(message: string, options?: { status?: number; secret?: string; cause?: unknown }) {
    super(message, { cause: options?.cause });
    this.name = 'SecretsError';
    this.status = options?.status;
    this.secret = options?.secret;
  }
}

/**
 * GitHub stores secret names in upper case and compares them case-insensitively, so names are
 * upper-cased everywhere (a `secret-prefix` of `exo_` lists back as `EXO_…`).
 */
export function secretName(prefix: string, key: SecretKey): string {
  return `${prefix}${key}`.toUpperCase();
}

/**
 * What to write: every secret whose value changed this run (certificate rotated → CERTIFICATE and
 * CERTIFICATE_THUMBPRINT, and CERTIFICATE_PASSWORD unless the rotation kept the password; app created →
 * APP_ID, TENANT_ID, ORGANIZATION) plus every secret that does not exist yet. Pure.
 */
export function secretsToWrite(input: {
  existing: Set<string>;
  prefix: string;
  certificateChanged: boolean;
  /** false when a rotation sealed the new PFX with the published password */
  passwordChanged?: boolean;
  identityChanged: boolean;
}): PublishPlan {
  const existing = new Set([...input.existing].map((n) => n.toUpperCase()));
  const writes: PublishPlan['writes'] = [];
  for (const key of SECRET_KEYS) {
    const name = secretName(input.prefix, key);
    const changed =
      key === 'CERTIFICATE_PASSWORD'
        ? input.certificateChanged && (input.passwordChanged ?? true)
        : (input.certificateChanged && CERTIFICATE_KEYS.has(key)) ||
          (input.identityChanged && IDENTITY_KEYS.has(key));
    if (!existing.has(name)) writes.push({ name, key, reason: 'missing' });
    else if (changed) writes.push({ name, key, reason: 'changed' });
  }
  return { writes };
}

/* ------------------------------------------------------------------------------------------------
 * Telling the workflow's GITHUB_TOKEN apart
 * ---------------------------------------------------------------------------------------------- */

/** The GitHub Actions app on github.com; the workflow's GITHUB_TOKEN is an installation token of it. */
const GITHUB_ACTIONS_APP_ID = '15368';

/**
 * Whether `token` is probably the workflow's own GITHUB_TOKEN (which can never write secrets), as
 * opposed to a GitHub App installation token. Both start with `ghs_`, so the prefix alone cannot tell.
 * The signals, none of which needs a request:
 * - GitHub's stateless installation-token format `ghs_<app id>_<jwt>` (rolled out from April 2026)
 *   carries the app ID, and 15368 is the GitHub Actions app on github.com (not on GHES);
 * - the token equals `GITHUB_TOKEN` in the step's environment (the runner does not set it, but
 *   workflows commonly do with `env: GITHUB_TOKEN: ${{ github.token }}`).
 * It is consulted only to word a 403, and the message still names the alternative.
 */
export function isLikelyGitHubToken(token: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (!token.startsWith('ghs_')) return false;
  if (token.startsWith(`ghs_${GITHUB_ACTIONS_APP_ID}_`)) return true;
  return env.GITHUB_TOKEN !== undefined && env.GITHUB_TOKEN !== '' && env.GITHUB_TOKEN === token;
}

type TokenKind = 'github-app' | 'fine-grained' | 'classic' | 'oauth' | 'unknown';

function tokenKind(token: string): TokenKind {
  if (token.startsWith('ghs_')) return 'github-app';
  if (token.startsWith('github_pat_')) return 'fine-grained';
  if (token.startsWith('ghp_')) return 'classic';
  if (token.startsWith('gho_') || token.startsWith('ghu_')) return 'oauth';
  return 'unknown';
}

/* ------------------------------------------------------------------------------------------------
 * Error messages that say what to do
 * ---------------------------------------------------------------------------------------------- */

interface ScopeFacts {
  /** e.g. `repository contoso/app`, `environment 'production' of contoso/app`, `organization contoso` */
  where: string;
  /** the fine-grained permission as GitHub's UI names it */
  permission: string;
  /** GitHub App permission key and the matching actions/create-github-app-token input */
  appPermission: string;
  appInput: string;
  classicScope: string;
}

function scopeFacts(target: SecretTarget): ScopeFacts {
  switch (target.scope) {
    case 'repository':
      return {
        where: `repository ${target.repository}`,
        permission: 'Repository permissions → Secrets: Read and write',
        appPermission: 'secrets: write',
        appInput: 'permission-secrets: write',
        classicScope: 'repo',
      };
    case 'environment':
      return {
        where: `environment '${target.environment}' of ${target.repository}`,
        permission: 'Repository permissions → Environments: Read and write',
        appPermission: 'environments: write',
        appInput: 'permission-environments: write',
        classicScope: 'repo',
      };
    case 'organization':
      return {
        where: `organization ${target.organization}`,
        permission: 'Organization permissions → Secrets: Read and write',
        appPermission: 'organization_secrets: write',
        appInput: 'permission-organization-secrets: write',
        classicScope: 'admin:org',
      };
  }
}

const GITHUB_TOKEN_CANNOT =
  'can never write Actions secrets (no `permissions:` entry grants it): ' +
  'pass a GitHub App installation token (actions/create-github-app-token) or a fine-grained personal access token instead.';

interface GitHubFailure {
  status: number;
  message: string;
  headers: Record<string, string>;
}

function describeFailure(
  failure: GitHubFailure,
  ctx: { action: string; target: SecretTarget; token: string; env: NodeJS.ProcessEnv },
): string {
  const facts = scopeFacts(ctx.target);
  const kind = tokenKind(ctx.token);
  const said = failure.message ? ` GitHub said: “${failure.message.replace(/\.$/, '')}”.` : '';
  const requestId = failure.headers['x-github-request-id']
    ? ` (x-github-request-id ${failure.headers['x-github-request-id']})`
    : '';
  const head = `${ctx.action} in ${facts.where} failed: ${failure.status}.${said}${requestId}`;
  const accepted = failure.headers['x-accepted-github-permissions'];
  const needs = accepted ? ` GitHub reports the call needs: ${accepted}.` : '';

  if (failure.status === 401) {
    return (
      `${head} The github-token is invalid or expired. GitHub App installation tokens expire after one hour: ` +
      `create the token in the same job, right before this step (actions/create-github-app-token). ` +
      `A personal access token may have expired or been revoked: generate a new one and update the secret that holds it.`
    );
  }
  if (isRateLimit(failure)) {
    const reset = Number(failure.headers['x-ratelimit-reset']);
    const when = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : '';
    return `${head} GitHub’s rate limit for this token is exhausted${when}: rerun the workflow later; every write is idempotent.`;
  }
  if (failure.status === 403) {
    const sso = failure.headers['x-github-sso'];
    if (sso) {
      const url = /url=(\S+)/.exec(sso)?.[1];
      return `${head} The organization uses SAML single sign-on: authorize the token for it${url ? ` at ${url}` : ''}.`;
    }
    const appFix =
      `give the GitHub App the permission ${facts.appPermission} (“${facts.permission}”), accept the new permission on its installation, ` +
      `and install it on ${ctx.target.scope === 'organization' ? `the organization ${ctx.target.organization}` : ctx.target.repository}` +
      ` (with actions/create-github-app-token, also set ${facts.appInput} if you list permissions).`;
    switch (kind) {
      case 'github-app':
        if (isLikelyGitHubToken(ctx.token, ctx.env)) {
          return `${head} The github-token looks like the workflow’s GITHUB_TOKEN, which ${GITHUB_TOKEN_CANNOT}${needs} If it is in fact a GitHub App token: ${appFix}`;
        }
        return `${head} The GitHub App token lacks a permission: ${appFix}${needs} If this is the workflow’s GITHUB_TOKEN instead: it ${GITHUB_TOKEN_CANNOT}`;
      case 'fine-grained':
        return (
          `${head} The fine-grained personal access token lacks “${facts.permission}”${ctx.target.scope === 'organization' ? '' : ` on ${ctx.target.repository}`}: ` +
          `edit the token (Settings → Developer settings → Personal access tokens → Fine-grained tokens), ` +
          `${ctx.target.scope === 'organization' ? `choose ${ctx.target.organization} as resource owner, ` : `select the repository under Repository access, `}` +
          `grant the permission, and make sure an organization administrator approved the token if the organization requires it.${needs}`
        );
      case 'classic':
      case 'oauth':
        return `${head} The token needs the ${facts.classicScope} scope and its user needs admin access to the ${ctx.target.scope === 'organization' ? 'organization' : 'repository'}. A GitHub App token or a fine-grained token with “${facts.permission}” is the safer choice.`;
      default:
        return `${head} Use a GitHub App installation token with ${facts.appPermission} or a fine-grained personal access token with “${facts.permission}”.${needs}`;
    }
  }
  if (failure.status === 404) {
    const what =
      ctx.target.scope === 'organization'
        ? `The organization ${ctx.target.organization} does not exist or the token cannot act on it`
        : ctx.target.scope === 'environment'
          ? `The repository ${ctx.target.repository} or its environment '${ctx.target.environment}' does not exist (create it under Settings → Environments), or the token cannot see the repository`
          : `The repository ${ctx.target.repository} does not exist or the token cannot see it`;
    const fix =
      kind === 'github-app'
        ? ctx.target.scope === 'organization'
          ? 'install the GitHub App on that organization'
          : 'install the GitHub App on that repository (or on all repositories) and create the token for the installation that owns it (actions/create-github-app-token: owner/repositories)'
        : kind === 'fine-grained'
          ? ctx.target.scope === 'organization'
            ? 'create the token with the organization as resource owner'
            : 'create the token with the repository’s owner as resource owner and select the repository under Repository access'
          : kind === 'classic'
            ? `a classic token needs the ${facts.classicScope} scope to see private ${ctx.target.scope === 'organization' ? 'organizations’ secrets' : 'repositories'}`
            : 'check the secret-repository / secret-organization inputs and the token’s access';
    return `${head} ${what}: check the spelling of secret-repository, secret-environment and secret-organization, and ${fix}.`;
  }
  if (failure.status === 422) {
    return `${head} GitHub refused the value; rerun the workflow (the public key is fetched again on every run).`;
  }
  return `${head} Rerun the workflow; every write is idempotent.`;
}

/**
 * GitHub rate limits: 429, or 403 with `retry-after` (secondary limits) or `x-ratelimit-remaining: 0`
 * (primary limit). The HTTP stack already retries 429; this teaches it GitHub's 403 forms.
 */
function isRateLimit(res: { status: number; headers: Record<string, string> }): boolean {
  if (res.status === 429) return true;
  if (res.status !== 403) return false;
  return res.headers['retry-after'] !== undefined || res.headers['x-ratelimit-remaining'] === '0';
}

/* ------------------------------------------------------------------------------------------------
 * Octokit on the one HTTP stack
 * ---------------------------------------------------------------------------------------------- */

/**
 * A `fetch` for Octokit backed by `HttpClient`: proxy, CA and retries apply, and GitHub's 403 rate
 * limits are retried like 429. Every request is `sensitive` (tokens and sealed values travel in them).
 */
function githubFetch(http: HttpClient): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init?.method ?? 'GET').toUpperCase() as 'GET' | 'PUT';
    const headers: Record<string, string> = { 'x-github-api-version': '2022-11-28' };
    new Headers(init?.headers).forEach((value, name) => {
      headers[name] = value;
    });
    const body = init?.body;
    if (body != null && typeof body !== 'string')
      throw new TypeError('GitHub requests carry JSON text bodies only');
    const res: HttpResponse = await http.request({
      method,
      url,
      service: 'github',
      headers,
      ...(body != null ? { body } : {}),
      sensitive: true,
      retryWhen: isRateLimit,
    });
    const text =
      res.status === 204 || res.data === undefined
        ? null
        : typeof res.data === 'string'
          ? res.data
          : JSON.stringify(res.data);
    const response = new Response(text === '' ? null : text, { status: res.status, headers: res.headers });
    Object.defineProperty(response, 'url', { value: url });
    return response;
  };
}

type Octokit = ReturnType<typeof import('@actions/github').getOctokit>;

interface PublicKey {
  key_id: string;
  key: string;
}

interface OctokitError {
  status?: number;
  message?: string;
  response?: { status: number; headers: Record<string, string | number | undefined>; data: unknown };
  cause?: unknown;
}

function failureOf(error: unknown): GitHubFailure | undefined {
  const e = error as OctokitError;
  if (!e?.response || typeof e.response.status !== 'number') return undefined;
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(e.response.headers ?? {}))
    if (v !== undefined) headers[k.toLowerCase()] = String(v);
  const data = e.response.data as { message?: unknown } | string | undefined;
  const message =
    typeof data === 'object' && data && typeof data.message === 'string'
      ? data.message
      : typeof data === 'string'
        ? data.slice(0, 300)
        : '';
  // GitHub's messages are short and never echo request bodies; collapse whitespace for one log line.
  return { status: e.response.status, message: message.replace(/\s+/g, ' ').trim(), headers };
}

function splitRepository(repository: string): { owner: string; repo: string } {
  const [owner, repo, ...rest] = repository.split('/');
  if (!owner || !repo || rest.length > 0) {
    throw new InputError(
      'secret-repository',
      `'${repository}' is not owner/name; give the repository as e.g. contoso/exchange-automation.`,
    );
  }
  return { owner, repo };
}

function validateTarget(target: SecretTarget): void {
  if (target.scope === 'environment' && !target.environment) {
    throw new InputError(
      'secret-environment',
      'is required when secret-scope is environment; name the environment, e.g. production.',
    );
  }
  if (target.scope === 'organization' && !target.organization) {
    throw new InputError('secret-organization', 'is required when secret-scope is organization.');
  }
  if (target.scope !== 'organization') splitRepository(target.repository);
  for (const key of SECRET_KEYS) {
    const name = secretName(target.prefix, key);
    if (!/^[A-Z_][A-Z0-9_]*$/.test(name) || name.startsWith('GITHUB_')) {
      throw new InputError(
        'secret-prefix',
        `'${target.prefix}' makes the secret name '${name}', which GitHub refuses: names use letters, digits and _ only, ` +
          `must not start with a digit or GITHUB_. Use e.g. EXO_.`,
      );
    }
  }
}

/** Describes the target for log lines: names and places only. */
export function describeTarget(target: SecretTarget): string {
  return scopeFacts(target).where;
}

export function createSecretsClient(options: {
  token: string;
  target: SecretTarget;
  http: HttpClient;
  /** default process.env.GITHUB_API_URL ?? https://api.github.com */
  apiUrl?: string;
  log?: SecretsLog;
  /** for the GITHUB_TOKEN heuristic; default process.env */
  env?: NodeJS.ProcessEnv;
}): SecretsClient {
  const { token, target, http } = options;
  const env = options.env ?? process.env;
  const apiUrl = (options.apiUrl ?? env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
  const noop = () => {};
  const log: SecretsLog = options.log ?? { info: noop, warning: noop, debug: noop };
  validateTarget(target);
  const where = describeTarget(target);

  let octokit: Promise<Octokit> | undefined;
  const client = () =>
    (octokit ??= import('@actions/github').then(({ getOctokit }) =>
      getOctokit(token, {
        baseUrl: apiUrl,
        request: { fetch: githubFetch(http) },
        log: {
          debug: noop,
          info: noop,
          warn: (m: string) => log.warning(m),
          error: (m: string) => log.warning(m),
        },
      }),
    ));

  /** Runs one GitHub call, turning every failure into a SecretsError that says what to do. */
  const call = async <T>(action: string, fn: (o: Octokit) => Promise<T>, secret?: string): Promise<T> => {
    try {
      return await fn(await client());
    } catch (error) {
      throw toSecretsError(error, action, secret);
    }
  };
  const toSecretsError = (error: unknown, action: string, secret?: string): SecretsError => {
    if (error instanceof SecretsError) return error;
    const failure = failureOf(error);
    if (failure) {
      return new SecretsError(describeFailure(failure, { action, target, token, env }), {
        status: failure.status,
        secret,
      });
    }
    const cause = (error as OctokitError)?.cause;
    if (cause instanceof NetworkError)
      return new SecretsError(`${action} in ${where} failed: ${cause.message}`, { secret, cause });
    // Octokit wraps transport errors; their messages come from the HTTP stack, which scrubs them.
    const message = error instanceof Error ? error.message : String(error);
    return new SecretsError(`${action} in ${where} failed: ${message}`, { secret });
  };

  // Validated above: repository and environment scope have owner/name, organization scope an org.
  const { owner, repo } =
    target.scope === 'organization' ? { owner: '', repo: '' } : splitRepository(target.repository);
  const org = target.organization ?? '';
  const environment_name = target.environment ?? '';

  const fetchKey = (): Promise<PublicKey> =>
    call('Reading the secrets public key', async (o) => {
      const res =
        target.scope === 'repository'
          ? await o.rest.actions.getRepoPublicKey({ owner, repo })
          : target.scope === 'environment'
            ? await o.rest.actions.getEnvironmentPublicKey({ owner, repo, environment_name })
            : await o.rest.actions.getOrgPublicKey({ org });
      const { key_id, key } = res.data;
      if (typeof key_id !== 'string' || typeof key !== 'string')
        throw new SecretsError(`GitHub returned no public key for ${where}.`);
      log.debug(`Secrets: public key ${key_id} of ${where}`);
      return { key_id, key };
    });

  const list = (): Promise<{ name: string; updatedAt: number }[]> =>
    call('Listing secrets', async (o) => {
      const secrets =
        target.scope === 'repository'
          ? await o.paginate(o.rest.actions.listRepoSecrets, { owner, repo, per_page: 100 })
          : target.scope === 'environment'
            ? await o.paginate(o.rest.actions.listEnvironmentSecrets, {
                owner,
                repo,
                environment_name,
                per_page: 100,
              })
            : await o.paginate(o.rest.actions.listOrgSecrets, { org, per_page: 100 });
      return secrets.map((s) => ({ name: s.name.toUpperCase(), updatedAt: Date.parse(s.updated_at) }));
    });

  const put = (name: string, sealed: string, keyId: string): Promise<void> =>
    call(
      `Writing secret ${name}`,
      async (o) => {
        const body = { secret_name: name, encrypted_value: sealed, key_id: keyId };
        if (target.scope === 'repository')
          await o.rest.actions.createOrUpdateRepoSecret({ owner, repo, ...body });
        else if (target.scope === 'environment') {
          await o.rest.actions.createOrUpdateEnvironmentSecret({ owner, repo, environment_name, ...body });
        } else await o.rest.actions.createOrUpdateOrgSecret({ org, visibility: 'private', ...body });
      },
      name,
    );

  // The key is read while observing (in parallel with the list), so a write needs only the PUTs.
  let key: Promise<PublicKey> | undefined;
  const currentKey = () =>
    (key ??= fetchKey().catch((error: unknown) => {
      key = undefined; // a failed read is not cached
      throw error;
    }));

  return {
    async existing() {
      const [listed] = await Promise.all([list(), currentKey()]);
      const ours = new Set(SECRET_KEYS.map((k) => secretName(target.prefix, k)));
      const found = new Set(listed.map((s) => s.name).filter((n) => ours.has(n)));
      // a run that failed between writing EXO_CERTIFICATE and EXO_CERTIFICATE_THUMBPRINT left the
      // thumbprint behind; count it as missing so the next run writes it (writes of one run are seconds apart)
      const updated = (key: SecretKey) =>
        listed.find((s) => s.name === secretName(target.prefix, key))?.updatedAt ?? NaN;
      const thumbprint = secretName(target.prefix, 'CERTIFICATE_THUMBPRINT');
      if (updated('CERTIFICATE_THUMBPRINT') < updated('CERTIFICATE') - 60_000) {
        log.info(
          `${thumbprint} is older than ${secretName(target.prefix, 'CERTIFICATE')}: it will be written again.`,
        );
        found.delete(thumbprint);
      }
      log.debug(`Secrets: ${found.size} of ${ours.size} exist in ${where}`);
      const written = updated('CERTIFICATE');
      return { names: found, certificateWrittenAt: Number.isNaN(written) ? undefined : new Date(written) };
    },

    async write(values) {
      const entries = SECRET_KEYS.filter((k) => values[k] !== undefined).map((k) => ({
        name: secretName(target.prefix, k),
        value: values[k]!,
      }));
      if (entries.length === 0) return [];
      const [sodium, first] = await Promise.all([loadSodium(), currentKey()]);

      const seal = (value: string, k: PublicKey) =>
        sodium.to_base64(
          sodium.crypto_box_seal(
            sodium.from_string(value),
            sodium.from_base64(k.key, sodium.base64_variants.ORIGINAL),
          ),
          sodium.base64_variants.ORIGINAL,
        );
      const attempt = async (batch: typeof entries, k: PublicKey) => {
        // Concurrent PUTs: a rotation writes three secrets, and a round trip each would exceed the
        // run's budget (DESIGN §9). Six small writes stay far below GitHub's secondary limits.
        const results = await Promise.allSettled(batch.map((e) => put(e.name, seal(e.value, k), k.key_id)));
        return batch.map((e, i) => ({ ...e, result: results[i] }));
      };

      let outcomes = await attempt(entries, first);
      const stale = outcomes.filter(
        (o) => o.result.status === 'rejected' && (o.result.reason as SecretsError).status === 422,
      );
      if (stale.length > 0) {
        // The key rotated since it was read: read it once more and reseal what was refused.
        log.info(
          `Secrets: GitHub refused the sealed value for ${stale.map((s) => s.name).join(', ')} (422); reading the public key again`,
        );
        key = undefined;
        const fresh = await currentKey();
        const retried = await attempt(stale, fresh);
        outcomes = outcomes.map((o) => retried.find((r) => r.name === o.name) ?? o);
      }

      const written = outcomes.filter((o) => o.result.status === 'fulfilled').map((o) => o.name);
      const failed = outcomes.filter((o) => o.result.status === 'rejected');
      if (failed.length > 0) {
        const firstError = (failed[0].result as PromiseRejectedResult).reason as SecretsError;
        const partial = written.length > 0 ? ` Written before the failure: ${written.join(', ')}.` : '';
        const others =
          failed.length > 1
            ? ` Also not written: ${failed
                .slice(1)
                .map((f) => f.name)
                .join(', ')}.`
            : '';
        // the 5xx wording already says to rerun; do not say it twice
        const rerun = /rerun/i.test(firstError.message) ? '' : '; rerun the workflow to finish publishing';
        throw new SecretsError(
          `${firstError.message}${others}${partial} The old certificate stays registered${rerun}.`,
          { status: firstError.status, secret: firstError.secret, cause: firstError },
        );
      }
      log.info(`Secrets: wrote ${written.join(', ')} to ${where}`);
      return written;
    },
  };
}

type Sodium = (typeof import('libsodium-wrappers'))['default'];

/** libsodium (WebAssembly) loads only when a run writes secrets. */
async function loadSodium(): Promise<Sodium> {
  const { default: sodium } = await import('libsodium-wrappers');
  await sodium.ready;
  return sodium;
}

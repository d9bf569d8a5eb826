/**
 * The emulated GitHub: repositories, environments, organizations, tokens, Actions secrets (sealed with a
 * key pair per scope), issues and labels. The service (github.ts and its route modules) reads and writes
 * it; tests arrange and inspect through it.
 */
import { randomBytes } from 'node:crypto';
import sodium from 'libsodium-wrappers';

await sodium.ready;

export type GitHubPermissionLevel = 'read' | 'write';

/** GitHub App / fine-grained permission names (as in `x-accepted-github-permissions`). */
export interface GitHubTokenPermissions {
  /** issues and labels ("Issues"); the workflow's GITHUB_TOKEN can hold it (`permissions: issues: write`) */
  issues?: GitHubPermissionLevel;
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
  /**
   * false: the token has no push access to the repository (e.g. a GitHub App with Issues but not Contents write).
   * GitHub then silently drops the labels of an issue it creates ("Only users with push access can set labels for
   * new issues. Labels are silently dropped otherwise.", REST "Create an issue"). Default true.
   */
  push?: boolean;
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
  /** organization secrets with visibility `selected`: the repositories that may use it */
  selectedRepositoryIds?: number[];
}

/** An issue as the emulator keeps it (tests read them with `GitHubState.issues()`). */
export interface StoredIssue {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  assignees: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface StoredLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

interface RepoState {
  fullName: string;
  id: number;
  environments: Set<string>;
  issues: StoredIssue[];
  labels: StoredLabel[];
  issuesEnabled: boolean;
}

export interface ScopeKeys {
  keyId: string;
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

export interface ScopeState {
  keys: ScopeKeys;
  secrets: Map<string, StoredSecret>;
}

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

export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class GitHubState {
  /** @internal */
  nextLabelId = 1;
  /** the workflow's repository (`owner/name`) */
  readonly repository: string;
  private readonly repos = new Map<string, RepoState>();
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
      this.repos.set(key, {
        fullName,
        id: this.nextRepoId++,
        environments: new Set(),
        issues: [],
        labels: [],
        issuesEnabled: true,
      });
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

  /** the repository's issues, pull requests excluded (there are none here), oldest first */
  issues(repository = this.repository): StoredIssue[] {
    return this.repos.get(repository.toLowerCase())?.issues ?? [];
  }

  /** the repository's labels */
  labels(repository = this.repository): StoredLabel[] {
    return this.repos.get(repository.toLowerCase())?.labels ?? [];
  }

  /** turns the repository's issues off (GitHub then answers 410 Gone) or on */
  setIssuesEnabled(repository: string, enabled: boolean): void {
    this.addRepository(repository);
    this.repos.get(repository.toLowerCase())!.issuesEnabled = enabled;
  }

  /** the numeric id GitHub gives the repository (`selected_repository_ids` use it) */
  repositoryId(repository: string): number | undefined {
    return this.repos.get(repository.toLowerCase())?.id;
  }

  /** `owner/name` of the repositories an organization secret with visibility `selected` is shared with */
  selectedRepositories(org: string, name: string): string[] {
    const ids = this.secret({ organization: org }, name)?.selectedRepositoryIds ?? [];
    return ids.map((id) => this.repositoryById(id)?.fullName ?? String(id));
  }

  /** @internal */
  repositoryById(id: number): RepoState | undefined {
    return [...this.repos.values()].find((r) => r.id === id);
  }

  /** @internal the stored repository, if any */
  repo(owner: string, name: string): RepoState | undefined {
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

/**
 * The GitHub secrets inputs: where to write the certificate and its password, when a github-token is given.
 * Kept apart so the naming rules can move next to the secrets client in one piece.
 */
import { warning } from '../action/runner.js';
import type { SecretScope, SecretTarget } from '../secrets/secrets.js';
import type { InputCheck } from './reader.js';

const REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
const SECRET_PREFIX = /^[A-Z_][A-Z0-9_]*$/;

export interface SecretsSettings {
  /** where to write GitHub secrets; undefined when no github-token is given */
  secrets?: { token: string; target: SecretTarget };
}

export function readSecretTarget(check: InputCheck, env: NodeJS.ProcessEnv): SecretsSettings['secrets'] {
  const githubToken = check.string('github-token');
  const scope = check.choice<SecretScope>('secret-scope', 'repository', [
    'repository',
    'environment',
    'organization',
  ]);
  const repository = check.string('secret-repository') || env.GITHUB_REPOSITORY || '';
  const prefix = check.string('secret-prefix') || 'EXO_';
  if (!githubToken) {
    if (check.string('secret-environment') || check.string('secret-scope')) {
      warning(
        'secret-scope / secret-environment are set but github-token is empty: no GitHub secrets will be written.',
      );
    }
    return undefined;
  }
  const environment = check.string('secret-environment') || undefined;
  const organization =
    check.string('secret-organization') || repository.split('/')[0] || env.GITHUB_REPOSITORY_OWNER || '';
  const target = { scope, repository, environment, organization, prefix };
  checkSecretTarget(check, target);
  return { token: githubToken, target };
}

/** Names each part of the target that GitHub would refuse, with the fix. */
function checkSecretTarget(check: InputCheck, target: SecretTarget & { organization: string }): void {
  const { scope, repository, environment, organization, prefix } = target;
  if (scope !== 'organization' && !REPOSITORY.test(repository)) {
    check.fail(
      'secret-repository',
      repository
        ? `'${repository}' is not owner/name.`
        : 'is needed: GITHUB_REPOSITORY is not set; pass owner/name.',
    );
  }
  if (scope === 'environment' && !environment)
    check.fail(
      'secret-environment',
      'is required when secret-scope is environment: name the environment, e.g. production.',
    );
  if (scope === 'organization' && !/^[A-Za-z0-9-]+$/.test(organization)) {
    check.fail(
      'secret-organization',
      organization
        ? `'${organization}' is not a GitHub organization login.`
        : 'is required for organization scope.',
    );
  }
  if (!SECRET_PREFIX.test(prefix) || prefix.startsWith('GITHUB_')) {
    check.fail(
      'secret-prefix',
      `'${prefix}' is not a valid start of a secret name: use upper-case letters, digits and '_', not starting with a digit or GITHUB_.`,
    );
  }
}

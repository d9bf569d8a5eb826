/**
 * The GitHub secrets inputs: where to write the certificate and its password, when a github-token is given.
 */
import { warning } from '../action/runner.js';
import {
  secretTargetProblems,
  type SecretScope,
  type SecretTarget,
  type SecretVisibility,
} from '../secrets/target.js';
import type { InputCheck } from './reader.js';

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
  const visibility = check.choice<SecretVisibility>('secret-visibility', 'selected', [
    'selected',
    'private',
    'all',
  ]);
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
  const target = { scope, repository, environment, organization, prefix, visibility };
  check.errors.push(...secretTargetProblems(target));
  return { token: githubToken, target };
}

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
    // the runner passes action.yml's default (secret-scope: repository) as an input: only other values were chosen
    const chosen = [
      scope !== 'repository' && 'secret-scope',
      check.string('secret-environment') && 'secret-environment',
      check.string('secret-organization') && 'secret-organization',
      check.string('secret-repository') && 'secret-repository',
      check.string('secret-prefix') && check.string('secret-prefix') !== 'EXO_' && 'secret-prefix',
    ].filter(Boolean);
    if (chosen.length) {
      warning(
        `${chosen.join(', ')} ${chosen.length > 1 ? 'are' : 'is'} set but github-token is empty: no GitHub secrets will be written.`,
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

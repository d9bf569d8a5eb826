/** The GitHub secrets inputs: where to write the certificate and its password, when a github-token is given. */
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

export const DEFAULT_SECRET_PREFIX = 'EXO_';

/**
 * `full`: the bootstrap's inputs, which may name another repository or organization and the visibility of new
 * organization secrets; the other entries publish to the repository they run in (or its owner organization).
 */
export function readSecretTarget(
  check: InputCheck,
  env: NodeJS.ProcessEnv,
  { full }: { full: boolean },
): SecretsSettings['secrets'] {
  const token = check.string('github-token');
  const scope = check.choice<SecretScope>('secret-scope', 'repository', [
    'repository',
    'environment',
    'organization',
  ]);
  const repository = (full && check.string('secret-repository')) || env.GITHUB_REPOSITORY || '';
  const prefix = check.string('secret-prefix') || DEFAULT_SECRET_PREFIX;
  const environment = check.string('secret-environment') || undefined;
  const visibility = full
    ? check.choice<SecretVisibility>('secret-visibility', 'selected', ['selected', 'private', 'all'])
    : 'selected';
  const organization =
    (full && check.string('secret-organization')) ||
    repository.split('/')[0] ||
    env.GITHUB_REPOSITORY_OWNER ||
    '';
  if (!token) {
    // the runner passes action.yml's defaults as inputs: only other values were chosen
    const chosen = [
      scope !== 'repository' && 'secret-scope',
      environment && 'secret-environment',
      full && check.string('secret-organization') && 'secret-organization',
      full && check.string('secret-repository') && 'secret-repository',
      prefix !== DEFAULT_SECRET_PREFIX && 'secret-prefix',
    ].filter(Boolean);
    if (chosen.length)
      check.notes.push(
        `${chosen.join(', ')} ${chosen.length > 1 ? 'are' : 'is'} set but github-token is empty: no GitHub secrets will be written.`,
      );
    return undefined;
  }
  const target = { scope, repository, environment, organization, prefix, visibility };
  check.errors.push(...secretTargetProblems(target));
  return { token, target };
}

/**
 * Where the secrets go: the scope, its repository, environment or organization, and the name prefix.
 * The inputs and the secrets client check a target with the same rules, before any request.
 */
import { InputError } from '../action/errors.js';

export type SecretScope = 'repository' | 'environment' | 'organization';

export interface SecretTarget {
  scope: SecretScope;
  /** owner/name: the repository for repository and environment scope */
  repository: string;
  environment?: string;
  organization?: string;
  prefix: string;
  /** who may use a new organization secret; existing ones keep theirs (default `selected`, with this repository) */
  visibility?: SecretVisibility;
}
export type SecretVisibility = 'selected' | 'private' | 'all';

const REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
const ORGANIZATION = /^[A-Za-z0-9-]+$/;
/** GitHub refuses names outside this form and names starting with GITHUB_. */
const SECRET_PREFIX = /^[A-Z_][A-Z0-9_]*$/;

/** Every reason GitHub would refuse the target, each naming its input; empty when it is usable. */
export function secretTargetProblems(target: SecretTarget): InputError[] {
  const problems: InputError[] = [];
  const { scope, repository, environment, organization, prefix } = target;
  if (scope !== 'organization' && !REPOSITORY.test(repository)) {
    const message = repository
      ? `'${repository}' is not owner/name.`
      : 'is needed: GITHUB_REPOSITORY is not set; pass owner/name.';
    problems.push(new InputError('secret-repository', message));
  }
  if (scope === 'environment' && !environment) {
    problems.push(
      new InputError(
        'secret-environment',
        'is required when secret-scope is environment: name the environment, e.g. production.',
      ),
    );
  }
  if (scope === 'organization' && !ORGANIZATION.test(organization ?? '')) {
    const message = organization
      ? `'${organization}' is not a GitHub organization login.`
      : 'is required for organization scope.';
    problems.push(new InputError('secret-organization', message));
  }
  if (prefix !== '' && (!SECRET_PREFIX.test(prefix) || prefix.startsWith('GITHUB_'))) {
    problems.push(
      new InputError(
        'secret-prefix',
        `'${prefix}' is not a valid start of a secret name: use upper-case letters, digits and '_', not starting with a digit or GITHUB_.`,
      ),
    );
  }
  return problems;
}

/** owner and repo of a repository or environment target (checked by `secretTargetProblems`). */
export function repositoryOf(target: SecretTarget): { owner: string; repo: string } {
  const [owner = '', repo = ''] = target.repository.split('/');
  return { owner, repo };
}

/** Describes the target for messages: names and places only. */
export function describeTarget(target: SecretTarget): string {
  switch (target.scope) {
    case 'repository':
      return `repository ${target.repository}`;
    case 'environment':
      return `environment '${target.environment}' of ${target.repository}`;
    case 'organization':
      return `organization ${target.organization}`;
  }
}

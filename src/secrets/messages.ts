/**
 * The wording of every secrets failure: what failed, where, what GitHub said, and what to do about it
 * for this scope and this kind of token. Pure; names, scopes and GitHub's messages only, never a value.
 */
import type { GitHubFailure } from '../github/failure.js';
import { isRateLimit } from '../github/failure.js';
import { describeTarget, type SecretScope, type SecretTarget } from './target.js';
import { isLikelyGitHubToken, tokenKind, type TokenKind } from './token-kind.js';

interface ScopeFacts {
  /** the fine-grained permission as GitHub's UI names it */
  permission: string;
  /** GitHub App permission key and the matching actions/create-github-app-token input */
  appPermission: string;
  appInput: string;
  classicScope: string;
}

const SCOPE_FACTS: Record<SecretScope, ScopeFacts> = {
  repository: {
    permission: 'Repository permissions → Secrets: Read and write',
    appPermission: 'secrets: write',
    appInput: 'permission-secrets: write',
    classicScope: 'repo',
  },
  environment: {
    permission: 'Repository permissions → Environments: Read and write',
    appPermission: 'environments: write',
    appInput: 'permission-environments: write',
    classicScope: 'repo',
  },
  organization: {
    permission: 'Organization permissions → Secrets: Read and write',
    appPermission: 'organization_secrets: write',
    appInput: 'permission-organization-secrets: write',
    classicScope: 'admin:org',
  },
};

const GITHUB_TOKEN_CANNOT =
  'can never write Actions secrets (no `permissions:` entry grants it): ' +
  'pass a GitHub App installation token (actions/create-github-app-token) or a fine-grained personal access token instead.';

export interface FailureContext {
  /** what was being done, e.g. `Writing secret EXO_APP_ID` */
  action: string;
  target: SecretTarget;
  token: string;
  /** for the GITHUB_TOKEN heuristic */
  env: NodeJS.ProcessEnv;
}

/** One failure, with the facts every piece of advice draws on. */
interface Case extends FailureContext {
  failure: GitHubFailure;
  facts: ScopeFacts;
  kind: TokenKind;
  organization: boolean;
  /** ` GitHub reports the call needs: …` when GitHub said which permission, else '' */
  needs: string;
}

/** `{action} in {where} failed: {status}. GitHub said: “…”. (request id)` followed by what to do. */
export function describeFailure(failure: GitHubFailure, ctx: FailureContext): string {
  const accepted = failure.headers['x-accepted-github-permissions'];
  const c: Case = {
    ...ctx,
    failure,
    facts: SCOPE_FACTS[ctx.target.scope],
    kind: tokenKind(ctx.token),
    organization: ctx.target.scope === 'organization',
    needs: accepted ? ` GitHub reports the call needs: ${accepted}.` : '',
  };
  return `${headline(c)} ${advice(c)}`;
}

function headline({ action, target, failure }: Case): string {
  const said = failure.message ? ` GitHub said: “${failure.message.replace(/\.$/, '')}”.` : '';
  const id = failure.headers['x-github-request-id'];
  const requestId = id ? ` (x-github-request-id ${id})` : '';
  return `${action} in ${describeTarget(target)} failed: ${failure.status}.${said}${requestId}`;
}

function advice(c: Case): string {
  if (c.failure.status === 401) return INVALID_TOKEN;
  if (isRateLimit(c.failure)) return rateLimitAdvice(c.failure.headers);
  if (c.failure.status === 403) return forbiddenAdvice(c);
  if (c.failure.status === 404)
    return `${NOT_FOUND[c.target.scope](c.target)}: ${CHECK_SPELLING}${notFoundFix(c)}.`;
  if (c.failure.status === 422)
    return 'GitHub refused the value; rerun the workflow (the public key is fetched again on every run).';
  return 'Rerun the workflow; every write is idempotent.';
}

const INVALID_TOKEN =
  'The github-token is invalid or expired. GitHub App installation tokens expire after one hour: ' +
  'create the token in the same job, right before this step (actions/create-github-app-token). ' +
  'A personal access token may have expired or been revoked: generate a new one and update the secret that holds it.';

function rateLimitAdvice(headers: Record<string, string>): string {
  const reset = Number(headers['x-ratelimit-reset']);
  const when = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : '';
  return `GitHub’s rate limit for this token is exhausted${when}: rerun the workflow later; every write is idempotent.`;
}

/* 403: the token may not do this --------------------------------------------------------------- */

function forbiddenAdvice(c: Case): string {
  const sso = c.failure.headers['x-github-sso'];
  if (!sso) return FORBIDDEN[c.kind](c);
  const url = /url=(\S+)/.exec(sso)?.[1];
  return `The organization uses SAML single sign-on: authorize the token for it${url ? ` at ${url}` : ''}.`;
}

const FORBIDDEN: Record<TokenKind, (c: Case) => string> = {
  'github-app': (c) =>
    isLikelyGitHubToken(c.token, c.env)
      ? `The github-token looks like the workflow’s GITHUB_TOKEN, which ${GITHUB_TOKEN_CANNOT}${c.needs} If it is in fact a GitHub App token: ${appFix(c)}`
      : `The GitHub App token lacks a permission: ${appFix(c)}${c.needs} If this is the workflow’s GITHUB_TOKEN instead: it ${GITHUB_TOKEN_CANNOT}`,
  'fine-grained': (c) =>
    `The fine-grained personal access token lacks “${c.facts.permission}”${c.organization ? '' : ` on ${c.target.repository}`}: ` +
    `edit the token (Settings → Developer settings → Personal access tokens → Fine-grained tokens), ` +
    (c.organization
      ? `choose ${c.target.organization} as resource owner, `
      : `select the repository under Repository access, `) +
    `grant the permission, and make sure an organization administrator approved the token if the organization requires it.${c.needs}`,
  classic: (c) => classicForbidden(c),
  oauth: (c) => classicForbidden(c),
  unknown: (c) =>
    `Use a GitHub App installation token with ${c.facts.appPermission} or a fine-grained personal access token with “${c.facts.permission}”.${c.needs}`,
};

function appFix({ facts, target, organization }: Case): string {
  const installOn = organization ? `the organization ${target.organization}` : target.repository;
  return (
    `give the GitHub App the permission ${facts.appPermission} (“${facts.permission}”), accept the new permission on its installation, ` +
    `and install it on ${installOn} (with actions/create-github-app-token, also set ${facts.appInput} if you list permissions).`
  );
}

function classicForbidden({ facts, organization }: Case): string {
  return (
    `The token needs the ${facts.classicScope} scope and its user needs admin access to the ${organization ? 'organization' : 'repository'}. ` +
    `A GitHub App token or a fine-grained token with “${facts.permission}” is the safer choice.`
  );
}

/* 404: the target does not exist, or the token cannot see it ---------------------------------- */

const NOT_FOUND: Record<SecretScope, (target: SecretTarget) => string> = {
  repository: (t) => `The repository ${t.repository} does not exist or the token cannot see it`,
  environment: (t) =>
    `The repository ${t.repository} or its environment '${t.environment}' does not exist (create it under Settings → Environments), or the token cannot see the repository`,
  organization: (t) => `The organization ${t.organization} does not exist or the token cannot act on it`,
};

const CHECK_SPELLING =
  'check the spelling of secret-repository, secret-environment and secret-organization, and ';

function notFoundFix({ kind, organization, facts }: Case): string {
  switch (kind) {
    case 'github-app':
      return organization
        ? 'install the GitHub App on that organization'
        : 'install the GitHub App on that repository (or on all repositories) and create the token for the installation that owns it (actions/create-github-app-token: owner/repositories)';
    case 'fine-grained':
      return organization
        ? 'create the token with the organization as resource owner'
        : 'create the token with the repository’s owner as resource owner and select the repository under Repository access';
    case 'classic':
      return `a classic token needs the ${facts.classicScope} scope to see private ${organization ? 'organizations’ secrets' : 'repositories'}`;
    default:
      return 'check the secret-repository / secret-organization inputs and the token’s access';
  }
}

/* Failures without a GitHub answer, and unfinished writes --------------------------------------- */

/** A call that got no answer from GitHub (the detail comes from the HTTP stack, which scrubs it). */
export function unansweredMessage(action: string, target: SecretTarget, detail: string): string {
  return `${action} in ${describeTarget(target)} failed: ${detail}`;
}

export function noPublicKeyMessage(target: SecretTarget): string {
  return `GitHub returned no public key for ${describeTarget(target)}.`;
}

/** The first failure of a write, what else was not written and what was, and that nothing was removed. */
export function unfinishedWriteMessage(failure: {
  firstMessage: string;
  alsoFailed: string[];
  written: string[];
}): string {
  const { firstMessage, alsoFailed, written } = failure;
  const others = alsoFailed.length > 0 ? ` Also not written: ${alsoFailed.join(', ')}.` : '';
  const partial = written.length > 0 ? ` Written before the failure: ${written.join(', ')}.` : '';
  // the 5xx wording already says to rerun; do not say it twice
  const rerun = /rerun/i.test(firstMessage) ? '' : '; rerun the workflow to finish publishing';
  return `${firstMessage}${others}${partial} The old certificate stays registered${rerun}.`;
}

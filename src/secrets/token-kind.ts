/**
 * What kind of token the github-token is, told from its form alone (no request), to word a failure.
 */

export type TokenKind = 'github-app' | 'fine-grained' | 'classic' | 'oauth' | 'unknown';

export function tokenKind(token: string): TokenKind {
  if (token.startsWith('ghs_')) return 'github-app';
  if (token.startsWith('github_pat_')) return 'fine-grained';
  if (token.startsWith('ghp_')) return 'classic';
  if (token.startsWith('gho_') || token.startsWith('ghu_')) return 'oauth';
  return 'unknown';
}

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

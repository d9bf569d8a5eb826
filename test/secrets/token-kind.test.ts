/** Telling the workflow's GITHUB_TOKEN apart from other tokens, without a request. */
import { isLikelyGitHubToken } from '../../src/secrets/token-kind.js';
import { fakeGitHubToken } from '../emulator/github.js';

describe('isLikelyGitHubToken', () => {
  test('recognises the GitHub Actions app in the stateless token format', () => {
    expect(isLikelyGitHubToken(fakeGitHubToken('github-token'), {})).toBe(true);
  });
  test('recognises a token equal to GITHUB_TOKEN in the environment', () => {
    const t = fakeGitHubToken('app');
    expect(isLikelyGitHubToken(t, { GITHUB_TOKEN: t })).toBe(true);
    expect(isLikelyGitHubToken(t, { GITHUB_TOKEN: fakeGitHubToken('app') })).toBe(false);
  });
  test('other GitHub App installation tokens and personal access tokens are not', () => {
    expect(isLikelyGitHubToken(fakeGitHubToken('app'), {})).toBe(false);
    expect(isLikelyGitHubToken('ghs_42_eyJhbGciOiJSUzI1NiJ9.e30.sig', {})).toBe(false);
    const pat = fakeGitHubToken('fine-grained');
    expect(isLikelyGitHubToken(pat, { GITHUB_TOKEN: pat })).toBe(false);
  });
});

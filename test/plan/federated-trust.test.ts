import { describe, expect, it } from '@jest/globals';
import {
  federatedCredentialName,
  planFederatedCredentials,
  tokenTrust,
  type TokenTrust,
} from '../../src/plan/federated-trust.js';
import type { FederatedCredential } from '../../src/graph/federated-credentials.js';

const ISSUER = 'https://token.actions.githubusercontent.com';
const AUDIENCE = 'api://AzureADTokenExchange';
const JOB = 'repo:contoso/automation:ref:refs/heads/main';
const ENV = 'repo:contoso/automation:environment:exchange';
const trust = (subjects: string[]): TokenTrust => ({ issuer: ISSUER, audience: AUDIENCE, subjects });
const credential = (name: string, subject: string, audience = AUDIENCE): FederatedCredential => ({
  id: `${name}-id`,
  name,
  issuer: ISSUER,
  subject,
  audiences: [audience],
});

describe('tokenTrust', () => {
  it('is off without access-token, else the listed subjects or the running job', () => {
    const job = { iss: 'https://ghes.example/_services/token', sub: JOB };
    const settings = { accessToken: false, accessTokenSubjects: [], audience: AUDIENCE };
    expect(tokenTrust(settings, job)).toBeUndefined();
    expect(tokenTrust({ ...settings, accessToken: true }, job)).toEqual({
      issuer: job.iss,
      audience: AUDIENCE,
      subjects: [JOB],
    });
    expect(
      tokenTrust({ ...settings, accessToken: true, accessTokenSubjects: [ENV, ENV] }, job)?.subjects,
    ).toEqual([ENV]);
  });
});

describe('planFederatedCredentials', () => {
  it('names credentials predictably, URL-friendly and within 3-120 characters', () => {
    expect(federatedCredentialName(JOB)).toMatch(/^exo-cba-[0-9a-f]{16}$/);
    expect(federatedCredentialName(JOB)).toBe(federatedCredentialName(JOB));
    expect(federatedCredentialName(JOB)).not.toBe(federatedCredentialName(ENV));
  });

  it('adds what is missing, updates its own when the audience changed, leaves current ones', () => {
    const ours = credential(federatedCredentialName(JOB), JOB, 'api://old');
    const current = credential(federatedCredentialName(ENV), ENV);
    const { steps } = planFederatedCredentials(trust([JOB, ENV, 'repo:contoso/new:pull_request']), [
      ours,
      current,
    ]);
    expect(steps.map((s) => [s.subject, s.reason])).toEqual([
      [JOB, 'changed'],
      ['repo:contoso/new:pull_request', 'missing'],
    ]);
  });

  it('never touches another credential: one trusting the subject is left to serve it, a different audience noted', () => {
    const theirs = credential('their-main', JOB, 'api://custom');
    const { steps, notes } = planFederatedCredentials(trust([JOB]), [theirs]);
    expect(steps).toEqual([]);
    expect(notes).toEqual([
      expect.stringContaining("credential 'their-main' (not exo-cba's) trusts subject"),
    ]);
    expect(planFederatedCredentials(trust([JOB]), [credential('their-main', JOB)])).toEqual({
      steps: [],
      notes: [],
    });
  });

  it('refuses, before any write, what would take the app past 20 credentials', () => {
    const others = Array.from({ length: 19 }, (_, i) =>
      credential(`other-${i}`, `repo:contoso/r${i}:ref:refs/heads/main`),
    );
    expect(planFederatedCredentials(trust([JOB]), others).steps).toHaveLength(1);
    expect(() => planFederatedCredentials(trust([JOB, ENV]), others)).toThrow(
      'The managed app has 19 federated credential(s) and access-token-subjects needs 2 more, but Entra ID allows at most 20',
    );
  });
});

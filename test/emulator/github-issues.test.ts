/**
 * The emulator's GitHub: organization secret visibility and selected repositories, secret deletes, and
 * the Issues API an alarm uses, over real HTTPS.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import sodium from 'libsodium-wrappers';
import { fakeGitHubToken, startEmulator, type Emulator } from './index.js';
import type { GitHubSecretScope } from './github.js';
import { send, type Reply } from './testing.js';

const REPO = 'contoso/exchange-automation';
const ORG = 'contoso';
let emulator: Emulator;
const tokens = {
  admin: fakeGitHubToken('classic'),
  workflow: fakeGitHubToken('github-token'),
  workflowIssues: fakeGitHubToken('github-token'),
  fineGrainedRead: fakeGitHubToken('fine-grained'),
};

beforeAll(async () => {
  await sodium.ready;
  emulator = await startEmulator();
  emulator.github.addToken(tokens.admin, { kind: 'classic', scopes: ['repo', 'admin:org'] });
  emulator.github.addToken(tokens.workflow, { kind: 'github-token' });
  emulator.github.addToken(tokens.workflowIssues, { kind: 'github-token', permissions: { issues: 'write' } });
  emulator.github.addToken(tokens.fineGrainedRead, { kind: 'fine-grained', permissions: { issues: 'read' } });
  emulator.github.addRepository('contoso/other');
});
afterAll(async () => {
  await emulator?.close();
});

const gh = (method: string, path: string, token: string, body?: unknown): Promise<Reply> =>
  send(emulator, method, `${emulator.urls.github}${path}`, { authorization: `token ${token}` }, body);

function sealed(scope: GitHubSecretScope, value: string): { encrypted_value: string; key_id: string } {
  const { key_id, key } = emulator.github.publicKey(scope);
  const box = sodium.crypto_box_seal(
    sodium.from_string(value),
    sodium.from_base64(key, sodium.base64_variants.ORIGINAL),
  );
  return { encrypted_value: sodium.to_base64(box, sodium.base64_variants.ORIGINAL), key_id };
}

describe('organization secret visibility', () => {
  const org = { organization: ORG };
  const path = `/orgs/${ORG}/actions/secrets/EXO_CERT`;

  it('requires visibility, stores the selection, and clears it on a selected PUT without ids', async () => {
    expect((await gh('PUT', path, tokens.admin, sealed(org, 'v1'))).status).toBe(422);
    const repoId = emulator.github.repositoryId(REPO)!;
    const withIds = { ...sealed(org, 'v1'), visibility: 'private', selected_repository_ids: [repoId] };
    expect((await gh('PUT', path, tokens.admin, withIds)).status).toBe(422);
    const created = await gh('PUT', path, tokens.admin, { ...withIds, visibility: 'selected' });
    expect(created.status).toBe(201);
    const read = await gh('GET', path, tokens.admin);
    expect(read.body).toMatchObject({
      visibility: 'selected',
      selected_repositories_url: `${emulator.urls.github}${path}/repositories`,
    });
    const listed = await gh('GET', `${path}/repositories`, tokens.admin);
    expect(listed.body).toMatchObject({ total_count: 1, repositories: [{ id: repoId, full_name: REPO }] });

    expect(
      (await gh('PUT', path, tokens.admin, { ...sealed(org, 'v2'), visibility: 'selected' })).status,
    ).toBe(204);
    expect(emulator.github.selectedRepositories(ORG, 'EXO_CERT')).toEqual([]);
    expect(emulator.github.decrypt(org, 'EXO_CERT')).toBe('v2');
  });

  it('adds, removes and sets repositories; refuses them (409) for a secret that is not selected', async () => {
    const other = emulator.github.repositoryId('contoso/other')!;
    const repo = emulator.github.repositoryId(REPO)!;
    expect((await gh('PUT', `${path}/repositories/${other}`, tokens.admin)).status).toBe(204);
    expect(
      (await gh('PUT', `${path}/repositories`, tokens.admin, { selected_repository_ids: [repo, other] }))
        .status,
    ).toBe(204);
    expect((await gh('DELETE', `${path}/repositories/${other}`, tokens.admin)).status).toBe(204);
    expect(emulator.github.selectedRepositories(ORG, 'EXO_CERT')).toEqual([REPO]);
    expect((await gh('PUT', path, tokens.admin, { ...sealed(org, 'v3'), visibility: 'all' })).status).toBe(
      204,
    );
    const refused = await gh('PUT', `${path}/repositories/${other}`, tokens.admin);
    expect(refused.status).toBe(409);
    expect((await gh('GET', path, tokens.admin)).body.selected_repositories_url).toBeUndefined();
  });
});

describe('secret deletes', () => {
  it('deletes repository, environment and organization secrets (204), then 404; GITHUB_TOKEN cannot', async () => {
    for (const [scope, base, extra] of [
      [{ repository: REPO }, `/repos/${REPO}/actions/secrets`, {}],
      [{ repository: REPO, environment: 'production' }, `/repos/${REPO}/environments/production/secrets`, {}],
      [{ organization: ORG }, `/orgs/${ORG}/actions/secrets`, { visibility: 'private' }],
    ] as [GitHubSecretScope, string, Record<string, string>][]) {
      expect(
        (await gh('PUT', `${base}/OLD_SECRET`, tokens.admin, { ...sealed(scope, 'x'), ...extra })).status,
      ).toBe(201);
      expect((await gh('DELETE', `${base}/OLD_SECRET`, tokens.workflow)).status).toBe(403);
      expect((await gh('DELETE', `${base}/OLD_SECRET`, tokens.admin)).status).toBe(204);
      expect(emulator.github.secretNames(scope)).not.toContain('OLD_SECRET');
      expect((await gh('DELETE', `${base}/OLD_SECRET`, tokens.admin)).status).toBe(404);
    }
  });
});

describe('issues and labels', () => {
  const issues = `/repos/${REPO}/issues`;

  it('creates a label (201, then 422), opens, finds by label, updates and closes an issue', async () => {
    const label = await gh('POST', `/repos/${REPO}/labels`, tokens.workflowIssues, {
      name: 'exo-cba-alarm',
      color: 'd73a4a',
    });
    expect(label.status).toBe(201);
    const again = await gh('POST', `/repos/${REPO}/labels`, tokens.workflowIssues, { name: 'exo-cba-alarm' });
    expect(again.status).toBe(422);
    expect(again.body.errors).toEqual([{ resource: 'Label', code: 'already_exists', field: 'name' }]);

    const opened = await gh('POST', issues, tokens.workflowIssues, {
      title: 'Certificate expires',
      body: 'soon',
      labels: ['exo-cba-alarm'],
    });
    expect(opened.status).toBe(201);
    expect(opened.headers.location).toBe(opened.body.url);
    const found = await gh('GET', `${issues}?labels=exo-cba-alarm&state=open`, tokens.fineGrainedRead);
    expect(found.body.map((i: { number: number }) => i.number)).toEqual([opened.body.number]);

    const patched = await gh('PATCH', `${issues}/${opened.body.number}`, tokens.workflowIssues, {
      body: 'sooner',
    });
    expect(patched.body).toMatchObject({ body: 'sooner', state: 'open', state_reason: null });
    const closed = await gh('PATCH', `${issues}/${opened.body.number}`, tokens.workflowIssues, {
      state: 'closed',
      state_reason: 'completed',
    });
    expect(closed.body).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect((await gh('GET', `${issues}?labels=exo-cba-alarm`, tokens.admin)).body).toEqual([]);
    expect((await gh('GET', `${issues}?labels=exo-cba-alarm&state=all`, tokens.admin)).body).toHaveLength(1);
    expect(emulator.github.issues()).toEqual([
      expect.objectContaining({ title: 'Certificate expires', state: 'closed' }),
    ]);
  });

  it('needs Issues: write to write, refuses a missing title and a bad state, and answers 410 when issues are off', async () => {
    expect((await gh('POST', issues, tokens.fineGrainedRead, { title: 't' })).status).toBe(403);
    expect((await gh('POST', issues, tokens.workflow, { title: 't' })).status).toBe(403);
    expect((await gh('POST', issues, tokens.admin, {})).status).toBe(422);
    const opened = await gh('POST', issues, tokens.admin, { title: 't' });
    expect(
      (await gh('PATCH', `${issues}/${opened.body.number}`, tokens.admin, { state: 'done' })).status,
    ).toBe(422);
    expect((await gh('PATCH', `${issues}/9999`, tokens.admin, { state: 'closed' })).status).toBe(404);
    emulator.github.setIssuesEnabled(REPO, false);
    try {
      expect((await gh('POST', issues, tokens.admin, { title: 't' })).status).toBe(410);
    } finally {
      emulator.github.setIssuesEnabled(REPO, true);
    }
  });
});

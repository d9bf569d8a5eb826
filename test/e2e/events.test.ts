/**
 * events: exo-cba runs only on events whose code and trigger the repository's writers control, an allowlist.
 * Whatever a fork, a stargazer or a commenter can trigger, an unknown event and a missing one are refused before
 * the first request, with the reason, by every entry; so is an event whose payload cannot be read.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeGitHubToken } from '../emulator/github.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { failureOf, runEntryOn, runOn } from '../support/e2e.js';

const GITHUB_TOKEN = fakeGitHubToken('app');
const REPOSITORY = 'contoso/exchange-automation';
const FORK = 'mallory/exchange-automation';

let emulator: Emulator;
let dir: string;

beforeAll(async () => {
  emulator = await startEmulator();
  emulator.github.addToken(GITHUB_TOKEN, { kind: 'app', permissions: { secrets: 'write' } });
  dir = mkdtempSync(join(tmpdir(), 'exo-cba-events-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await emulator.close();
});

function eventFile(payload: unknown): string {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, typeof payload === 'string' ? payload : JSON.stringify(payload));
  return path;
}

const pullRequest = (head: string) => ({
  repository: { full_name: REPOSITORY },
  pull_request: {
    head: { repo: { full_name: head, fork: head !== REPOSITORY } },
    base: { repo: { full_name: REPOSITORY } },
  },
});

const workflowRun = (head: string, event = 'pull_request') => ({
  repository: { full_name: REPOSITORY },
  workflow_run: { event, head_repository: { full_name: head } },
});

const refused: Array<[string, string, unknown, RegExp]> = [
  ['pull_request_target', 'pull_request_target', pullRequest(REPOSITORY), /code a pull request may control/],
  ['issue_comment', 'issue_comment', {}, /anyone who can comment/],
  ['issues', 'issues', {}, /anyone who can open or edit an issue/],
  ['discussion_comment', 'discussion_comment', {}, /anyone who can comment on a discussion/],
  ['a fork’s pull_request', 'pull_request', pullRequest(FORK), /pull request from a fork \(mallory/],
  ['pull_request_review', 'pull_request_review', pullRequest(REPOSITORY), /anyone who can review/],
  [
    'pull_request_review_comment',
    'pull_request_review_comment',
    pullRequest(REPOSITORY),
    /anyone who can comment on a pull request/,
  ],
  ['fork (anyone can fork a public repository)', 'fork', {}, /anyone who can see the repository can fork/],
  ['watch (anyone can star a public repository)', 'watch', {}, /anyone who can see the repository can star/],
  ['an event not on the list', 'merge_group', {}, /not one of the events only people with write access/],
  ['workflow_run after a fork’s pull request', 'workflow_run', workflowRun(FORK), /came from mallory/],
  ['a pull_request whose event file does not parse', 'pull_request', '{"pull_request":', /could not be read/],
];

describe('events a fork or a commenter can trigger', () => {
  it.each(refused)('%s is refused before the first request', async (_, event, payload, reason) => {
    const mark = emulator.requests.length;
    const run = await runOn(
      emulator,
      { 'github-token': GITHUB_TOKEN },
      { GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: eventFile(payload) },
    );
    expect(run.exitCode).toBe(1);
    expect(failureOf(run)).toMatch(new RegExp(`refuses to run on ${event}`));
    expect(failureOf(run)).toMatch(reason);
    expect(emulator.requests.slice(mark)).toEqual([]);
  });

  it('a run whose event name is empty is refused', async () => {
    const mark = emulator.requests.length;
    const run = await runOn(emulator, { 'github-token': GITHUB_TOKEN }, { GITHUB_EVENT_NAME: '' });
    expect(run.exitCode).toBe(1);
    expect(failureOf(run)).toMatch(/GITHUB_EVENT_NAME is not set, so what started this run is unknown/);
    expect(emulator.requests.slice(mark)).toEqual([]);
  });

  it.each(['rotate', 'token', 'use', 'remove', 'revoke'] as const)(
    'the %s entry refuses fork and watch too, before the first request',
    async (entry) => {
      for (const event of ['fork', 'watch']) {
        const mark = emulator.requests.length;
        const run = await runEntryOn(emulator, entry, {}, { GITHUB_EVENT_NAME: event });
        expect(run.exitCode).toBe(1);
        expect(failureOf(run)).toMatch(new RegExp(`refuses to run on ${event}`));
        expect(emulator.requests.slice(mark)).toEqual([]);
      }
    },
  );

  it('a pull_request whose event file is missing is refused', async () => {
    const mark = emulator.requests.length;
    const run = await runOn(
      emulator,
      {},
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(dir, 'missing.json') },
    );
    expect(run.exitCode).toBe(1);
    expect(failureOf(run)).toMatch(/its event payload could not be read/);
    expect(emulator.requests.slice(mark)).toEqual([]);
  });
});

describe('events the repository’s writers control', () => {
  it.each([
    ['a pull_request from the repository itself', 'pull_request', pullRequest(REPOSITORY)],
    ['workflow_run after a push', 'workflow_run', workflowRun(REPOSITORY, 'push')],
  ])('%s runs', async (_, event, payload) => {
    const run = await runOn(
      emulator,
      { 'dry-run': 'true' },
      { GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: eventFile(payload) },
    );
    expect(failureOf(run)).toBe('');
    expect(run.exitCode).toBe(0);
  });
});

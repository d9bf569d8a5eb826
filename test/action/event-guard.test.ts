import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertTrustedEvent } from '../../src/action/event-guard.js';

const dir = mkdtempSync(join(tmpdir(), 'exo-cba-event-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const event = (payload: unknown) => {
  const path = join(dir, `${Math.random()}.json`);
  writeFileSync(path, JSON.stringify(payload));
  return path;
};
const pr = (head: string, fork: boolean) => ({
  pull_request: { head: { repo: { full_name: head, fork } }, base: { repo: { full_name: 'contoso/ops' } } },
});

test('push, schedule and workflow_dispatch run', () => {
  for (const name of ['push', 'schedule', 'workflow_dispatch'])
    expect(() => assertTrustedEvent({ GITHUB_EVENT_NAME: name })).not.toThrow();
});

test('pull_request_target is refused with the reason', () => {
  expect(() => assertTrustedEvent({ GITHUB_EVENT_NAME: 'pull_request_target' })).toThrow(
    /refuses to run on pull_request_target/,
  );
});

test('a pull request from a fork is refused; one from the same repository runs', () => {
  expect(() =>
    assertTrustedEvent({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event(pr('mallory/ops', true)),
    }),
  ).toThrow(/pull request from a fork \(mallory\/ops\)/);
  expect(() =>
    assertTrustedEvent({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event(pr('contoso/ops', false)),
    }),
  ).not.toThrow();
});

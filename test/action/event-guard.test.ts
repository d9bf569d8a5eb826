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

test.each(['issue_comment', 'issues', 'discussion', 'discussion_comment'])(
  '%s, which a commenter can trigger, is refused with the reason',
  (name) => {
    expect(() => assertTrustedEvent({ GITHUB_EVENT_NAME: name })).toThrow(
      new RegExp(`refuses to run on ${name}: anyone who can`),
    );
  },
);

test.each(['pull_request_review', 'pull_request_review_comment'])(
  '%s is refused, from a fork or not: a reviewer starts it',
  (name) => {
    for (const head of [pr('mallory/ops', true), pr('contoso/ops', false)])
      expect(() => assertTrustedEvent({ GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: event(head) })).toThrow(
        new RegExp(`refuses to run on ${name}: anyone who can .*pull request`),
      );
  },
);

test.each([
  ['fork', /refuses to run on fork: anyone who can see the repository can fork it/],
  ['watch', /refuses to run on watch: anyone who can see the repository can star it/],
  [
    'merge_group',
    /refuses to run on merge_group: it is not one of the events only people with write access start \(workflow_dispatch, schedule, push/,
  ],
  ['check_run', /refuses to run on check_run: it is not one of the events/],
])('%s is refused before anything runs, saying why', (name, message) => {
  expect(() => assertTrustedEvent({ GITHUB_EVENT_NAME: name })).toThrow(message);
});

test('a missing or empty event name is refused: what started the run is unknown', () => {
  for (const env of [{}, { GITHUB_EVENT_NAME: '' }])
    expect(() => assertTrustedEvent(env)).toThrow(
      /GITHUB_EVENT_NAME is not set, so what started this run is unknown/,
    );
});

test.each(['repository_dispatch', 'release', 'deployment', 'workflow_call'])(
  '%s, which only people with write access start, runs',
  (name) => {
    expect(() => assertTrustedEvent({ GITHUB_EVENT_NAME: name })).not.toThrow();
  },
);

test('a pull request whose event file cannot be read or parsed is untrusted', () => {
  const garbled = join(dir, 'garbled.json');
  writeFileSync(garbled, '{"pull_request":');
  for (const path of [join(dir, 'missing.json'), garbled, undefined]) {
    expect(() => assertTrustedEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path })).toThrow(
      /its event payload could not be read/,
    );
  }
});

test('workflow_run is refused when the run that triggered it came from a fork', () => {
  const run = (head: string | null, triggeredBy = 'pull_request') =>
    event({
      repository: { full_name: 'contoso/ops' },
      workflow_run: { event: triggeredBy, head_repository: head === null ? null : { full_name: head } },
    });
  expect(() =>
    assertTrustedEvent({ GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: run('mallory/ops') }),
  ).toThrow(/came from mallory\/ops \(a fork's pull request\)/);
  expect(() =>
    assertTrustedEvent({ GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: run(null) }),
  ).toThrow(/came from an unknown repository/);
  expect(() =>
    assertTrustedEvent({
      GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_EVENT_PATH: run('contoso/ops', 'issue_comment'),
    }),
  ).toThrow(/ran on issue_comment/);
  expect(() =>
    assertTrustedEvent({ GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: run('contoso/ops', 'push') }),
  ).not.toThrow();
});

/**
 * exo-cba holds tenant-wide admin power and publishes its credential as secrets: it runs only for events
 * whose code and trigger the repository's writers control — an allowlist, so an event GitHub adds later is
 * refused until it is judged. Anything a fork, a stargazer or a commenter can trigger is refused before the
 * first request, with the reason; an event whose payload is needed to judge it but cannot be read counts as
 * untrusted.
 */
import { readFileSync } from 'node:fs';
import { ActionError } from './errors.js';

const ALTERNATIVES = 'Run it on push, schedule or workflow_dispatch instead.';

/**
 * The events only people with write access start (GitHub's "Events that trigger workflows": pushing,
 * publishing a release, dispatching a workflow or a repository_dispatch need write access; schedules run on
 * the default branch; a called workflow carries its caller's event). Every other event is refused.
 */
const TRUSTED_EVENTS = new Set([
  'workflow_dispatch',
  'schedule',
  'push',
  'workflow_call',
  'repository_dispatch',
  'release',
  'deployment',
]);

/** Trusted only when the code comes from this repository, which the payload tells. */
const SAME_REPOSITORY_EVENTS = new Set(['pull_request', 'workflow_run']);

/** Why the common untrusted events are refused: anyone can start them on a public repository. */
const UNTRUSTED_EVENTS: Record<string, string> = {
  pull_request_target:
    'that event runs with the base repository’s secrets and OIDC permission for code a pull request may control',
  issue_comment: 'anyone who can comment on an issue or a pull request triggers it',
  issues: 'anyone who can open or edit an issue triggers it',
  discussion: 'anyone who can start a discussion triggers it',
  discussion_comment: 'anyone who can comment on a discussion triggers it',
  fork: 'anyone who can see the repository can fork it',
  watch: 'anyone who can see the repository can star it',
  pull_request_review: 'anyone who can review a pull request triggers it, for code a fork may control',
  pull_request_review_comment:
    'anyone who can comment on a pull request triggers it, for code a fork may control',
};

interface Repo {
  full_name?: string;
  fork?: boolean;
}

interface EventPayload {
  repository?: Repo;
  pull_request?: { head?: { repo?: Repo | null }; base?: { repo?: Repo } };
  workflow_run?: { event?: string; head_repository?: Repo | null };
}

function refuse(event: string, reason: string): ActionError {
  return new ActionError(
    `exo-cba refuses to run on ${event}: ${reason}, and exo-cba administers the tenant and publishes its ` +
      `credential. ${ALTERNATIVES}`,
  );
}

/** The event payload, or an error: without it the event cannot be judged, so it is not trusted. */
function readPayload(event: string, env: NodeJS.ProcessEnv): EventPayload {
  const path = env.GITHUB_EVENT_PATH;
  try {
    if (!path) throw new Error('GITHUB_EVENT_PATH is not set');
    const payload: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof payload !== 'object' || payload === null) throw new Error('it is not a JSON object');
    return payload;
  } catch {
    throw refuse(event, 'its event payload could not be read, so where its code comes from is unknown');
  }
}

export function assertTrustedEvent(env: NodeJS.ProcessEnv = process.env): void {
  const event = env.GITHUB_EVENT_NAME ?? '';
  if (TRUSTED_EVENTS.has(event)) return;
  if (!event)
    throw new ActionError(
      'exo-cba refuses to run: GITHUB_EVENT_NAME is not set, so what started this run is unknown, and exo-cba ' +
        `administers the tenant and publishes its credential. It runs in a GitHub Actions job. ${ALTERNATIVES}`,
    );
  if (!SAME_REPOSITORY_EVENTS.has(event))
    throw refuse(
      event,
      UNTRUSTED_EVENTS[event] ??
        `it is not one of the events only people with write access start (${[...TRUSTED_EVENTS].join(', ')}, ` +
          'and pull_request or workflow_run from this repository)',
    );

  if (event === 'pull_request') {
    const payload = readPayload(event, env);
    const head = payload.pull_request?.head?.repo;
    const base = payload.pull_request?.base?.repo?.full_name ?? payload.repository?.full_name;
    if (!head || head.fork || !head.full_name || head.full_name !== base) {
      throw refuse(
        event,
        `it is for a pull request from a fork (${head?.full_name ?? 'a deleted or unknown repository'}), whose code ` +
          'must not reach tenant administration',
      );
    }
    return;
  }

  const payload = readPayload(event, env);
  const head = payload.workflow_run?.head_repository?.full_name;
  const repository = payload.repository?.full_name;
  if (!head || !repository || head !== repository) {
    throw refuse(
      event,
      `the run that triggered it came from ${head ?? 'an unknown repository'} (a fork's pull request), not from ` +
        `${repository ?? 'this repository'}`,
    );
  }
  const triggeredBy = payload.workflow_run?.event;
  if (triggeredBy && UNTRUSTED_EVENTS[triggeredBy]) {
    throw refuse(event, `the run that triggered it ran on ${triggeredBy}: ${UNTRUSTED_EVENTS[triggeredBy]}`);
  }
}

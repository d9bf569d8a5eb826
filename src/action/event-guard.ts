/**
 * exo-cba holds tenant-wide admin power and publishes its credential as secrets: it runs only for
 * events whose code and trigger the repository's writers control. Anything a fork or a commenter can
 * trigger is refused before the first request, with the reason; an event whose payload is needed to
 * judge it but cannot be read counts as untrusted.
 */
import { readFileSync } from 'node:fs';
import { ActionError } from './errors.js';

const ALTERNATIVES = 'Run it on push, schedule or workflow_dispatch instead.';

/** Anyone who can open an issue or write a comment triggers these: never trusted. */
const UNTRUSTED_EVENTS: Record<string, string> = {
  pull_request_target:
    'that event runs with the base repository’s secrets and OIDC permission for code a pull request may control',
  issue_comment: 'anyone who can comment on an issue or a pull request triggers it',
  issues: 'anyone who can open or edit an issue triggers it',
  discussion: 'anyone who can start a discussion triggers it',
  discussion_comment: 'anyone who can comment on a discussion triggers it',
};

/** Trusted only when their pull request comes from this repository, which the payload tells. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);

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
  const event = env.GITHUB_EVENT_NAME;
  if (!event) return;
  const untrusted = UNTRUSTED_EVENTS[event];
  if (untrusted) throw refuse(event, untrusted);

  if (PULL_REQUEST_EVENTS.has(event)) {
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
  }

  if (event === 'workflow_run') {
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
      throw refuse(
        event,
        `the run that triggered it ran on ${triggeredBy}: ${UNTRUSTED_EVENTS[triggeredBy]}`,
      );
    }
  }
}

/** exo-cba holds tenant-wide admin power: refuse workflow events where untrusted code could reach it. */
import { readFileSync } from 'node:fs';
import { ActionError } from './errors.js';

interface PullRequestEvent {
  pull_request?: {
    head?: { repo?: { full_name?: string; fork?: boolean } | null };
    base?: { repo?: { full_name?: string } };
  };
}

export function assertTrustedEvent(env: NodeJS.ProcessEnv = process.env): void {
  const event = env.GITHUB_EVENT_NAME;
  if (event === 'pull_request_target') {
    throw new ActionError(
      'exo-cba refuses to run on pull_request_target: that event runs with the base repository’s secrets and OIDC ' +
        'permission for code a pull request may control, and exo-cba administers the tenant. Run it on push, ' +
        'schedule or workflow_dispatch instead.',
    );
  }
  if ((event === 'pull_request' || event === 'pull_request_review') && env.GITHUB_EVENT_PATH) {
    let payload: PullRequestEvent;
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as PullRequestEvent;
    } catch {
      return; // no payload to judge by; GitHub gives forks no OIDC token anyway
    }
    const head = payload.pull_request?.head?.repo;
    const base = payload.pull_request?.base?.repo?.full_name;
    if (head === null || head?.fork || (head?.full_name && base && head.full_name !== base)) {
      throw new ActionError(
        `exo-cba refuses to run for a pull request from a fork (${head?.full_name ?? 'a deleted repository'}): code from ` +
          'outside the repository must not reach tenant administration. Run it on push, schedule or workflow_dispatch.',
      );
    }
  }
}

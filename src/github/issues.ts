/**
 * The GitHub Issues calls of the expiry alarm, one function per call (REST "Issues" and "Labels"; the
 * token needs the "Issues" repository permission, write — the workflow's GITHUB_TOKEN with
 * `permissions: issues: write` has it).
 */
import { failureOf } from './failure.js';
import type { Octokit } from './client.js';

export interface Repository {
  owner: string;
  repo: string;
}

export interface OpenIssue {
  number: number;
  body: string;
}

/** Open issues, those carrying `label` when given (the list also returns pull requests: they are left out). */
export async function listOpenIssues(octokit: Octokit, at: Repository, label?: string): Promise<OpenIssue[]> {
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    ...at,
    ...(label ? { labels: label } : {}),
    state: 'open',
    per_page: 100,
  });
  return issues
    .filter((i) => !i.pull_request)
    .map((i) => ({ number: i.number, body: typeof i.body === 'string' ? i.body : '' }));
}

/** Creates the label unless it exists (GitHub answers 422 for a duplicate name). */
export async function ensureLabel(
  octokit: Octokit,
  at: Repository,
  label: { name: string; color: string; description: string },
): Promise<void> {
  try {
    await octokit.rest.issues.createLabel({ ...at, ...label });
  } catch (error) {
    if (failureOf(error)?.status !== 422) throw error;
  }
}

export async function createIssue(
  octokit: Octokit,
  at: Repository,
  issue: { title: string; body: string; labels: string[] },
): Promise<number> {
  const created = await octokit.rest.issues.create({ ...at, ...issue });
  return created.data.number;
}

/** Replaces the body; with `close`, also closes it as completed (`state_reason` counts only with a state change). */
export async function updateIssue(
  octokit: Octokit,
  at: Repository,
  issueNumber: number,
  change: { body: string; close?: boolean },
): Promise<void> {
  await octokit.rest.issues.update({
    ...at,
    issue_number: issueNumber,
    body: change.body,
    ...(change.close ? { state: 'closed' as const, state_reason: 'completed' as const } : {}),
  });
}

/**
 * GitHub's Issues API as an alarm needs it (octokit openapi-types 29.0.1; GitHub docs "Issues", "Labels"):
 * - `GET /repos/{o}/{r}/issues?labels=a,b&state=open|closed|all` → 200 (default state open; every
 *   listed label must be on the issue);
 * - `POST /repos/{o}/{r}/issues` `{title, body?, labels?, assignees?}` → 201 + `Location`; 422 without a
 *   title; 410 when the repository has issues turned off. Labels that do not exist yet are created
 *   (GitHub's behaviour for a caller with push access).
 * - `PATCH /repos/{o}/{r}/issues/{n}` `{state?, state_reason?, title?, body?, labels?}` → 200;
 *   `state_reason` ∈ completed, not_planned, duplicate, reopened, null, "ignored unless state is changed";
 *   `labels` replaces the set.
 * - `GET /repos/{o}/{r}/labels/{name}` → 200/404; `POST /repos/{o}/{r}/labels` `{name, color?,
 *   description?}` → 201, 422 when it exists (`already_exists` as the error code is UNVERIFIED).
 * Permission: "Issues" (read for GET, write otherwise; github/docs#44656), classic scope `repo`; the
 * workflow's GITHUB_TOKEN with `permissions: issues: write` can do all of it.
 */
import type { GitHubCall } from './github.js';
import { isoSeconds, type StoredIssue, type StoredLabel } from './github-state.js';
import type { EmulatorResponse } from './types.js';

const DOCS = 'https://docs.github.com/rest/issues';
const ROUTE = /^\/repos\/([^/]+)\/([^/]+)\/(issues|labels)(?:\/([^/]+))?$/;
const STATE_REASONS = ['completed', 'not_planned', 'duplicate', 'reopened', null];

type Repo = NonNullable<ReturnType<GitHubCall['state']['repo']>>;

function labelJson(l: StoredLabel): Record<string, unknown> {
  return { id: l.id, name: l.name, color: l.color, description: l.description, default: false };
}

function issueJson(call: GitHubCall, repo: Repo, i: StoredIssue): Record<string, unknown> {
  const url = `${call.ctx.urls.github}/repos/${repo.fullName}/issues/${i.number}`;
  return {
    id: repo.id * 1000 + i.number,
    number: i.number,
    url,
    html_url: `https://github.com/${repo.fullName}/issues/${i.number}`,
    title: i.title,
    body: i.body,
    state: i.state,
    state_reason: i.state_reason,
    labels: i.labels.map((name) => labelJson(repo.labels.find((l) => l.name === name)!)),
    assignees: i.assignees.map((login) => ({ login })),
    user: { login: 'github-actions[bot]' },
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    closed_at: i.closedAt,
  };
}

function ensureLabel(
  call: GitHubCall,
  repo: Repo,
  name: string,
  color = 'ededed',
  description: string | null = null,
): StoredLabel {
  const existing = repo.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
  if (existing) return existing;
  const label = { id: call.state.nextLabelId++, name, color, description };
  repo.labels.push(label);
  return label;
}

function labelNames(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return undefined;
  return value as string[];
}

function listIssues(call: GitHubCall, repo: Repo): EmulatorResponse {
  const state = call.req.query.get('state') ?? 'open';
  const wanted = (call.req.query.get('labels') ?? '')
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean);
  const issues = repo.issues
    .filter((i) => state === 'all' || i.state === state)
    .filter((i) => wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)))
    .sort((a, b) => b.number - a.number); // newest first, GitHub's default sort
  return {
    status: 200,
    headers: call.headers(call.tokenHeaders),
    body: issues.map((i) => issueJson(call, repo, i)),
  };
}

function createIssue(call: GitHubCall, repo: Repo, body: Record<string, unknown>): EmulatorResponse {
  const doc = `${DOCS}/issues#create-an-issue`;
  if (typeof body.title !== 'string' || body.title === '')
    return call.error(422, 'Invalid request.\n\n"title" wasn\'t supplied.', doc);
  const labels = body.labels === undefined ? [] : labelNames(body.labels);
  if (!labels)
    return call.error(
      422,
      "Invalid request.\n\nFor 'properties/labels', it is not an array of strings.",
      doc,
    );
  const now = isoSeconds(Date.now());
  const issue: StoredIssue = {
    number: repo.issues.length + 1,
    title: body.title,
    body: typeof body.body === 'string' ? body.body : null,
    state: 'open',
    state_reason: null,
    // without push access GitHub drops the labels silently (REST "Create an issue")
    labels: call.info.push === false ? [] : labels.map((l) => ensureLabel(call, repo, l).name),
    assignees: labelNames(body.assignees) ?? [],
    createdAt: now,
    updatedAt: now,
    closedAt: null,
  };
  repo.issues.push(issue);
  const json = issueJson(call, repo, issue);
  return {
    status: 201,
    headers: call.headers({ ...call.tokenHeaders, location: String(json.url) }),
    body: json,
  };
}

function updateIssue(
  call: GitHubCall,
  repo: Repo,
  issue: StoredIssue,
  body: Record<string, unknown>,
): EmulatorResponse {
  const doc = `${DOCS}/issues#update-an-issue`;
  if (body.state !== undefined && body.state !== 'open' && body.state !== 'closed') {
    return call.error(422, 'Validation Failed', doc);
  }
  if (body.state_reason !== undefined && !STATE_REASONS.includes(body.state_reason as string | null)) {
    return call.error(422, 'Validation Failed', doc);
  }
  const labels = body.labels === undefined ? undefined : labelNames(body.labels);
  if (body.labels !== undefined && !labels) return call.error(422, 'Validation Failed', doc);
  const now = isoSeconds(Date.now());
  if (body.state !== undefined && body.state !== issue.state) {
    issue.state = body.state;
    issue.closedAt = issue.state === 'closed' ? now : null;
    issue.state_reason =
      (body.state_reason as string | null | undefined) ??
      (issue.state === 'closed' ? 'completed' : 'reopened');
  }
  if (typeof body.title === 'string') issue.title = body.title;
  if (body.body !== undefined) issue.body = typeof body.body === 'string' ? body.body : null;
  if (labels) issue.labels = labels.map((l) => ensureLabel(call, repo, l).name);
  issue.updatedAt = now;
  return { status: 200, headers: call.headers(call.tokenHeaders), body: issueJson(call, repo, issue) };
}

function labels(
  call: GitHubCall,
  repo: Repo,
  name: string | undefined,
  body: Record<string, unknown>,
): EmulatorResponse {
  const doc = `${DOCS}/labels#${name === undefined ? 'create-a-label' : 'get-a-label'}`;
  if (name !== undefined) {
    const label = repo.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
    if (call.req.method !== 'GET' || !label) return call.notFound(doc, call.tokenHeaders);
    return { status: 200, headers: call.headers(call.tokenHeaders), body: labelJson(label) };
  }
  if (call.req.method !== 'POST') return call.notFound(doc);
  if (typeof body.name !== 'string' || body.name === '') return call.error(422, 'Validation Failed', doc);
  if (repo.labels.some((l) => l.name.toLowerCase() === (body.name as string).toLowerCase())) {
    return {
      status: 422,
      headers: call.headers(call.tokenHeaders),
      body: {
        message: 'Validation Failed',
        errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
        documentation_url: doc,
        status: '422',
      },
    };
  }
  const color = typeof body.color === 'string' ? body.color.replace(/^#/, '') : undefined;
  const label = ensureLabel(
    call,
    repo,
    body.name,
    color,
    typeof body.description === 'string' ? body.description : null,
  );
  return { status: 201, headers: call.headers(call.tokenHeaders), body: labelJson(label) };
}

export function routeIssues(call: GitHubCall): EmulatorResponse | undefined {
  const m = ROUTE.exec(call.req.path);
  if (!m) return undefined;
  const [, owner, name, kind, member] = m;
  const doc = `${DOCS}/${kind}`;
  if (!call.repoVisible(owner, name)) return call.notFound(doc, call.tokenHeaders);
  const read = call.req.method === 'GET';
  const refused = call.refusal('issues', read ? 'read' : 'write', 'repo', doc);
  if (refused) return refused;
  const repo = call.state.repo(owner, name)!;
  if (!repo.issuesEnabled && kind === 'issues')
    return call.error(410, 'Issues are disabled for this repo', doc);
  let body: Record<string, unknown> = {};
  if (!read && call.req.body.length > 0) {
    try {
      body = call.req.json();
    } catch {
      return call.error(400, 'Problems parsing JSON', doc);
    }
  }
  if (kind === 'labels') return labels(call, repo, member, body);
  if (member === undefined) {
    if (read) return listIssues(call, repo);
    return call.req.method === 'POST' ? createIssue(call, repo, body) : call.notFound(doc);
  }
  const issue = repo.issues.find((i) => String(i.number) === member);
  if (!issue) return call.notFound(doc, call.tokenHeaders);
  if (read)
    return { status: 200, headers: call.headers(call.tokenHeaders), body: issueJson(call, repo, issue) };
  return call.req.method === 'PATCH' ? updateIssue(call, repo, issue, body) : call.notFound(doc);
}

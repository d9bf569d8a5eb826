/**
 * The alarm issue: a failed scheduled rotation opens (or updates) ONE open issue in the workflow's
 * repository, labelled `exo-cba`, per tenant and secret destination (a later failure rewrites its body
 * with the latest error); the next healthy run closes it as completed, saying so in the body. Only runs on `schedule` and `workflow_dispatch` take part (the rotation workflow's events; a
 * push or a pull request is someone at work, who reads the failed step), and only with a github-token.
 * The alarm never fails a run: without the "Issues" permission it warns once and gives up.
 *
 * The issue is found by a marker in its body, not by its label: GitHub silently drops the labels of an issue created
 * by a token without push access (REST "Create an issue": "Only users with push access can set labels"), and such a
 * token cannot create the label either; the alarm then works without one.
 */
import { errorMessage, type Logger } from '../action/log.js';
import { scrub } from '../action/scrub.js';
import {
  createIssue,
  ensureLabel,
  listOpenIssues,
  updateIssue,
  type OpenIssue,
  type Repository,
} from '../github/issues.js';
import { HttpClient } from '../http/client.js';
import type { Lineage } from '../keys/lineage.js';
import { failureOf } from '../github/failure.js';
import { escapeHtml } from './html.js';
import { lazyOctokit, type Octokit } from '../github/client.js';

export const ALARM_LABEL = 'exo-cba';
/** the events of a rotation nobody watches: a failure there must reach someone */
export const ALARM_EVENTS: ReadonlySet<string> = new Set(['schedule', 'workflow_dispatch']);

export interface AlarmSettings {
  secrets?: { token: string };
  tenantId: string;
  lineage: Lineage;
}

interface AlarmTarget {
  at: Repository;
  token: string;
  /** tells this tenant's and destination's issue from the others' (a matrix over tenants shares the label) */
  marker: string;
  runUrl: string;
}

/** The link to this run: GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID. */
export function runUrl(env: NodeJS.ProcessEnv): string {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return `${server}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`;
}

function alarmTarget(settings: AlarmSettings, env: NodeJS.ProcessEnv): AlarmTarget | undefined {
  if (!settings.secrets || !ALARM_EVENTS.has(env.GITHUB_EVENT_NAME ?? '')) return undefined;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) return undefined;
  return {
    at: { owner, repo },
    token: settings.secrets.token,
    marker: `<!-- exo-cba-alarm tenant=${settings.tenantId.toLowerCase()} lineage=${settings.lineage.id} -->`,
    runUrl: runUrl(env),
  };
}

/** Runs `work` with an Octokit on the one HTTP stack; any failure becomes one warning. */
async function withIssues(
  target: AlarmTarget,
  what: string,
  ctx: { env: NodeJS.ProcessEnv; log: Logger },
  work: (octokit: Octokit) => Promise<void>,
): Promise<void> {
  const { env, log } = ctx;
  const http = new HttpClient({ log });
  try {
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    await work(await lazyOctokit({ token: target.token, apiUrl, http, log })());
  } catch (error) {
    const status = failureOf(error)?.status;
    log.warning(
      `exo-cba could not ${what} its alarm issue in ${target.at.owner}/${target.at.repo}` +
        `${status ? ` (GitHub answered ${status})` : ''}: ${scrub(errorMessage(error))}. Give the github-token the ` +
        '"Issues" repository permission (write), or turn issues on in the repository, to be told by an issue when a ' +
        'scheduled rotation fails.',
    );
  } finally {
    http.close();
  }
}

const FAILURES = /<!-- failures=(\d+) -->/;

function failureCount(issue: OpenIssue | undefined): number {
  return Number(FAILURES.exec(issue?.body ?? '')?.[1] ?? 0);
}

/** The issue's body, rewritten on every failure: the latest failure, how to fix it, how often it failed. */
function alarmBody(settings: AlarmSettings, target: AlarmTarget, message: string, failures: number): string {
  return [
    target.marker,
    `<!-- failures=${failures} -->`,
    `exo-cba could not keep the Exchange Online certificate of tenant \`${settings.tenantId}\` (${settings.lineage.label}) up to date` +
      (failures > 1 ? ` — ${failures} failed runs in a row.` : '.'),
    '',
    `**What failed** ([the latest run](${target.runUrl})):`,
    '',
    `<pre>${escapeHtml(message)}</pre>`,
    '',
    '**How to fix it**: the message names the input, permission or service to fix (exo-cba’s docs/troubleshooting.md ' +
      'lists every message). Then run the rotation workflow again (Actions → the workflow → Run workflow). The next ' +
      'healthy scheduled or manual run closes this issue.',
  ].join('\n');
}

/** A failed run: open this tenant's alarm issue, or update the open one. */
export async function raiseAlarm(
  settings: AlarmSettings,
  message: string,
  ctx: { env: NodeJS.ProcessEnv; log: Logger },
): Promise<void> {
  const target = alarmTarget(settings, ctx.env);
  if (!target) return;
  const scrubbed = scrub(message);
  await withIssues(target, 'open or update', ctx, async (octokit) => {
    const [open] = await openAlarms(octokit, target);
    const body = alarmBody(settings, target, scrubbed, failureCount(open) + 1);
    if (open) {
      await updateIssue(octokit, target.at, open.number, { body });
      ctx.log.info(`Alarm issue #${open.number} updated with this failure.`);
      return;
    }
    const labelled = await ensureLabel(octokit, target.at, {
      name: ALARM_LABEL,
      color: 'd93f0b',
      description: 'exo-cba: a scheduled certificate rotation failed',
    }).then(
      () => true,
      () => false, // a token without push access may not create labels: the issue goes without one
    );
    const number = await createIssue(octokit, target.at, {
      title: `exo-cba: certificate rotation failed for tenant ${settings.tenantId}`,
      body,
      labels: labelled ? [ALARM_LABEL] : [],
    });
    ctx.log.info(`Alarm issue #${number} opened: a scheduled rotation failed.`);
  });
}

/** This tenant's and destination's open alarm issues: by label first, else among all open issues (a dropped label). */
async function openAlarms(octokit: Octokit, target: AlarmTarget): Promise<OpenIssue[]> {
  const mine = (issues: OpenIssue[]) => issues.filter((i) => i.body.includes(target.marker));
  const labelled = mine(await listOpenIssues(octokit, target.at, ALARM_LABEL));
  return labelled.length ? labelled : mine(await listOpenIssues(octokit, target.at));
}

/** A healthy run: close this tenant's open alarm issue as completed, saying which run healed it. */
export async function clearAlarm(
  settings: AlarmSettings,
  certificate: string,
  ctx: { env: NodeJS.ProcessEnv; log: Logger },
): Promise<void> {
  const target = alarmTarget(settings, ctx.env);
  if (!target) return;
  await withIssues(target, 'close', ctx, async (octokit) => {
    for (const issue of await openAlarms(octokit, target)) {
      const healed = `**Resolved**: [this run](${target.runUrl}) succeeded; the certificate ${certificate}.`;
      await updateIssue(octokit, target.at, issue.number, {
        body: `${healed}\n\n${issue.body}`,
        close: true,
      });
      ctx.log.info(`Alarm issue #${issue.number} closed: this run succeeded.`);
    }
  });
}

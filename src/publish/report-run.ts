/** The last phase of a run that provisions or rotates: the plan as it was made, then what the run did (or would do). */
import type { Logger, WarningRecorder } from '../action/log.js';
import type { ApplyResult } from '../apply/apply.js';
import type { ExpiryPolicy } from '../inputs/certificate.js';
import { describePlan, type Plan } from '../plan/plan.js';
import { clearAlarm, type AlarmSettings } from './alarm.js';
import { connectLine, type ConnectCredential } from './connect-line.js';
import { ExpiryError, judgeExpiry, type Expiry } from './expiry.js';
import { announceExpiry, setIdentityOutputs, setResultOutputs, type Identity } from './outputs.js';
import { writeDryRunSummary, writeSummary } from './summary.js';

/** Logs the plan and its notes; returns its lines for the dry run's summary. */
export function reportPlan(plan: Plan, log: Logger): string[] {
  const lines = describePlan(plan);
  log.info(`Plan:\n${lines.map((l) => `  ${l}`).join('\n')}`);
  for (const note of plan.notes) log.warning(note);
  return lines;
}

/** What the report says about the run, whichever identity ran it. */
export interface RunFacts {
  /** the app's display name as the tenant has it (an adopted app keeps its own) */
  appName: string;
  /** the tenant's GUID, organization and cloud; the app's IDs once known */
  identity: Omit<Identity, 'appId'> & { appId?: string };
  /** the Exchange permissions and directory roles the app is given */
  access: { permissions: string[]; roles: string[] };
  expiryPolicy: ExpiryPolicy;
  alarm: AlarmSettings;
  /** the run's logger: its warnings close the job summary */
  log: WarningRecorder;
  env: NodeJS.ProcessEnv;
  now: () => Date;
}

/** Fails the step, once everything else is done and published, when the certificate expires too soon. */
function failIfExpiring(expiry: Expiry | undefined): void {
  if (expiry?.level === 'error' && expiry.message) throw new ExpiryError(expiry.message);
}

/** A dry run changed nothing: the outputs of what exists, and the plan in the summary. */
export async function reportDryRun(
  facts: RunFacts,
  planLines: string[],
  input: { notAfter: Date; thumbprintSha1: string } | undefined,
): Promise<void> {
  const expiry =
    input &&
    judgeExpiry(input, {
      ...facts.expiryPolicy,
      rotated: false,
      now: facts.now(),
      cause: 'dry-run: true changes nothing',
    });
  if (expiry) announceExpiry(expiry);
  facts.log.info('dry-run: true — nothing was changed.');
  const { appId, ...identity } = facts.identity;
  if (appId) setIdentityOutputs({ ...identity, appId });
  setResultOutputs({ rotated: false, verified: 'unchanged', changed: false });
  await writeDryRunSummary(facts.appName, input, planLines, expiry, facts.log.warnings);
  failIfExpiring(expiry);
}

/** The outputs, the log's account of the changes, and the job summary. */
export async function reportRun(
  facts: RunFacts,
  plan: Plan,
  result: ApplyResult,
  credential: ConnectCredential,
): Promise<void> {
  const { log, env } = facts;
  const changed = result.changes.length > 0;
  const verified = result.verification?.method ?? (plan.tenantChanges ? 'none' : 'unchanged');
  const identity: Identity = {
    ...facts.identity,
    appId: result.appId,
    appObjectId: result.appObjectId,
    servicePrincipalId: result.servicePrincipalId ?? facts.identity.servicePrincipalId,
  };
  const expiry = judgeExpiry(result.certificate, {
    ...facts.expiryPolicy,
    rotated: result.rotated,
    now: facts.now(),
  });
  setIdentityOutputs(identity);
  announceExpiry(expiry);
  setResultOutputs({ rotated: result.rotated, verified, changed });
  if (changed) log.info(`Changed:\n${result.changes.map((c) => `  - ${c}`).join('\n')}`);
  else
    log.info(
      `Nothing changed: app ${result.appId} is set up; certificate ${result.certificate.thumbprintSha1} is valid until ${result.certificate.notAfter.toISOString()}.`,
    );
  // before the summary, so a warning of closing the alarm issue is listed in it
  if (expiry.level !== 'error')
    await clearAlarm(
      facts.alarm,
      `${result.certificate.thumbprintSha1} is valid until ${expiry.notAfter.toISOString()}`,
      {
        env,
        log,
      },
    );
  await writeSummary({
    access: facts.access,
    appName: facts.appName,
    identity,
    certificate: result.certificate,
    rotated: result.rotated,
    verified,
    verification: result.verification,
    changes: result.changes,
    secretsWritten: result.secretsWritten,
    expiry,
    warnings: log.warnings,
    connect: connectLine({ ...identity, credential, runnerOs: env.RUNNER_OS, stepId: env.GITHUB_ACTION }),
  });
  failIfExpiring(expiry);
}

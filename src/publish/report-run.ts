/** The run's last phase: the plan as it was made, then what the run did (or, in a dry run, would do). */
import type { Logger, WarningRecorder } from '../action/log.js';
import type { ApplyResult } from '../apply/apply.js';
import type { Settings } from '../inputs/inputs.js';
import type { ObservedState } from '../observe/observe.js';
import { describePlan, type Plan } from '../plan/plan.js';
import { clearAlarm } from './alarm.js';
import { connectLine, type ConnectCredential } from './connect-line.js';
import { ExpiryError, judgeExpiry, type Expiry } from './expiry.js';
import {
  announceExpiry,
  setIdentityOutputs,
  setResultOutputs,
  writeDryRunSummary,
  writeSummary,
  type Identity,
} from './report.js';

/** Logs the plan and its notes; returns its lines for the dry run's summary. */
export function reportPlan(plan: Plan, log: Logger): string[] {
  const lines = describePlan(plan);
  log.info(`Plan:\n${lines.map((l) => `  ${l}`).join('\n')}`);
  for (const note of plan.notes) log.warning(note);
  return lines;
}

export interface RunFacts {
  settings: Settings;
  observed: ObservedState;
  /** the tenant's GUID */
  tenantId: string;
  /** the run's logger: its warnings close the job summary */
  log: WarningRecorder;
}

/** The app's name as the tenant has it: an adopted app (app-id) keeps its own; exo-cba's own follows app-name. */
export function appDisplayName(facts: Pick<RunFacts, 'settings' | 'observed'>): string {
  return (facts.settings.appId && facts.observed.app?.displayName) || facts.settings.appName;
}

function identity(
  { settings, observed, tenantId }: RunFacts,
  ids: { appId: string; appObjectId?: string; servicePrincipalId?: string },
): Identity {
  return {
    appId: ids.appId,
    appObjectId: ids.appObjectId,
    servicePrincipalId: ids.servicePrincipalId,
    tenantId,
    organization: observed.organization,
    exchangeEnvironmentName: settings.cloud.exchangeEnvironmentName,
  };
}

/** Fails the step, once everything else is done and published, when the certificate expires too soon. */
function failIfExpiring(expiry: Expiry | undefined): void {
  if (expiry?.level === 'error' && expiry.message) throw new ExpiryError(expiry.message);
}

/** A dry run changed nothing: the outputs of what exists, and the plan in the summary. */
export async function reportDryRun(facts: RunFacts, planLines: string[]): Promise<void> {
  const { settings } = facts;
  const expiry =
    settings.certificate &&
    judgeExpiry(settings.certificate, {
      ...settings,
      rotated: false,
      now: new Date(),
      cause: 'dry-run: true changes nothing',
    });
  if (expiry) announceExpiry(expiry);
  const { observed } = facts;
  facts.log.info('dry-run: true — nothing was changed.');
  if (observed.app)
    setIdentityOutputs(
      identity(facts, {
        appId: observed.app.appId,
        appObjectId: observed.app.id,
        servicePrincipalId: observed.servicePrincipal?.id,
      }),
    );
  setResultOutputs({ rotated: false, verified: 'unchanged', changed: false });
  await writeDryRunSummary(facts.settings, planLines, expiry || undefined, facts.log.warnings);
  failIfExpiring(expiry || undefined);
}

/** The outputs, the log's account of the changes, and the job summary. */
export async function reportRun(
  facts: RunFacts,
  plan: Plan,
  result: ApplyResult,
  now: () => Date,
  credential: ConnectCredential | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const { log } = facts;
  const changed = result.changes.length > 0;
  const verified = result.verification?.method ?? (plan.tenantChanges ? 'none' : 'unchanged');
  const ids = identity(facts, result);
  const expiry = judgeExpiry(result.certificate, { ...facts.settings, rotated: result.rotated, now: now() });
  setIdentityOutputs(ids);
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
      facts.settings,
      `${result.certificate.thumbprintSha1} is valid until ${expiry.notAfter.toISOString()}`,
      { env, log },
    );
  await writeSummary({
    settings: facts.settings,
    appName: appDisplayName(facts),
    identity: ids,
    certificate: result.certificate,
    rotated: result.rotated,
    verified,
    verification: result.verification,
    changes: result.changes,
    secretsWritten: result.secretsWritten,
    expiry,
    warnings: facts.log.warnings,
    connect:
      credential && connectLine({ ...ids, credential, runnerOs: env.RUNNER_OS, stepId: env.GITHUB_ACTION }),
  });
  failIfExpiring(expiry);
}

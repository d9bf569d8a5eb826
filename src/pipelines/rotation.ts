/**
 * The one rotation pipeline the bootstrap and the rotate entry share: plan → (dry run: report and stop) → the
 * tenant's changes and the verification → the certificate handed to the job → secrets, pruning and the last
 * look at the run's key → the report. What differs — who signs in, what it may observe, which plan it makes,
 * what it checks before the first write — each entry prepares and passes in.
 */
import { ActionError } from '../action/errors.js';
import { applyChanges, applyPublication } from '../apply/apply.js';
import type { ApplyContext } from '../apply/context.js';
import type { IssuedCertificate } from '../certificate/certificate.js';
import type { RoleRequest } from '../inputs/app.js';
import type { Connection } from '../inputs/connection.js';
import type { VerificationSettings } from '../inputs/verification.js';
import type { Plan } from '../plan/plan.js';
import { handToJob } from '../publish/hand-over.js';
import { reportDryRun, reportPlan, reportRun, type RunFacts } from '../publish/report-run.js';
import type { Run } from './run.js';

/** The parts of the apply context and of the report's facts the run itself gives (its clock, log, HTTP stack). */
type FromRun = 'http' | 'clock' | 'log' | 'env' | 'now';

export interface PreparedRotation {
  plan: Plan;
  context: Omit<ApplyContext, FromRun>;
  facts: Omit<RunFacts, FromRun>;
  /** the certificate input: a dry run reports its expiry */
  input?: IssuedCertificate;
  dryRun: boolean;
  /** what only this identity checks before the first write; in a dry run, what it would refuse (returned) */
  check(mode: 'dry-run' | 'apply'): string | void;
}

/** What the verification of a new certificate needs from the settings: where to sign in, what to expect. */
export function verificationOf(
  settings: Connection & VerificationSettings,
  permissions: string[],
  roles: RoleRequest[],
): ApplyContext['verification'] {
  return {
    authorityHost: settings.authorityHost,
    exchangeEndpoint: settings.exchangeEndpoint,
    exchangeResource: settings.cloud.exchangeResource,
    permissions,
    roles,
    timeoutSeconds: settings.verifyTimeoutSeconds,
  };
}

export async function rotate(prepared: PreparedRotation, run: Run): Promise<void> {
  const { plan } = prepared;
  const { http, clock, log, env } = run;
  const context: ApplyContext = { ...prepared.context, http, clock, log };
  const facts: RunFacts = { ...prepared.facts, log, env, now: () => new Date(clock.now()) };
  const planLines = reportPlan(plan, run.log);
  if (prepared.dryRun) {
    const refused = prepared.check('dry-run');
    await reportDryRun(facts, planLines, prepared.input);
    // the dry run is the check the README tells admins to run: what the real run would be refused fails it
    if (refused)
      throw new ActionError(`dry-run: true — the real run would fail: ${refused}. Nothing was changed.`);
    return;
  }
  prepared.check('apply');
  const state = await applyChanges(plan, context);
  const credential = await handToJob(
    state.requireCertificate(),
    { installCertificate: false, pfxOutputs: true },
    run.env,
    run.log,
  );
  const result = await applyPublication(plan, state);
  await reportRun(facts, plan, result, credential);
}

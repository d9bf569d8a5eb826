/**
 * The one rotation pipeline the bootstrap and the rotate entry share: plan → (dry run: report and stop) → the
 * tenant's changes and the verification → the certificate handed to the job → secrets, pruning and the last
 * look at the run's key → the report. What differs — who signs in, what it may observe, which plan it makes,
 * what it checks before the first write — each entry prepares and passes in.
 */
import { applyChanges, applyPublication } from '../apply/apply.js';
import type { ApplyContext } from '../apply/context.js';
import type { IssuedCertificate } from '../certificate/certificate.js';
import type { Plan } from '../plan/plan.js';
import { handToJob } from '../publish/hand-over.js';
import { reportDryRun, reportPlan, reportRun, type RunFacts } from '../publish/report-run.js';
import type { Run } from './run.js';

export interface PreparedRotation {
  plan: Plan;
  context: ApplyContext;
  facts: RunFacts;
  /** the certificate input: a dry run reports its expiry */
  input?: IssuedCertificate;
  dryRun: boolean;
  /** what only this identity checks before the first write; in a dry run, what it would refuse */
  check(mode: 'dry-run' | 'apply'): void;
}

export async function rotate(prepared: PreparedRotation, run: Run): Promise<void> {
  const { plan, context, facts } = prepared;
  const planLines = reportPlan(plan, run.log);
  if (prepared.dryRun) {
    prepared.check('dry-run');
    return reportDryRun(facts, planLines, prepared.input);
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

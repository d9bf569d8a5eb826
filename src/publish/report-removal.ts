/** What a removal run tells the user: the plan, what it removed, what it left alone, and the job summary. */
import * as core from '@actions/core';
import type { Logger } from '../action/log.js';
import { writeJobSummary } from '../action/summary.js';
import { describeRemoval, type RemovalPlan } from '../plan/removal-plan.js';
import { escapeHtml as html } from './html.js';

/** Logs the plan and what stays; returns the plan's lines. */
export function reportRemovalPlan(plan: RemovalPlan, log: Logger): string[] {
  const lines = describeRemoval(plan);
  log.info(`Removal plan:\n${lines.map((l) => `  ${l}`).join('\n')}`);
  if (plan.kept.length)
    log.info(`Left alone (exo-cba did not create it):\n${plan.kept.map((k) => `  - ${k}`).join('\n')}`);
  return lines;
}

export async function reportRemoval(
  facts: { app: string; plan: RemovalPlan; planLines: string[]; changes?: string[] },
  log: Logger,
): Promise<void> {
  const { plan, changes } = facts;
  core.setOutput('changed', String(Boolean(changes?.length)));
  core.setOutput('rotated', 'false');
  if (!changes) log.info('dry-run: true — nothing was removed.');
  else if (changes.length) log.info(`Removed:\n${changes.map((c) => `  - ${c}`).join('\n')}`);
  else log.info('Nothing to remove: exo-cba left nothing here (an earlier removal took it away).');
  await writeJobSummary((summary) => {
    summary.addHeading(`Exchange Online app-only access — removal${changes ? '' : ' (dry run)'}`, 2);
    summary.addRaw(`<p>App <code>${html(facts.app)}</code>.</p>`);
    if (!changes)
      summary.addHeading('Plan (dry run — nothing was changed)', 3).addList(facts.planLines.map(html));
    else if (changes.length) summary.addHeading('Removed', 3).addList(changes.map(html));
    else summary.addRaw('<p>Nothing to remove: exo-cba left nothing here.</p>');
    if (plan.kept.length)
      summary.addHeading('Left alone (not created by exo-cba)', 3).addList(plan.kept.map(html));
    return summary;
  });
}

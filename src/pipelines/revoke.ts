/**
 * The revoke entry, for an emergency (a leaked certificate or token): the provisioning app disables the managed
 * app's service principal, so Entra issues no new token to it — certificate or federated — from that moment.
 * Tokens issued before stay valid until they expire; the run says how long, and how to restore the app.
 */
import * as core from '@actions/core';
import { ActionError } from '../action/errors.js';
import { writeJobSummary } from '../action/summary.js';
import { asProvisioningApp } from './clients.js';
import { getServicePrincipalByAppId, setServicePrincipalEnabled } from '../graph/service-principals.js';
import type { RevokeSettings } from '../inputs/settings.js';
import { escapeHtml as html } from '../publish/html.js';
import type { Run } from './run.js';

/**
 * How long tokens issued before the revoke may live: access tokens last 60–90 minutes ("a random value ranging
 * between 60-90 minutes (75 minutes on average)", Entra access-tokens.md), and continuous access evaluation for
 * workload identities covers only Microsoft Graph (concept-continuous-access-evaluation-workload.md), not Exchange.
 */
export const ISSUED_TOKENS_LIVE = 'up to 90 minutes (Entra issues app-only access tokens for 60–90 minutes)';

const REVOKE_BUDGET_SECONDS = 120;

export async function revoke(settings: RevokeSettings, run: Run): Promise<void> {
  const { session, graph } = await asProvisioningApp(settings, run, REVOKE_BUDGET_SECONDS);
  const sp = await getServicePrincipalByAppId(graph, settings.appId);
  if (!sp)
    throw new ActionError(
      `App ${settings.appId} has no service principal in tenant ${session.tenantId}: no token can be issued to it. ` +
        "Check the 'app-id' input (the managed app's client ID, secret EXO_APP_ID). Nothing was changed.",
    );
  const restore =
    'To restore the app once the leak is dealt with, run the bootstrap once with enable-app: true and force-rotate: ' +
    'true: it enables the app and replaces the leaked certificate (a plain bootstrap leaves a revoked app disabled).';
  const wasEnabled = sp.accountEnabled;
  if (wasEnabled && !settings.dryRun) await setServicePrincipalEnabled(graph, sp.id, false);
  const done = !wasEnabled
    ? `App ${sp.displayName} (${settings.appId}) was already disabled: Entra issues it no token.`
    : settings.dryRun
      ? `dry-run: true — app ${sp.displayName} (${settings.appId}) would be disabled; nothing was changed.`
      : `Disabled app ${sp.displayName} (${settings.appId}): from now on Entra issues it no token, with a certificate or a GitHub OIDC token.`;
  const lifetime = `Tokens issued to it before live ${ISSUED_TOKENS_LIVE}: Exchange Online accepts them until they expire.`;
  run.log.info(`${done}\n${lifetime}\n${restore}`);
  core.setOutput('changed', String(wasEnabled && !settings.dryRun));
  core.setOutput('service-principal-id', sp.id);
  await writeJobSummary((s) =>
    s
      .addHeading('Exchange Online app revoked', 2)
      .addRaw(`<p>${html(done)}</p>\n<p>${html(lifetime)}</p>\n<p>${html(restore)}</p>\n`),
  );
}

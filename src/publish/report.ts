/** What the user sees: outputs, the PFX file, the log lines and the job summary. Never a secret value. */
import * as core from '@actions/core';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { IssuedCertificate } from '../certificate/certificate.js';
import type { Settings } from '../inputs/inputs.js';
import type { VerificationResult } from '../verify/verify.js';
import { expiryLine, type Expiry } from './expiry.js';

import { STATE_PFX_PATH } from '../action/state-names.js';
import { escapeHtml as html } from './html.js';
import type { ConnectLine } from './connect-line.js';
import { connectSection, warningsSection } from './summary-sections.js';

/**
 * Writes the PFX under RUNNER_TEMP (mode 0600); the post step deletes it. Its path is saved for the
 * post step before the file exists, so a main step killed while or after writing it leaves the post
 * step what to delete.
 */
export function writePfxFile(certificate: IssuedCertificate, env: NodeJS.ProcessEnv = process.env): string {
  const dir = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), 'exo-cba-'));
  const path = join(dir, 'exchange-online.pfx');
  core.saveState(STATE_PFX_PATH, path);
  writeFileSync(path, Buffer.from(certificate.pfxBase64, 'base64'), { mode: 0o600 });
  chmodSync(path, 0o600);
  return path;
}

export interface Identity {
  appId: string;
  appObjectId?: string;
  servicePrincipalId?: string;
  tenantId: string;
  organization: string;
  exchangeEnvironmentName: string;
}

export function setIdentityOutputs(identity: Identity): void {
  core.setOutput('app-id', identity.appId);
  if (identity.appObjectId) core.setOutput('app-object-id', identity.appObjectId);
  if (identity.servicePrincipalId) core.setOutput('service-principal-id', identity.servicePrincipalId);
  core.setOutput('tenant-id', identity.tenantId);
  core.setOutput('organization', identity.organization);
  core.setOutput('exchange-environment-name', identity.exchangeEnvironmentName);
}

export function setCertificateOutputs(certificate: IssuedCertificate, path: string): void {
  core.setOutput('certificate-thumbprint', certificate.thumbprintSha1);
  core.setOutput('certificate-thumbprint-sha256', certificate.thumbprintSha256);
  core.setOutput('certificate-expires-on', certificate.notAfter.toISOString());
  core.setOutput('certificate-path', path);
  core.setOutput('certificate', certificate.pfxBase64);
  core.setOutput('certificate-password', certificate.password);
}

export type Verified = 'exchange' | 'token' | 'none' | 'unchanged';

export function setResultOutputs(result: { rotated: boolean; verified: Verified; changed: boolean }): void {
  core.setOutput('rotated', String(result.rotated));
  core.setOutput('verified', result.verified);
  core.setOutput('changed', String(result.changed));
}

export interface SummaryFacts {
  settings: Settings;
  /** the app's display name as the tenant has it (an adopted app keeps its own) */
  appName: string;
  identity: Identity;
  certificate: IssuedCertificate;
  rotated: boolean;
  verified: Verified;
  verification?: VerificationResult;
  changes: string[];
  secretsWritten: string[];
  planLines?: string[];
  expiry: Expiry;
  /** every warning the run logged */
  warnings: readonly string[];
  /** how a later step connects with the result */
  connect?: ConnectLine;
}

export function verificationText(verified: Verified, verification?: VerificationResult): string {
  switch (verified) {
    case 'exchange':
      return `Exchange Online accepted the certificate (${verification?.seconds ?? 0} s)`;
    case 'token':
      return (
        `Entra ID issued an Exchange token with the permissions (${verification?.seconds ?? 0} s)` +
        (verification?.fallbackReason
          ? `; the Exchange check was skipped: ${verification.fallbackReason}`
          : '')
      );
    case 'none':
      return 'not verified (verify: none)';
    case 'unchanged':
      return 'nothing changed, nothing to verify';
  }
}

/** The expiry's warning or error, where the summary's reader sees it first. */
function expiryAlert(expiry: Expiry): string {
  if (expiry.level === 'ok' || !expiry.message) return '';
  return `<p><strong>${expiry.level === 'error' ? 'Error' : 'Warning'}:</strong> ${expiry.message}</p>`;
}

export async function writeSummary(facts: SummaryFacts): Promise<void> {
  const { settings, identity, certificate } = facts;
  const summary = core.summary
    .addHeading('Exchange Online app-only access', 2)
    .addRaw(
      facts.changes.length
        ? `<p>${facts.changes.length} change(s) made.</p>`
        : '<p>Nothing changed: everything was already in place.</p>',
    )
    .addRaw(expiryAlert(facts.expiry))
    .addTable([
      [
        { data: 'What', header: true },
        { data: 'Value', header: true },
      ],
      ['App', `${html(facts.appName)} — client ID <code>${html(identity.appId)}</code>`],
      ['Tenant', `<code>${html(identity.tenantId)}</code>`],
      [
        'Organization',
        `<code>${html(identity.organization)}</code> (${html(identity.exchangeEnvironmentName)})`,
      ],
      ['Permissions', html(settings.permissions.join(', '))],
      ['Directory roles', html(settings.roles.map((r) => r.name).join(', '))],
      [
        'Certificate',
        `<code>${certificate.thumbprintSha1}</code>, ${expiryLine(facts.expiry)}` +
          (facts.rotated ? ' — <strong>new in this run</strong>' : ''),
      ],
      ['Verified', html(verificationText(facts.verified, facts.verification))],
      [
        'GitHub secrets written',
        facts.secretsWritten.length ? html(facts.secretsWritten.join(', ')) : 'none',
      ],
    ]);
  if (facts.changes.length) summary.addHeading('Changes', 3).addList(facts.changes.map(html));
  if (facts.planLines)
    summary.addHeading('Plan (dry run — nothing was changed)', 3).addList(facts.planLines.map(html));
  summary.addRaw(warningsSection(facts.warnings));
  if (facts.connect) summary.addRaw(connectSection(facts.connect));
  await summary.write();
}

export async function writeDryRunSummary(
  settings: Settings,
  planLines: string[],
  expiry: Expiry | undefined,
  warnings: readonly string[],
): Promise<void> {
  const certificate = settings.certificate;
  await core.summary
    .addHeading('Exchange Online app-only access — dry run', 2)
    .addRaw(expiry ? expiryAlert(expiry) : '')
    .addRaw(
      certificate && expiry
        ? `<p>Certificate <code>${certificate.thumbprintSha1}</code> (the certificate input): ${expiryLine(expiry)}.</p>`
        : '',
    )
    .addRaw(`<p>App <code>${html(settings.appUniqueName)}</code>: nothing was changed. The plan:</p>`)
    .addList(planLines.map(html))
    .addRaw(warningsSection(warnings))
    .write();
}

/** The expiry output and, when due, its annotation (the error's failed step is the caller's). */
export function announceExpiry(expiry: Expiry): void {
  core.setOutput('certificate-expires-in-days', String(expiry.days));
  if (expiry.level === 'warning' && expiry.message) core.warning(expiry.message);
  if (expiry.level === 'error' && expiry.message) core.error(expiry.message);
}

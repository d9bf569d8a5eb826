/** The job summary of a run that provisions or rotates: what it found, did and published. Never a secret value. */
import { writeJobSummary } from '../action/summary.js';
import type { IssuedCertificate } from '../certificate/certificate.js';
import type { VerificationResult } from '../verify/types.js';
import type { ConnectLine } from './connect-line.js';
import { expiryLine, type Expiry } from './expiry.js';
import { escapeHtml as html } from './html.js';
import type { Identity, Verified } from './outputs.js';
import { connectSection, warningsSection } from './summary-sections.js';

export interface SummaryFacts {
  /** the Exchange permissions and directory roles the app was given (names) */
  access: { permissions: string[]; roles: string[] };
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
  const { access, identity, certificate } = facts;
  await writeJobSummary((s) => {
    const summary = s
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
        ['Permissions', html(access.permissions.join(', '))],
        ['Directory roles', html(access.roles.join(', ') || 'none')],
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
    // the thumbprint has no secret of its own: it is derived from the certificate
    if (facts.secretsWritten.length)
      summary.addRaw(
        '<p>The thumbprint has no secret: a job gets it from the <code>use</code> entry (output ' +
          '<code>certificate-thumbprint</code>) or from the PFX — Linux: <code>openssl pkcs12 -in exo.pfx -passin ' +
          'env:EXO_CERTIFICATE_PASSWORD -nokeys | openssl x509 -noout -fingerprint -sha1</code>; Windows: ' +
          '<code>(New-Object System.Security.Cryptography.X509Certificates.X509Certificate2(' +
          '[Convert]::FromBase64String($env:EXO_CERTIFICATE), $env:EXO_CERTIFICATE_PASSWORD)).Thumbprint</code>.</p>\n',
      );
    if (facts.changes.length) summary.addHeading('Changes', 3).addList(facts.changes.map(html));
    if (facts.planLines)
      summary.addHeading('Plan (dry run — nothing was changed)', 3).addList(facts.planLines.map(html));
    summary.addRaw(warningsSection(facts.warnings));
    if (facts.connect) summary.addRaw(connectSection(facts.connect));
    return summary;
  });
}

export async function writeDryRunSummary(
  app: string,
  certificate: { thumbprintSha1: string } | undefined,
  planLines: string[],
  expiry: Expiry | undefined,
  warnings: readonly string[],
): Promise<void> {
  await writeJobSummary((s) =>
    s
      .addHeading('Exchange Online app-only access — dry run', 2)
      .addRaw(expiry ? expiryAlert(expiry) : '')
      .addRaw(
        certificate && expiry
          ? `<p>Certificate <code>${certificate.thumbprintSha1}</code> (the certificate input): ${expiryLine(expiry)}.</p>`
          : '',
      )
      .addRaw(`<p>App <code>${html(app)}</code>: nothing was changed. The plan:</p>`)
      .addList(planLines.map(html))
      .addRaw(warningsSection(warnings)),
  );
}

/** The step outputs: the app's identity, the certificate, and what the run did. Secret values are masked. */
import * as core from '@actions/core';
import type { IssuedCertificate } from '../certificate/certificate.js';
import type { Expiry } from './expiry.js';

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

/** The certificate's public facts and path; with `pfx`, also the PFX and its password (masked). */
export function setCertificateOutputs(certificate: IssuedCertificate, path: string, pfx: boolean): void {
  core.setOutput('certificate-thumbprint', certificate.thumbprintSha1);
  core.setOutput('certificate-thumbprint-sha256', certificate.thumbprintSha256);
  core.setOutput('certificate-expires-on', certificate.notAfter.toISOString());
  core.setOutput('certificate-path', path);
  if (!pfx) return;
  core.setOutput('certificate', certificate.pfxBase64);
  core.setOutput('certificate-password', certificate.password);
}

export type Verified = 'exchange' | 'token' | 'none' | 'unchanged';

export function setResultOutputs(result: { rotated: boolean; verified: Verified; changed: boolean }): void {
  core.setOutput('rotated', String(result.rotated));
  core.setOutput('verified', result.verified);
  core.setOutput('changed', String(result.changed));
}

/** The expiry output and, when due, its annotation (the error's failed step is the caller's). */
export function announceExpiry(expiry: Expiry): void {
  core.setOutput('certificate-expires-in-days', String(expiry.days));
  if (expiry.level === 'warning' && expiry.message) core.warning(expiry.message);
  if (expiry.level === 'error' && expiry.message) core.error(expiry.message);
}

/** What verification is asked to do, what an attempt can find, and how it ends. */
import { ActionError } from '../action/errors.js';
import type { HttpClient } from '../http/client.js';

export type VerifyMode = 'exchange' | 'token';
/** What a failed attempt was still waiting for. */
export type VerifyStage = 'key' | 'consent' | 'role';

export interface VerifyOptions {
  mode: VerifyMode;
  /** tenant GUID */
  tenantId: string;
  /** e.g. https://login.microsoftonline.com */
  authorityHost: string;
  /** client ID of the managed app */
  appId: string;
  /** the tenant's .onmicrosoft.com domain (anchor mailbox) */
  organization: string;
  /** base URL of Exchange Online, e.g. https://outlook.office365.com */
  exchangeEndpoint: string;
  /** token audience of Exchange Online, e.g. https://outlook.office365.com */
  exchangeResource: string;
  /** app role values that must be in the token's `roles`, e.g. ['Exchange.ManageAsApp'] */
  permissions: string[];
  /** directory roles that were requested (for messages) */
  roles: { name: string; templateId: string }[];
  certificate: {
    privateKeyPem: string;
    thumbprintSha256: string;
    certificatePem: string;
    thumbprintSha1: string;
  };
  timeoutSeconds: number;
  http: HttpClient;
}

export interface VerificationResult {
  /** how the certificate was verified: by Exchange itself, or by an Exchange token carrying the permissions */
  method: VerifyMode;
  seconds: number;
  attempts: number;
  /** why `verify: exchange` settled for `token` */
  fallbackReason?: string;
  /** for `exchange`: what Exchange answered yes to */
  proof?: string;
}

/** What one attempt found: done (possibly settling for the token check), or what it still waits for. */
export type Outcome =
  | {
      done: true;
      fallbackReason?: string;
      /** what Exchange answered yes to, e.g. `EXOModuleFile and Get-OrganizationConfig` */
      proof?: string;
      /** what the user may want to know about it */
      note?: string;
    }
  | { done: false; stage: 'key'; code?: number; text: string; cause: unknown }
  | { done: false; stage: 'consent'; missing: string[]; granted: string[] }
  | { done: false; stage: 'role'; status: number; text: string };
export type Done = Extract<Outcome, { done: true }>;
export type Waiting = Exclude<Outcome, { done: true }>;

/** Verification gave up: `stage` names what has not propagated, `observed` the last answer seen. */
export class VerificationError extends ActionError {
  constructor(
    readonly stage: VerifyStage,
    readonly observed: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'VerificationError';
  }
}

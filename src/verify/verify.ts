/**
 * Verification (DESIGN §6): exo-cba hands over a certificate only once Exchange accepts it. After a change,
 * Entra ID and Exchange take a while to see a new key, a new admin consent and a new directory role; until
 * they do, `Connect-ExchangeOnline` fails with AADSTS700027 or "The role assigned to application … isn't
 * supported in this scenario". This module waits that out, bounded by `verify-timeout`, and says exactly
 * what has not propagated when it gives up.
 *
 * Each attempt signs in as the managed app with the new certificate (fresh from Entra, never msal's cache),
 * checks the token's `roles`, and for `verify: exchange` runs `Get-OrganizationConfig` through the admin
 * REST API the ExchangeOnlineManagement module uses, with the same request shape.
 */
import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { aadstsCode, createTokenClient, type AccessToken } from '../auth/auth.js';
import { ActionError } from '../action/errors.js';
import type { HttpClient } from '../http/client.js';
import { NetworkError } from '../http/errors.js';
import type { HttpResponse } from '../http/request.js';
import { scrub } from '../action/scrub.js';

export type VerifyMode = 'exchange' | 'token';
/** What a failed attempt was still waiting for. */
export type VerifyStage = 'key' | 'consent' | 'role';

export interface VerifyLog {
  info(m: string): void;
  warning(m: string): void;
  debug(m: string): void;
}

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
  log?: VerifyLog;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export interface VerificationResult {
  /** how the certificate was verified: by Exchange itself, or by an Exchange token carrying the permissions */
  method: VerifyMode;
  seconds: number;
  attempts: number;
  /** why `verify: exchange` settled for `token` */
  fallbackReason?: string;
}

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

/**
 * Entra ID errors that mean "not replicated yet" right after a change: app not found (700016), key not
 * found (700027), credential not recognised (7000215), service principal missing (7000229). Any other
 * refusal (wrong tenant, disabled app, …) will not go away by waiting.
 */
export const REPLICATION_AADSTS = new Set([700016, 700027, 7000215, 7000229]);

export const FIRST_DELAY_MS = 2000;
export const MAX_DELAY_MS = 10_000;
const DELAY_FACTOR = 1.5;

/** The mailbox ExchangeOnlineManagement anchors app-only admin API calls to. */
export const APP_ONLY_ANCHOR = 'SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}';
const CMDLET = 'Get-OrganizationConfig';

type Outcome =
  | { done: true; fallbackReason?: string }
  | { done: false; stage: 'key'; code?: number; text: string; cause: unknown }
  | { done: false; stage: 'consent'; missing: string[]; granted: string[] }
  | { done: false; stage: 'role'; status: number; text: string };
type Waiting = Exclude<Outcome, { done: true }>;

const defaultLog: VerifyLog = {
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  debug: (m) => core.debug(m),
};
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Entra's own description from an msal error (`AADSTS700027: …`), without msal's "Error(s): … Description:"
 * prefix and the trace and correlation IDs that follow it.
 */
function entraText(error: unknown): string {
  const raw =
    (error as { errorMessage?: string })?.errorMessage ||
    (error instanceof Error ? error.message : String(error));
  const description = /AADSTS\d+:[\s\S]*/.exec(raw)?.[0] ?? raw;
  return scrub(description.split(/\r?\n|\s+Trace ID:|\s+-\s+Correlation ID:/)[0].trim());
}

/** What Exchange said: the OData error message, else the diagnostics header of a bare 401. */
function exchangeText(res: HttpResponse): string {
  const data = res.data as { error?: { code?: unknown; message?: unknown } } | string | undefined;
  if (data && typeof data === 'object' && data.error) {
    const code = typeof data.error.code === 'string' ? `${data.error.code}: ` : '';
    if (typeof data.error.message === 'string') return scrub(`${code}${data.error.message}`);
  }
  const reason = /reason="([^"]*)"/.exec(res.headers['x-ms-diagnostics'] ?? '')?.[1];
  if (reason) return scrub(reason);
  if (typeof data === 'string' && data.trim() !== '') return scrub(data.trim().slice(0, 300));
  return 'no error details in the response';
}

const list = (items: string[]) => (items.length ? items.join(', ') : '(none)');

export async function verifyCertificate(options: VerifyOptions): Promise<VerificationResult> {
  const log = options.log ?? defaultLog;
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const start = now();
  const deadline = start + options.timeoutSeconds * 1000;
  const exchangeBase = options.exchangeEndpoint.replace(/\/+$/, '');
  const roleNames = options.roles.map((r) => r.name);
  const roleLabel = roleNames.length ? `${roleNames.join(' / ')} role` : 'directory role';

  const client = createTokenClient({
    authorityHost: options.authorityHost,
    tenantId: options.tenantId,
    clientId: options.appId,
    credential: {
      kind: 'certificate',
      privateKeyPem: options.certificate.privateKeyPem,
      thumbprintSha256: options.certificate.thumbprintSha256,
      certificatePem: options.certificate.certificatePem,
    },
    http: options.http,
    // wall-clock bound on each token request's own retries (throttling), like the waits below
    deadline: Date.now() + options.timeoutSeconds * 1000,
  });

  const callExchange = async (token: AccessToken): Promise<Outcome> => {
    let res: HttpResponse;
    try {
      res = await options.http.request({
        method: 'POST',
        url: `${exchangeBase}/adminapi/beta/${encodeURIComponent(options.tenantId)}/InvokeCommand`,
        service: 'exchange',
        // What ExchangeOnlineManagement sends for an app-only InvokeCommand.
        headers: {
          authorization: `Bearer ${token.accessToken}`,
          'x-anchormailbox': `UPN:${APP_ONLY_ANCHOR}@${options.organization}`,
          'x-cmdletname': CMDLET,
          'x-clientapplication': 'ExoManagementModule',
          'x-responseformat': 'json',
          'x-serializationlevel': 'Partial',
          prefer: 'odata.maxpagesize=1000',
          'accept-charset': 'UTF-8',
          'client-request-id': randomUUID(),
        },
        json: { CmdletInput: { CmdletName: CMDLET, Parameters: {} } },
        deadline,
      });
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error;
      return { done: true, fallbackReason: `Exchange's admin API could not be reached: ${error.message}` };
    }
    if (res.status === 200) return { done: true };
    const text = exchangeText(res);
    if (res.status === 401 || res.status === 403)
      return { done: false, stage: 'role', status: res.status, text };
    return { done: true, fallbackReason: `Exchange's admin API answered ${res.status} (${text})` };
  };

  /** A sign-in failure that waiting will not cure (wrong tenant, disabled app, network). */
  const refusal = (error: unknown, code: number | undefined): VerificationError => {
    const text = entraText(error);
    const who = `app ${options.appId} with the new certificate (thumbprint ${options.certificate.thumbprintSha1})`;
    return new VerificationError(
      'key',
      text,
      code === undefined
        ? `Signing in ${who} failed: ${text}`
        : `Entra ID refused to sign in ${who}: ${text}\nThis is not a propagation delay, so exo-cba does not wait for it. ` +
            `Check the 'tenant-id' input and that app ${options.appId} exists and is enabled in that tenant.`,
      { cause: error },
    );
  };

  const attempt = async (): Promise<Outcome> => {
    let token: AccessToken;
    try {
      token = await client.acquire(options.exchangeResource, true);
    } catch (error) {
      const code = aadstsCode(error);
      if (code === undefined || !REPLICATION_AADSTS.has(code)) throw refusal(error, code);
      return { done: false, stage: 'key', code, text: entraText(error), cause: error };
    }
    const granted = Array.isArray(token.claims.roles) ? token.claims.roles.map(String) : [];
    const missing = options.permissions.filter((p) => !granted.includes(p));
    if (missing.length) return { done: false, stage: 'consent', missing, granted };
    if (options.mode === 'token') return { done: true };
    return callExchange(token);
  };

  const progress = (w: Waiting, seconds: number): string => {
    switch (w.stage) {
      case 'key':
        return `waiting for Entra ID to accept the new key: ${seconds} s so far (AADSTS${w.code})`;
      case 'consent':
        return `waiting for admin consent of ${w.missing.join(', ')} to reach tokens: ${seconds} s so far`;
      case 'role':
        return `waiting for Exchange to honour the ${roleLabel}: ${seconds} s so far (Exchange answered ${w.status})`;
    }
  };

  const timeout = (w: Waiting, seconds: number, attempts: number): VerificationError => {
    const head =
      `The new certificate (thumbprint ${options.certificate.thumbprintSha1}) was not verified within ` +
      `${options.timeoutSeconds} s ('verify-timeout'; ${attempts} attempts over ${seconds} s): `;
    // exo-cba publishes only after verification, so the user knows consumers still use what they had
    const raise =
      `or raise 'verify-timeout' (now ${options.timeoutSeconds}).\n` +
      'Nothing was published: no output, PFX file or GitHub secret carries this certificate, and the previous one, if any, stays in use.';
    switch (w.stage) {
      case 'key': {
        const observed = w.text;
        return new VerificationError(
          'key',
          observed,
          head +
            `Entra ID still refuses to sign in app ${options.appId} with it: the new key has not propagated.\n` +
            `Last answer from Entra ID: ${observed}\n` +
            `What to do: check that app ${options.appId} lists a certificate with thumbprint ${options.certificate.thumbprintSha1} ` +
            `(SHA-256 ${options.certificate.thumbprintSha256}) ` +
            `under Certificates & secrets; new keys usually propagate within minutes, so rerun the workflow later, ${raise}`,
          { cause: w.cause },
        );
      }
      case 'consent': {
        const observed = `roles in the token: ${list(w.granted)}`;
        return new VerificationError(
          'consent',
          observed,
          head +
            `Entra ID issues Exchange tokens for app ${options.appId} without ${w.missing.join(', ')}: the admin consent ` +
            `has not reached tokens.\nLast token: ${observed}\n` +
            `What to do: in the Entra admin center, Enterprise applications → ${options.appId} → Permissions must list ` +
            `${w.missing.join(', ')} of Office 365 Exchange Online as granted for the organization; consent usually reaches ` +
            `tokens within minutes, so rerun the workflow later, ${raise}`,
        );
      }
      case 'role': {
        const observed = `Exchange answered ${w.status}: ${w.text}`;
        return new VerificationError(
          'role',
          observed,
          head +
            `Entra ID accepts the certificate and the token carries ${list(options.permissions)}, but Exchange Online ` +
            `still refuses app ${options.appId}: the ${roleLabel} assignment has not reached Exchange.\n` +
            `Last answer: ${observed}\n` +
            `What to do: in the Entra admin center, Roles and administrators → ${roleNames[0] ?? 'the role'} → Assignments must ` +
            `list app ${options.appId}. Exchange picks up new role assignments more slowly than Entra ID (often many minutes), ` +
            `so rerun the workflow later, ${raise}`,
        );
      }
    }
  };

  let delay = FIRST_DELAY_MS;
  for (let attempts = 1; ; attempts++) {
    const outcome = await attempt();
    const elapsedMs = now() - start;
    const seconds = Math.round(elapsedMs / 1000);
    if (outcome.done) {
      const result: VerificationResult = {
        method: outcome.fallbackReason ? 'token' : options.mode,
        seconds: Math.round(elapsedMs / 100) / 10,
        attempts,
        ...(outcome.fallbackReason ? { fallbackReason: outcome.fallbackReason } : {}),
      };
      if (outcome.fallbackReason) {
        log.warning(
          `${outcome.fallbackReason.replace(/\.$/, '')}. That API is the undocumented one the ExchangeOnlineManagement module uses, so exo-cba ` +
            `verified the certificate by token instead: Entra ID accepts it and issues Exchange tokens with ` +
            `${list(options.permissions)}. Exchange's acceptance of the ${roleLabel} was not checked.`,
        );
      }
      log.info(
        `Verified the certificate (thumbprint ${options.certificate.thumbprintSha1}) by ${result.method === 'exchange' ? `Exchange (${CMDLET})` : 'Exchange token'} ` +
          `in ${result.seconds} s, ${attempts} attempt${attempts === 1 ? '' : 's'}.`,
      );
      return result;
    }
    log.info(progress(outcome, seconds));
    const remaining = deadline - now();
    if (remaining <= 0) throw timeout(outcome, seconds, attempts);
    await sleep(Math.min(delay, remaining));
    delay = Math.min(MAX_DELAY_MS, delay * DELAY_FACTOR);
  }
}

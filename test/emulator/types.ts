/** The contract between the emulator's HTTP plumbing (server.ts) and its services (oidc, entra, graph, exchange, github). */
import type { IncomingHttpHeaders } from 'node:http';
import type { KeyObject } from 'node:crypto';
import type { TenantState } from './state.js';
import type { JwtClaims } from './jwt.js';

export type ServiceName = 'oidc' | 'entra' | 'graph' | 'exchange' | 'github';
export const SERVICE_NAMES: ServiceName[] = ['oidc', 'entra', 'graph', 'exchange', 'github'];

export interface EmulatorRequest {
  service: ServiceName;
  method: string;
  /** path without query string, percent-decoded, e.g. `/v1.0/applications(uniqueName='x')` */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** the body parsed as JSON (throws on bad JSON: handlers answer 400) */
  json<T = unknown>(): T;
  /** the body parsed as application/x-www-form-urlencoded */
  form(): URLSearchParams;
}

export interface EmulatorResponse {
  status: number;
  headers?: Record<string, string>;
  /** objects are sent as JSON; strings and Buffers as they are */
  body?: unknown;
}

export type Handler = (req: EmulatorRequest) => EmulatorResponse | Promise<EmulatorResponse>;

/**
 * A hook that runs before the service: return a response to answer instead of the service (faults,
 * throttling), or undefined to let the request through. Hooks run in the order they were added.
 */
export type Interceptor = (
  req: EmulatorRequest,
) => EmulatorResponse | undefined | Promise<EmulatorResponse | undefined>;

export interface RequestLogEntry {
  service: ServiceName;
  method: string;
  path: string;
  query: string;
  status: number;
  /** epoch ms when the request arrived and when its response was finished */
  startedAt: number;
  endedAt: number;
  requestHeaders: IncomingHttpHeaders;
  /** parsed JSON or form body (tests assert on it; it may hold secrets — never print it) */
  requestBody?: unknown;
  responseBody?: unknown;
  /** which interceptor answered, if any */
  intercepted: boolean;
}

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  kid: string;
}

/** What every service gets: the tenant, the other services' URLs, the signing keys, token checks. */
/** The token audiences of Graph and Exchange in the emulated cloud (Entra issues, the services check). */
export interface CloudResources {
  graph: string;
  exchange: string;
  /**
   * Security & Compliance PowerShell's token resource: commercial `https://ps.compliance.protection.outlook.com`
   * (CIPP, go-exoscc, ScubaGear), GCC High and DoD `https://ps.compliance.protection.office365.us` (ScubaGear),
   * China the natural host (UNVERIFIED). Which service principal serves it: entra.ts `complianceOwner`.
   */
  compliance: string;
}

export interface EmulatorContext {
  state: TenantState;
  cloud: 'public' | 'usgov' | 'usgovdod' | 'china';
  resources: CloudResources;
  urls: Record<ServiceName, string>;
  /** GitHub's OIDC signing key (trusted by the Entra token service for issuer GITHUB_OIDC_ISSUER) */
  oidcKey: SigningKey;
  /** Entra's token signing key (trusted by Graph and Exchange) */
  entraKey: SigningKey;
  /**
   * Checks `Authorization: Bearer` on a request for a resource (`https://graph.microsoft.com`,
   * `https://outlook.office365.com`): signature, expiry, audience. Returns the token's claims, or the
   * 401 response the real service would give.
   */
  authenticate(
    req: EmulatorRequest,
    audiences: string[],
  ): { claims: JwtClaims } | { response: EmulatorResponse };
  /**
   * Runs the emulator's interceptors (faults, throttling) on a request a service unpacked itself, e.g.
   * one request of a Graph `$batch`: the response to answer instead, or undefined to let it through.
   */
  intercept?(req: EmulatorRequest): Promise<EmulatorResponse | undefined>;
}

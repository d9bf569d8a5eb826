/**
 * What every Graph route module shares: the call and caller types, Graph's standard answers (403, 404,
 * 400, 405) and the ways an application is addressed in a URL (`/applications/{id}`,
 * `/applications(appId='…')`, `/applications(uniqueName='…')`).
 */
import { odataError } from './odata.js';
import type { Application, TenantState } from './state.js';
import type { EmulatorResponse } from './types.js';

/** One Graph request, direct or from a `$batch`: path relative to `/v1.0`, header names lower-case. */
export interface GraphCall {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
}

/** Who calls: the token's application permissions, the caller's service principal and its appId. */
export interface Caller {
  roles: string[];
  servicePrincipalId: string | undefined;
  /** the token's `appid`: lets an app act on itself (addKey, self-read) */
  appId?: string;
}

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An OData key literal: `'value'` with `''` for a quote. */
export const LITERAL = `'((?:[^']|'')*)'`;
export const unquote = (s: string) => s.replace(/''/g, "'");

export const ok = (status: number, body?: unknown): EmulatorResponse => ({ status, body });
export const denied = () =>
  odataError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
export const notFound = (key: string) =>
  odataError(
    404,
    'Request_ResourceNotFound',
    `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`,
  );
export const badRequest = (message: string) => odataError(400, 'Request_BadRequest', message);
export const methodNotAllowed = () =>
  odataError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request uri.');
export const emptyPayload = () => odataError(400, 'BadRequest', 'Empty Payload. JSON content expected.');

export function withDetails(response: EmulatorResponse, details: Record<string, string>[]): EmulatorResponse {
  (response.body as { error: Record<string, unknown> }).error.details = details;
  return response;
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `Prefer: create-if-missing` (Graph's upsert switch). */
export const wantsUpsert = (call: GraphCall) =>
  /(^|[,;\s])create-if-missing($|[,;\s])/i.test(call.headers.prefer ?? '');

/** An application addressed at the start of a path, and the rest of the path after it. */
export interface AddressedApplication {
  app: Application | undefined;
  /** the key as the URL gave it (for 404 messages) */
  key: string;
  rest: string;
}

const APPLICATION_PREFIX = new RegExp(
  `^/applications(?:/([^/()]+)|\\((appId|uniqueName)=${LITERAL}\\))(/.*)?$`,
  'i',
);

/** Resolves `/applications/{id}…`, `/applications(appId='…')…` or `/applications(uniqueName='…')…`. */
export function addressApplication(state: TenantState, path: string): AddressedApplication | undefined {
  const m = APPLICATION_PREFIX.exec(path);
  if (!m) return undefined;
  const rest = m[4] ?? '';
  if (m[1] !== undefined) return { app: state.applications.get(m[1]), key: m[1], rest };
  const key = unquote(m[3]);
  const app =
    m[2].toLowerCase() === 'appid' ? state.applicationByAppId(key) : state.applicationByUniqueName(key);
  return { app, key, rest };
}

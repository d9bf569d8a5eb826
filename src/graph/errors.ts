/** Graph error responses as errors a user can act on: OData code, message, request id, and for a 403 the permission to grant. */
import { ActionError } from '../action/errors.js';
import { scrub } from '../action/scrub.js';
import type { HttpResponse } from '../http/request.js';

/** What to do about a 403 from Graph: name the application permission and how to grant it. */
export function forbiddenHint(permission: string): string {
  return (
    `The provisioning app lacks the Microsoft Graph application permission ${permission}. ` +
    `Grant it: Entra admin center → App registrations → <provisioning app> → API permissions → Add a permission → ` +
    `Microsoft Graph → Application permissions → ${permission}, then 'Grant admin consent'.`
  );
}

interface ODataErrorBody {
  error?: {
    code?: unknown;
    message?: unknown;
    innerError?: Record<string, unknown>;
    innererror?: Record<string, unknown>;
  };
}

/** A Graph call answered with an error status; the message is safe to show (scrubbed). */
export class GraphError extends ActionError {
  readonly status: number;
  /** OData error code, e.g. `Authorization_RequestDenied`, `Request_ResourceNotFound`; '' when the body was not OData. */
  readonly code: string;
  readonly innerCode?: string;
  readonly graphMessage: string;
  readonly requestId?: string;
  readonly clientRequestId?: string;
  readonly date?: string;
  readonly method: string;
  readonly path: string;
  /** What the user should do, when the caller knows (also appended to `message`). */
  hint?: string;

  constructor(fields: {
    status: number;
    code: string;
    innerCode?: string;
    graphMessage: string;
    requestId?: string;
    clientRequestId?: string;
    date?: string;
    method: string;
    path: string;
  }) {
    const what = fields.code ? `${fields.status} ${fields.code}` : `${fields.status}`;
    const id = fields.requestId ? ` (request-id ${fields.requestId})` : '';
    super(`Graph ${fields.method} ${fields.path} failed: ${what}: ${fields.graphMessage}${id}`);
    this.name = 'GraphError';
    this.status = fields.status;
    this.code = fields.code;
    this.innerCode = fields.innerCode;
    this.graphMessage = fields.graphMessage;
    this.requestId = fields.requestId;
    this.clientRequestId = fields.clientRequestId;
    this.date = fields.date;
    this.method = fields.method;
    this.path = fields.path;
  }

  /** Appends what the user should do; returns this for `throw err.withHint(...)`. */
  withHint(hint: string): this {
    this.hint = this.hint ? `${this.hint} ${hint}` : hint;
    this.message = `${this.message}\n${hint}`;
    return this;
  }
}

/**
 * What to do about Graph error codes a user can fix, each with its source. A 403 is handled by
 * `forbiddenHint` (Authorization_RequestDenied "Insufficient privileges to complete the operation.", the body
 * many public clients quote; Graph docs "Microsoft Graph error responses").
 */
const CODE_HINTS: Record<string, string> = {
  // 400 "Credential lifetime exceeds the max value allowed as per assigned policy '<id>'." — observed for
  // password credentials (OfficeDev/microsoft-365-agents-toolkit aadAppClient.ts, Azure CLI output); that
  // certificates get the same code is UNVERIFIED.
  CredentialInvalidLifetimeAsPerAppPolicy:
    "The tenant's app management policy limits certificate lifetimes below 'certificate-validity-days'. Lower " +
    "certificate-validity-days to the policy's maximum (Entra admin center → Enterprise applications → App management " +
    'policies, or the tenant default policy), or grant the provisioning app Policy.Read.All so exo-cba reads the ' +
    'limit and refuses before any change.',
  // the sibling code for a credential type the policy blocks (same sources; UNVERIFIED for certificates)
  CredentialTypeNotAllowedAsPerAppPolicy:
    "The tenant's app management policy does not allow this credential type on the app; ask an admin to exempt " +
    'the app from the policy or to allow certificates.',
};

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Maps a Graph error response (OData body `{"error":{"code","message","innerError":{…}}}`) to a
 * GraphError. With `permission`, a 403 carries `forbiddenHint(permission)`.
 */
export function graphErrorFrom(
  res: Pick<HttpResponse, 'status' | 'headers' | 'data'>,
  ctx: { method: string; path: string; permission?: string },
): GraphError {
  let body: unknown = res.data;
  if (typeof body === 'string' && body.trimStart().startsWith('{')) {
    try {
      body = JSON.parse(body);
    } catch {
      // not JSON after all
    }
  }
  const error = typeof body === 'object' && body !== null ? (body as ODataErrorBody).error : undefined;
  const inner = error?.innerError ?? error?.innererror ?? {};
  const text = typeof body === 'string' ? body.trim() : '';
  const graphMessage =
    str(error?.message) ?? (text ? text.slice(0, 500) : 'no error details in the response');
  const err = new GraphError({
    status: res.status,
    code: str(error?.code) ?? '',
    innerCode: str(inner.code),
    graphMessage: scrub(graphMessage),
    requestId: str(inner['request-id']) ?? str(res.headers['request-id']),
    clientRequestId: str(inner['client-request-id']) ?? str(res.headers['client-request-id']),
    date: str(inner.date) ?? str(res.headers['date']),
    method: ctx.method.toUpperCase(),
    path: ctx.path,
  });
  if (res.status === 403 && ctx.permission) err.withHint(forbiddenHint(ctx.permission));
  const hint = CODE_HINTS[err.code];
  if (hint) err.withHint(hint);
  return err;
}

/** Graph's 400 for a create whose object exists already ("already exists" means the state is as wanted). */
export function isDuplicate(error: unknown, text: RegExp): boolean {
  return error instanceof GraphError && error.status === 400 && text.test(error.graphMessage);
}

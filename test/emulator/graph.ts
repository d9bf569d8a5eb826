/**
 * Microsoft Graph v1.0 as the action uses it: bearer tokens from the emulator's Entra,
 * permissions from the token's `roles`, OData bodies and errors, and JSON batching (`POST /v1.0/$batch`)
 * where every inner request is authorized, faulted and replicated like a direct one.
 */
import { randomUUID } from 'node:crypto';
import { GraphRoutes, type Caller } from './graph-routes.js';
import { addressApplication } from './graph-http.js';
import { odataError } from './odata.js';
import type { EmulatorContext, EmulatorRequest, EmulatorResponse, Handler } from './types.js';
import type { JwtClaims } from './jwt.js';

export const GRAPH_RESOURCE = 'https://graph.microsoft.com';
const JSON_TYPE =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
const BATCH_LIMIT = 20;

type Headers = Record<string, string>;

function lowerHeaders(headers: Record<string, unknown>): Headers {
  const result: Headers = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined)
      result[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return result;
}

function caller(ctx: EmulatorContext, claims: JwtClaims): Caller {
  const roles = Array.isArray(claims.roles) ? claims.roles.map(String) : [];
  const byOid = typeof claims.oid === 'string' ? ctx.state.servicePrincipals.get(claims.oid) : undefined;
  const sp =
    byOid ?? (typeof claims.appid === 'string' ? ctx.state.servicePrincipalByAppId(claims.appid) : undefined);
  const appId = typeof claims.appid === 'string' ? claims.appid : undefined;
  return { roles, servicePrincipalId: sp?.id, appId };
}

/** Sets the ids Graph puts on every answer, in the headers and in an error's innerError. */
function stamp(response: EmulatorResponse, requestId: string, clientRequestId: string): EmulatorResponse {
  const headers: Headers = {
    ...(response.headers ?? {}),
    'request-id': requestId,
    'client-request-id': clientRequestId,
  };
  const body = response.body as { error?: { innerError?: Record<string, string> } } | undefined;
  if (body?.error?.innerError) {
    body.error.innerError['request-id'] = requestId;
    body.error.innerError['client-request-id'] = clientRequestId;
  }
  if (response.body !== undefined && typeof response.body === 'object' && !Buffer.isBuffer(response.body)) {
    headers['content-type'] ??= JSON_TYPE;
    headers['odata-version'] = '4.0';
  }
  return { ...response, headers };
}

const invalidJson = () =>
  odataError(
    400,
    'BadRequest',
    'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
  );

/** Canonical header names in batch responses, as Graph writes them. */
function batchHeaders(headers: Headers | undefined): Headers {
  const result: Headers = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower === 'content-type') result['Content-Type'] = value;
    else if (lower === 'retry-after') result['Retry-After'] = value;
    else if (lower === 'location') result.Location = value;
  }
  return result;
}

interface BatchItem {
  id: string;
  method: string;
  url: string;
  headers: Headers;
  body: unknown;
  dependsOn: string[];
}

function parseBatch(body: unknown): BatchItem[] | string {
  const requests = (body as { requests?: unknown } | null)?.requests;
  if (!Array.isArray(requests)) return 'Invalid batch payload format.';
  if (requests.length === 0) return 'Batch request must contain at least one request.';
  if (requests.length > BATCH_LIMIT)
    return `The number of requests in a batch exceeds the limit of ${BATCH_LIMIT}.`;
  const items: BatchItem[] = [];
  for (const r of requests as unknown[]) {
    const req = r as Record<string, unknown>;
    if (typeof req?.id !== 'string' || req.id === '') return 'Each batch request must have a string id.';
    if (items.some((i) => i.id === req.id)) return `Batch request id '${req.id}' is not unique.`;
    if (typeof req.method !== 'string' || typeof req.url !== 'string') {
      return `Batch request '${req.id}' must have a method and a url.`;
    }
    if (/^[a-z]+:/i.test(req.url))
      return `Batch request '${req.id}' must use a url relative to the version, e.g. /me.`;
    const dependsOn = req.dependsOn === undefined ? [] : req.dependsOn;
    if (!Array.isArray(dependsOn) || dependsOn.some((d) => !items.some((i) => i.id === d))) {
      return `Batch request '${req.id}' depends on a request that is not earlier in the batch.`;
    }
    items.push({
      id: req.id,
      method: req.method.toUpperCase(),
      url: req.url,
      headers: lowerHeaders((req.headers as Record<string, unknown>) ?? {}),
      body: req.body,
      dependsOn: dependsOn.map(String),
    });
  }
  return items;
}

export function createGraphService(ctx: EmulatorContext): Handler {
  const routes = new GraphRoutes(ctx);
  /** when each application was last written, for `appWriteSpacingMs` */
  const lastWrite = new Map<string, number>();

  const batch = async (req: EmulatorRequest, who: Caller, outer: Headers): Promise<EmulatorResponse> => {
    let payload: unknown;
    try {
      payload = req.json();
    } catch {
      return invalidJson();
    }
    const items = parseBatch(payload);
    if (typeof items === 'string') return odataError(400, 'BadRequest', items);
    const responses: { id: string; status: number; headers: Headers; body?: unknown }[] = [];
    for (const item of items) {
      const failed = item.dependsOn.find((d) => (responses.find((r) => r.id === d)?.status ?? 0) >= 400);
      let response: EmulatorResponse;
      if (failed) {
        response = odataError(
          424,
          'FailedDependency',
          `Request '${item.id}' depends on request '${failed}', which failed.`,
        );
      } else if (item.body !== undefined && !item.headers['content-type']) {
        response = odataError(
          400,
          'BadRequest',
          `Write request id : ${item.id} does not contain Content-Type header or body.`,
        );
      } else {
        const url = new URL(
          `https://graph.microsoft.com/v1.0${item.url.startsWith('/') ? '' : '/'}${item.url}`,
        );
        const bodyBuffer = Buffer.from(item.body === undefined ? '' : JSON.stringify(item.body));
        const inner: EmulatorRequest = {
          service: 'graph',
          method: item.method,
          path: decodeURIComponent(url.pathname),
          query: url.searchParams,
          headers: { ...item.headers, authorization: outer.authorization },
          body: bodyBuffer,
          json: <T>() => JSON.parse(bodyBuffer.toString('utf8')) as T,
          form: () => new URLSearchParams(bodyBuffer.toString('utf8')),
        };
        // Faults and throttling rules apply to batched requests too, each on its own.
        const intercepted = ctx.intercept ? await ctx.intercept(inner) : undefined;
        if (intercepted?.status === 0) return { status: 0 };
        response =
          intercepted ??
          routes.dispatch(
            {
              method: item.method,
              path: inner.path.slice('/v1.0'.length),
              query: url.searchParams,
              headers: inner.headers as Headers,
              body: item.body,
            },
            who,
          );
      }
      const id = randomUUID();
      response = stamp(response, id, id);
      responses.push({
        id: item.id,
        status: response.status,
        headers: batchHeaders(response.headers),
        ...(response.body === undefined ? {} : { body: response.body }),
      });
    }
    return { status: 200, body: { responses } };
  };

  return async (req) => {
    const headers = lowerHeaders(req.headers);
    const requestId = randomUUID();
    const clientRequestId = headers['client-request-id'] ?? requestId;
    const answer = (response: EmulatorResponse) =>
      response.status === 0 ? response : stamp(response, requestId, clientRequestId);

    if (!req.path.startsWith('/v1.0/')) {
      const version = req.path.split('/')[1] ?? '';
      return answer(odataError(400, 'BadRequest', `Invalid version: ${version}`));
    }
    const auth = ctx.authenticate(req, [ctx.resources.graph]);
    if ('response' in auth) return answer(auth.response);
    const who = caller(ctx, auth.claims);
    const path = req.path.slice('/v1.0'.length);

    if (path === '/$batch') {
      return answer(
        req.method === 'POST'
          ? await batch(req, who, headers)
          : odataError(
              405,
              'Request_BadRequest',
              'Specified HTTP method is not allowed for the request uri.',
            ),
      );
    }
    let body: unknown;
    if (req.body.length > 0) {
      try {
        body = req.json();
      } catch {
        return answer(invalidJson());
      }
    }
    const refused = concurrentWrite(req.method, path);
    if (refused) return answer(refused);
    return answer(routes.dispatch({ method: req.method, path, query: req.query, headers, body }, who));
  };

  /**
   * Entra refuses writes to one application made too close together: `409 Directory_ConcurrencyViolation`,
   * "Error due to concurrent requests being made to the tenant. Please wait briefly and retry." (observed on
   * application credential writes, nais/azurerator#448; Entra documents 409 concurrency detection for credential
   * writes under one parent, workload-identity-federation-considerations.md). With `state.appWriteSpacingMs` set,
   * a write to an application within that many ms of the previous one is refused so.
   */
  function concurrentWrite(method: string, path: string): EmulatorResponse | undefined {
    const spacing = ctx.state.appWriteSpacingMs;
    if (!spacing || method === 'GET') return undefined;
    const app = addressApplication(ctx.state, path)?.app;
    if (!app) return undefined;
    const now = Date.now();
    const last = lastWrite.get(app.id);
    lastWrite.set(app.id, now);
    if (last === undefined || now - last >= spacing) return undefined;
    return odataError(
      409,
      'Directory_ConcurrencyViolation',
      'Error due to concurrent requests being made to the tenant. Please wait briefly and retry.',
    );
  }
}

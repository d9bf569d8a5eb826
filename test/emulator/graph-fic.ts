/**
 * Federated identity credentials on any application: list, create, get, update, upsert by name, delete.
 *
 * Sources (Graph v1.0 docs application-list/post-federatedidentitycredentials,
 * federatedidentitycredential-get/update/upsert/delete, resources/federatedidentitycredential; Entra's
 * federated-credential-configuration-considerations include):
 * - POST 201 + the object; PATCH by id or name 204; `PATCH …/federatedIdentityCredentials(name='…')` with
 *   `Prefer: create-if-missing` 201 when new, 204 when it exists (without the header: an update, 404 if
 *   missing); DELETE 204.
 * - name: 3–120 characters, alphanumeric, dash or underscore, starting alphanumeric; immutable.
 *   issuer, subject, description ≤ 600; audiences exactly one value ≤ 600; at most 20 per app.
 * - Duplicate name: 409 Request_MultipleObjectsWithSameKeyValue "FederatedIdentityCredential with name X
 *   already exists." (Azure/azure-dev#1482). Duplicate issuer+subject: 400
 *   InvalidFederatedIdentityCredentialValue (Azure/azure-workload-identity#434).
 * - The invalid-name and audience texts are the documented managed-identity (ARM) ones; the 21st
 *   credential's and the immutable-name texts are the emulator's own (no public wording found).
 * - Permissions: Application.Read.All (or OwnedBy / All) to read; OwnedBy as owner, or All, to write.
 */
import { randomUUID } from 'node:crypto';
import {
  addressApplication,
  badRequest,
  denied,
  emptyPayload,
  isObject,
  LITERAL,
  methodNotAllowed,
  notFound,
  ok,
  unquote,
  wantsUpsert,
  type Caller,
  type GraphCall,
} from './graph-http.js';
import { mayWrite, permitted } from './graph-permissions.js';
import { GRAPH_METADATA } from './graph-shapes.js';
import { odataError } from './odata.js';
import type { Application, FederatedIdentityCredential } from './state.js';
import type { EmulatorContext, EmulatorResponse } from './types.js';

const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{2,119}$/;
export const MAX_FEDERATED_CREDENTIALS = 20;
const MAX_LENGTH = 600;
const TAIL = new RegExp(`^/federatedIdentityCredentials(?:/([^/()]+)|\\(name=${LITERAL}\\))?$`, 'i');

/**
 * A credential as Graph v1.0 lists it. A flexible credential is documented on beta only; whether v1.0 lists its
 * `claimsMatchingExpression` is not public, so `state.v1ListsClaimsExpression` plays both answers (the subject is
 * null either way).
 */
export function federatedCredentialJson(
  f: FederatedIdentityCredential,
  listsExpression = true,
): Record<string, unknown> {
  return {
    id: f.id,
    name: f.name,
    issuer: f.issuer,
    subject: f.subject,
    ...(f.claimsMatchingExpression && listsExpression
      ? { claimsMatchingExpression: { ...f.claimsMatchingExpression } }
      : {}),
    description: f.description ?? null,
    audiences: [...f.audiences],
  };
}

/** Checks the writable properties present in `body` against Graph's rules and the app's other credentials. */
function validate(
  app: Application,
  body: Record<string, unknown>,
  current: FederatedIdentityCredential | undefined,
): EmulatorResponse | undefined {
  for (const name of ['issuer', 'subject', 'description'] as const) {
    const v = body[name];
    if (v === undefined || (name === 'description' && v === null)) continue;
    if (typeof v !== 'string' || v.trim() === '' || v.length > MAX_LENGTH) {
      return badRequest(
        `Invalid value specified for property '${name}' of resource 'FederatedIdentityCredential'.`,
      );
    }
  }
  if (body.audiences !== undefined) {
    const a = body.audiences;
    if (!Array.isArray(a) || a.length !== 1 || typeof a[0] !== 'string' || a[0].length > MAX_LENGTH) {
      return badRequest('Federated identity credentials must have exactly one audience.');
    }
  }
  const issuer = (body.issuer as string | undefined) ?? current?.issuer;
  const subject = (body.subject as string | undefined) ?? current?.subject;
  if (
    app.federatedIdentityCredentials.some(
      (f) => f !== current && f.issuer === issuer && f.subject === subject,
    )
  ) {
    return odataError(
      400,
      'InvalidFederatedIdentityCredentialValue',
      `The combination of issuer and subject must be unique for the application. Issuer ${issuer} and Subject: ${subject} already exist. paramName: FederatedIdentityCredential.Subject, paramValue: ${subject}, objectType: Microsoft.Online.DirectoryServices.Application`,
    );
  }
  return undefined;
}

function create(app: Application, body: Record<string, unknown>, name: unknown): EmulatorResponse {
  if (typeof name !== 'string' || !NAME.test(name)) {
    return badRequest(`Federated Identity Credential name '${String(name)}' is invalid.`);
  }
  for (const required of ['issuer', 'subject', 'audiences']) {
    if (body[required] === undefined) {
      return badRequest(`Property '${required}' is required when creating a federated identity credential.`);
    }
  }
  if (app.federatedIdentityCredentials.some((f) => f.name.toLowerCase() === name.toLowerCase())) {
    return odataError(
      409,
      'Request_MultipleObjectsWithSameKeyValue',
      `FederatedIdentityCredential with name ${name} already exists.`,
    );
  }
  const invalid = validate(app, body, undefined);
  if (invalid) return invalid;
  if (app.federatedIdentityCredentials.length >= MAX_FEDERATED_CREDENTIALS) {
    return badRequest(
      `An application can have at most ${MAX_FEDERATED_CREDENTIALS} federated identity credentials.`,
    );
  }
  const fic: FederatedIdentityCredential = {
    id: randomUUID(),
    name,
    issuer: body.issuer as string,
    subject: body.subject as string,
    audiences: [...(body.audiences as string[])],
    description: typeof body.description === 'string' ? body.description : null,
    createdAt: Date.now(),
  };
  app.federatedIdentityCredentials.push(fic);
  return ok(201, {
    '@odata.context': `${GRAPH_METADATA}#applications('${app.id}')/federatedIdentityCredentials/$entity`,
    ...federatedCredentialJson(fic),
  });
}

function update(
  app: Application,
  fic: FederatedIdentityCredential,
  body: Record<string, unknown>,
): EmulatorResponse {
  if (body.name !== undefined && body.name !== fic.name) {
    return badRequest("Property 'name' is immutable: it can be set only when the credential is created.");
  }
  const invalid = validate(app, body, fic);
  if (invalid) return invalid;
  if (typeof body.issuer === 'string') fic.issuer = body.issuer;
  if (typeof body.subject === 'string') fic.subject = body.subject;
  if (Array.isArray(body.audiences)) fic.audiences = [...(body.audiences as string[])];
  if (body.description !== undefined) fic.description = (body.description as string | null) ?? null;
  // A changed credential reaches the token endpoint only after replication, like a new one.
  fic.createdAt = Date.now();
  return ok(204);
}

export function routeFederatedCredentials(
  ctx: EmulatorContext,
  call: GraphCall,
  caller: Caller,
): EmulatorResponse | undefined {
  const addressed = addressApplication(ctx.state, call.path);
  const m = addressed ? TAIL.exec(addressed.rest) : null;
  if (!addressed || !m) return undefined;
  const { app, key } = addressed;
  const read = call.method === 'GET';
  if (!read && !['POST', 'PATCH', 'DELETE'].includes(call.method)) return methodNotAllowed();
  if (!permitted(caller.roles, read ? 'application.read' : 'application.update')) return denied();
  if (!app || !ctx.state.replicated(app.createdAt, ctx.state.replication.objectMs)) return notFound(key);
  if (!read && !mayWrite(caller.roles, app.owners, caller.servicePrincipalId)) return denied();

  const byName = m[2] !== undefined ? unquote(m[2]) : undefined;
  const member = m[1] ?? byName;
  if (member === undefined) {
    if (call.method === 'GET') {
      return ok(200, {
        '@odata.context': `${GRAPH_METADATA}#applications('${app.id}')/federatedIdentityCredentials`,
        value: app.federatedIdentityCredentials.map((f) =>
          federatedCredentialJson(f, ctx.state.v1ListsClaimsExpression),
        ),
      });
    }
    if (call.method !== 'POST') return methodNotAllowed();
    if (!isObject(call.body)) return emptyPayload();
    return create(app, call.body, call.body.name);
  }
  // By id, or by name (an alternate key) in either addressing form.
  const fic = app.federatedIdentityCredentials.find(
    (f) => f.id === member || f.name.toLowerCase() === member.toLowerCase(),
  );
  switch (call.method) {
    case 'GET':
      return fic
        ? ok(200, {
            '@odata.context': `${GRAPH_METADATA}#applications('${app.id}')/federatedIdentityCredentials/$entity`,
            ...federatedCredentialJson(fic),
          })
        : notFound(member);
    case 'DELETE':
      if (!fic) return notFound(member);
      app.federatedIdentityCredentials.splice(app.federatedIdentityCredentials.indexOf(fic), 1);
      return ok(204);
    case 'PATCH':
      if (!isObject(call.body)) return emptyPayload();
      if (fic) return update(app, fic, call.body);
      if (byName !== undefined && wantsUpsert(call)) return create(app, call.body, byName);
      return notFound(member);
    default:
      return methodNotAllowed();
  }
}

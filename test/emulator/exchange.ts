/**
 * Exchange Online's admin REST API as the ExchangeOnlineManagement module calls it:
 * `POST /adminapi/beta/{tenant}/InvokeCommand` with `{"CmdletInput":{"CmdletName","Parameters"}}`, a bearer
 * token for `https://outlook.office365.com`, and `X-AnchorMailbox: UPN:SystemMailbox{…}@<org>` for app-only.
 *
 * It authorizes an app the way Exchange does: a valid token for this tenant whose `roles` carry
 * `Exchange.ManageAsApp`, and a directory role Exchange supports for app-only access held by the app's service
 * principal. Role assignments reach Exchange only after `state.replication.roleMs` (and must be in the token's
 * `wids` when it has that claim), which is what makes users see "The role assigned to application … isn't
 * supported in this scenario" right after setting things up.
 *
 * Also: the module's connect call `GET /adminapi/v1.0/{tenant}/EXOModuleFile` (the shape ScubaGear's
 * EXORestHelper.psm1 and CIPP's New-ExoRequest.ps1 read: `value[].fileName/fileContent/exportedCmdlets`),
 * role-dependent cmdlets (exchange-cmdlets.ts), and a regional redirect (exchange-region.ts).
 */
import { randomUUID } from 'node:crypto';
import { exportedCmdlets, findCmdlet, mayRun, type Held } from './exchange-cmdlets.js';
import { roleGroupsOf } from './exchange-rbac.js';
import { missingAffinity, regionalRedirect } from './exchange-region.js';
import { DIRECTORY_ROLES, EXCHANGE_APP_ID } from './state.js';
import type { EmulatorContext, EmulatorRequest, EmulatorResponse, Handler } from './types.js';

export const EXCHANGE_RESOURCE = 'https://outlook.office365.com';
export const MANAGE_AS_APP = 'Exchange.ManageAsApp';
/** The system mailbox the module anchors app-only requests to. */
export const APP_ONLY_ANCHOR_MAILBOX = 'SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}';

/** Directory roles Exchange accepts for app-only access (Microsoft's app-only auth guide). */
export const EXCHANGE_APP_ONLY_ROLES: string[] = [
  'Global Administrator',
  'Exchange Administrator',
  'Exchange Recipient Administrator',
  'Global Reader',
  'Security Reader',
  'Security Administrator',
  'Compliance Administrator',
  'Helpdesk Administrator',
].map((name) => DIRECTORY_ROLES[name]);

/** Exchange's wording when the app holds no supported directory role (as the module prints it). */
export function roleNotSupportedMessage(appId: string): string {
  return (
    `The role assigned to application ${appId} isn't supported in this scenario. Please check online documentation ` +
    'for assigning correct Directory Roles to Azure AD Application for EXO App-Only Authentication.'
  );
}

const ROUTE = /^\/adminapi\/(beta|v1\.0)\/([^/]+)\/(InvokeCommand|EXOModuleFile)$/i;

/** The admin API's error body (an OData error whose innererror names the .NET exception). */
function exoError(
  status: number,
  code: string,
  message: string,
  type = 'Microsoft.Exchange.Admin.OData.Core.ODataServiceException',
): EmulatorResponse {
  return { status, body: { error: { code, message, innererror: { message, type, stacktrace: '' } } } };
}

/** Exchange's answer to a missing or invalid bearer token: 401, no body, the reason in headers. */
function invalidToken(reason: string): EmulatorResponse {
  return {
    status: 401,
    headers: {
      'www-authenticate':
        `Bearer client_id="${EXCHANGE_APP_ID}", trusted_issuers="00000001-0000-0000-c000-000000000000@*", ` +
        'token_types="app_asserted_user_v1 service_asserted_app_v1", error="invalid_token"',
      'x-ms-diagnostics': `2000001;reason="${reason}";error_category="invalid_token"`,
    },
  };
}

/** The app's identity and the supported directory roles Exchange sees for it, or the refusal. */
function authorize(
  ctx: EmulatorContext,
  req: EmulatorRequest,
  tenant: string,
  isThisTenant: (name: string) => boolean,
): { appId: string; held: Held } | EmulatorResponse {
  const { state } = ctx;
  const resource = ctx.resources.exchange;
  const auth = ctx.authenticate(req, [resource, `${resource}/`, EXCHANGE_APP_ID]);
  if ('response' in auth) return invalidToken('The token is invalid, expired or issued for another audience');
  const claims = auth.claims;
  if (!isThisTenant(tenant)) return exoError(404, 'NotFound', `The tenant '${tenant}' was not found.`);
  if (String(claims.tid ?? '').toLowerCase() !== state.tenantId.toLowerCase()) {
    return invalidToken('The token was issued for another tenant');
  }
  const appId = String(claims.appid ?? claims.azp ?? '');
  const roles = Array.isArray(claims.roles) ? claims.roles.map(String) : [];
  // The wording of this refusal is the emulator's: Exchange answers 401 when the token lacks the app role.
  if (!roles.includes(MANAGE_AS_APP)) {
    return exoError(
      401,
      'Unauthorized',
      `The token of application ${appId} does not carry the ${MANAGE_AS_APP} permission.`,
    );
  }
  const sp = state.servicePrincipals.get(String(claims.oid ?? ''));
  const wids = Array.isArray(claims.wids) ? claims.wids.map(String) : undefined;
  const held = sp ? state.directoryRoles(sp.id).filter((id) => !wids || wids.includes(id)) : [];
  const supported = held.filter((id) => EXCHANGE_APP_ONLY_ROLES.includes(id));
  // or role groups its service principal was added to in Exchange (exchange-rbac.ts)
  const groups = sp ? roleGroupsOf(state, sp.id) : [];
  if (supported.length === 0 && groups.length === 0)
    return exoError(401, 'Unauthorized', roleNotSupportedMessage(appId));

  const anchor = req.headers['x-anchormailbox'];
  if (typeof anchor === 'string' && anchor !== '') {
    // UPN/APP/SMTP name a mailbox of the organization; TID names the tenant (GOEXO's EXO anchor).
    const target = /^TID:/i.test(anchor) ? anchor.slice(4) : anchor.slice(anchor.lastIndexOf('@') + 1);
    if (!/^(UPN|APP|SMTP|TID):/i.test(anchor) || !isThisTenant(target)) {
      return exoError(
        400,
        'ErrorIncorrectRoutingHint',
        `The x-anchor mailbox '${anchor}' does not match the target of the request.`,
      );
    }
  }
  return { appId, held: { roles: supported, groups } };
}

const badRequest = (message: string, type = 'Microsoft.OData.ODataException') =>
  exoError(400, 'BadRequest', message, type);

export function createExchangeService(ctx: EmulatorContext): Handler {
  const { state } = ctx;
  const organizationGuid = randomUUID();

  /** Tenant GUID or one of its verified domains, as the path and the anchor mailbox may name it. */
  const isThisTenant = (name: string) =>
    name.toLowerCase() === state.tenantId.toLowerCase() ||
    state.organization.verifiedDomains.some((d) => d.name.toLowerCase() === name.toLowerCase());

  function moduleFile(tenant: string, held: Held): EmulatorResponse {
    const cmdlets = exportedCmdlets(held);
    return {
      status: 200,
      body: {
        '@odata.context': `${ctx.urls.exchange}/adminapi/v1.0/${tenant}/$metadata#EXOModuleFile`,
        value: [
          {
            fileName: 'ExchangeOnline.psm1',
            // The real file is the generated module; its text is not modelled.
            fileContent: cmdlets.map((c) => `function ${c} { }`).join('\n'),
            exportedCmdlets: cmdlets.join(','),
          },
        ],
      },
    };
  }

  function invokeCommand(req: EmulatorRequest, tenant: string, held: Held): EmulatorResponse {
    let input: { CmdletInput?: { CmdletName?: unknown; Parameters?: unknown } };
    try {
      input = req.json();
    } catch {
      return badRequest('The request body is not valid JSON.');
    }
    const name = input?.CmdletInput?.CmdletName;
    if (typeof name !== 'string' || name === '') {
      return badRequest('The request body must be {"CmdletInput":{"CmdletName":"…","Parameters":{…}}}.');
    }
    const found = findCmdlet(name);
    if (!found) {
      return badRequest(
        `The term '${name}' is not recognized as the name of a cmdlet, function, script file, or operable program.`,
        'System.Management.Automation.CommandNotFoundException',
      );
    }
    const [cmdletName, cmdlet] = found;
    if (!mayRun(cmdlet, held)) {
      return exoError(401, 'Unauthorized', `User is not allowed to call ${cmdletName}`);
    }
    const parameters = input.CmdletInput?.Parameters;
    const result = cmdlet.run(
      state,
      organizationGuid,
      parameters && typeof parameters === 'object' ? (parameters as Record<string, unknown>) : {},
    );
    if (!Array.isArray(result)) return result;
    return {
      status: 200,
      body: {
        '@odata.context': `${ctx.urls.exchange}/adminapi/beta/${tenant}/$metadata#Collection(Exchange.GenericHashTable)`,
        '@adminapi.warnings': [],
        value: result,
      },
    };
  }

  return (req: EmulatorRequest): EmulatorResponse => {
    const route = ROUTE.exec(req.path);
    if (!route) return exoError(404, 'NotFound', `The resource '${req.path}' was not found.`);
    const [, version, tenant, operation] = route;
    const moduleFileCall = operation.toLowerCase() === 'exomodulefile';
    if (moduleFileCall ? version.toLowerCase() !== 'v1.0' : version.toLowerCase() !== 'beta') {
      return exoError(404, 'NotFound', `The resource '${req.path}' was not found.`);
    }
    const method = moduleFileCall ? 'GET' : 'POST';
    if (req.method !== method) {
      return exoError(
        405,
        'MethodNotAllowed',
        `The HTTP method '${req.method}' is not allowed for ${operation}.`,
      );
    }
    const redirect = regionalRedirect(state, req) ?? missingAffinity(state, req);
    if (redirect) return redirect;
    const authorized = authorize(ctx, req, tenant, isThisTenant);
    if ('status' in authorized) return authorized;
    return moduleFileCall ? moduleFile(tenant, authorized.held) : invokeCommand(req, tenant, authorized.held);
  };
}

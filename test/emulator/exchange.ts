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
 */
import { randomUUID } from 'node:crypto';
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

const INVOKE_COMMAND = /^\/adminapi\/beta\/([^/]+)\/InvokeCommand$/i;

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

export function createExchangeService(ctx: EmulatorContext): Handler {
  const { state } = ctx;
  const organizationGuid = randomUUID();

  /** Tenant GUID or one of its verified domains, as the path and the anchor mailbox may name it. */
  const isThisTenant = (name: string) =>
    name.toLowerCase() === state.tenantId.toLowerCase() ||
    state.organization.verifiedDomains.some((d) => d.name.toLowerCase() === name.toLowerCase());

  const cmdlets: Record<string, () => Record<string, unknown>[]> = {
    'Get-OrganizationConfig': () => [
      {
        Name: state.initialDomain,
        DisplayName: state.organization.displayName,
        Identity: state.initialDomain,
        Id: state.initialDomain,
        Guid: organizationGuid,
        ExchangeObjectId: organizationGuid,
        IsDehydrated: false,
        OAuth2ClientProfileEnabled: true,
        IsValid: true,
        ObjectState: 'Unchanged',
      },
    ],
    'Get-AcceptedDomain': () =>
      state.organization.verifiedDomains.map((d) => ({
        Name: d.name,
        DomainName: d.name,
        Identity: d.name,
        DomainType: 'Authoritative',
        Default: d.isDefault,
        InitialDomain: d.isInitial,
      })),
  };

  return (req: EmulatorRequest): EmulatorResponse => {
    const route = INVOKE_COMMAND.exec(req.path);
    if (!route) return exoError(404, 'NotFound', `The resource '${req.path}' was not found.`);
    if (req.method !== 'POST')
      return exoError(
        405,
        'MethodNotAllowed',
        `The HTTP method '${req.method}' is not allowed for InvokeCommand.`,
      );

    const resource = ctx.resources.exchange;
    const auth = ctx.authenticate(req, [resource, `${resource}/`, EXCHANGE_APP_ID]);
    if ('response' in auth)
      return invalidToken('The token is invalid, expired or issued for another audience');
    const claims = auth.claims;

    const tenant = route[1];
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
    if (!held.some((id) => EXCHANGE_APP_ONLY_ROLES.includes(id))) {
      return exoError(401, 'Unauthorized', roleNotSupportedMessage(appId));
    }

    const anchor = req.headers['x-anchormailbox'];
    if (typeof anchor === 'string' && anchor !== '') {
      const domain = anchor.slice(anchor.lastIndexOf('@') + 1);
      if (!/^(UPN|APP|SMTP):/i.test(anchor) || !isThisTenant(domain)) {
        return exoError(
          400,
          'ErrorIncorrectRoutingHint',
          `The x-anchor mailbox '${anchor}' does not match the target of the request.`,
        );
      }
    }

    let input: { CmdletInput?: { CmdletName?: unknown; Parameters?: unknown } };
    try {
      input = req.json();
    } catch {
      return exoError(
        400,
        'BadRequest',
        'The request body is not valid JSON.',
        'Microsoft.OData.ODataException',
      );
    }
    const name = input?.CmdletInput?.CmdletName;
    if (typeof name !== 'string' || name === '') {
      return exoError(
        400,
        'BadRequest',
        'The request body must be {"CmdletInput":{"CmdletName":"…","Parameters":{…}}}.',
        'Microsoft.OData.ODataException',
      );
    }
    const run = Object.entries(cmdlets).find(([cmdlet]) => cmdlet.toLowerCase() === name.toLowerCase())?.[1];
    if (!run) {
      return exoError(
        400,
        'BadRequest',
        `The term '${name}' is not recognized as the name of a cmdlet, function, script file, or operable program.`,
        'System.Management.Automation.CommandNotFoundException',
      );
    }
    return {
      status: 200,
      body: {
        '@odata.context': `${ctx.urls.exchange}/adminapi/beta/${tenant}/$metadata#Collection(Exchange.GenericHashTable)`,
        '@adminapi.warnings': [],
        value: run(),
      },
    };
  };
}

/**
 * The managed app's side of Exchange's RBAC for service principals (exchange-role-groups): whether its service
 * principal is registered in Exchange (New-ServicePrincipal) and which of the role groups that matter it is a
 * member of. Read with the provisioning app's Exchange token; the identity is always the service principal's
 * object id, and results are matched on it, never trusted by name (Get-ServicePrincipal.md: a non-existent
 * identity may return every object).
 */
import { ActionError } from '../action/errors.js';
import { CmdletError, invokeCmdlet, type ExchangeTarget } from '../exchange/cmdlets.js';

export interface ExchangeRbacState {
  registered: boolean;
  /** the role groups (of those asked about) the service principal is a member of, as named */
  memberOf: string[];
}

/** What the provisioning app needs to run the role group cmdlets, for the messages. */
export const EXCHANGE_ADMIN_NEEDS =
  'the provisioning app runs the Exchange role group cmdlets itself: it needs the admin consent for Office 365 ' +
  "Exchange Online's Exchange.ManageAsApp and the Exchange Administrator directory role (scripts/bootstrap.sh " +
  '--exchange-role-groups grants both; docs/permissions.md)';

/** The service principal an Exchange object names: ObjectId, else Identity (public clients read both). */
const idOf = (o: Record<string, unknown>) =>
  [o.ObjectId, o.Identity].find((v): v is string => typeof v === 'string')?.toLowerCase() ?? '';

export async function observeExchangeRbac(
  target: ExchangeTarget,
  servicePrincipalId: string,
  groups: string[],
): Promise<ExchangeRbacState> {
  const id = servicePrincipalId.toLowerCase();
  try {
    const found = await invokeCmdlet(target, 'Get-ServicePrincipal', { Identity: id }).catch(
      (error: unknown) => {
        if (error instanceof CmdletError && error.notFound) return [];
        throw error;
      },
    );
    const registered = found.some((sp) => idOf(sp) === id);
    if (!registered) return { registered, memberOf: [] };
    const memberOf: string[] = [];
    for (const group of groups) {
      const members = await invokeCmdlet(target, 'Get-RoleGroupMember', { Identity: group }).catch(
        (error: unknown) => {
          // a group that does not exist: its add will say so, with the name
          if (error instanceof CmdletError && error.notFound) return [];
          throw error;
        },
      );
      if (members.some((m) => idOf(m) === id)) memberOf.push(group);
    }
    return { registered, memberOf };
  } catch (error) {
    if (error instanceof CmdletError && (error.notAllowed || error.status === 401 || error.status === 403))
      throw new ActionError(
        `Exchange refused the provisioning app's ${error.cmdlet} (${error.status}: ${error.exchangeMessage}): ` +
          `${EXCHANGE_ADMIN_NEEDS}. Nothing was changed.`,
        { cause: error },
      );
    throw error;
  }
}

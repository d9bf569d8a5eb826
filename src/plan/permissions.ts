/**
 * Checks, before the first write, that the provisioning app's Graph token carries every application
 * permission the plan's writes need. A missing one fails the run with nothing changed, instead of a 403
 * half way through.
 */
import { ActionError } from '../action/errors.js';
import type { Plan, Step } from './plan.js';

/** Alternatives: any one of them is enough. */
type Need = { permissions: string[]; for: string };

/**
 * Steps that change an app that already exists, or its service principal and certificates. With
 * Application.ReadWrite.OwnedBy, Graph allows them only on apps the provisioning app owns.
 */
export const EXISTING_APP_WRITES: ReadonlySet<Step['kind']> = new Set<Step['kind']>([
  'update-app-permissions',
  'rename-app',
  'create-service-principal',
  'add-certificate',
  'remove-certificates',
  'add-federated-credential',
]);

/** Every step that needs Application.ReadWrite.OwnedBy or .All. */
const APP_WRITES: ReadonlySet<Step['kind']> = new Set<Step['kind']>(['create-app', ...EXISTING_APP_WRITES]);

function needs(plan: Plan): Need[] {
  const kinds = new Set(plan.stages.flat().map((s) => s.kind));
  const result: Need[] = [];
  if ([...kinds].some((k) => APP_WRITES.has(k))) {
    result.push({
      permissions: ['Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All'],
      for: 'creating and updating the app, its service principal, certificates and federated credentials',
    });
  }
  if (kinds.has('grant-permission'))
    result.push({ permissions: ['AppRoleAssignment.ReadWrite.All'], for: 'granting admin consent' });
  if (kinds.has('assign-role'))
    result.push({ permissions: ['RoleManagement.ReadWrite.Directory'], for: 'assigning the directory role' });
  return result;
}

const APP_READ = ['Application.Read.All', 'Application.ReadWrite.All', 'Directory.Read.All'];

/**
 * Throws when a needed permission is missing. Returns a warning when the plan grants consent without an
 * application read permission: Microsoft documents Application.Read.All next to
 * AppRoleAssignment.ReadWrite.All for that call, and some tenants answer 403 without it.
 */
export function assertGraphPermissions(plan: Plan, roles: string[], clientId: string): string | undefined {
  const granted = new Set(roles);
  const missing = needs(plan).filter((n) => !n.permissions.some((p) => granted.has(p)));
  if (!missing.length) {
    const grants = plan.stages.flat().some((s) => s.kind === 'grant-permission');
    if (grants && !APP_READ.some((p) => granted.has(p))) {
      return (
        `The provisioning app (client-id ${clientId}) has no Application.Read.All; Microsoft documents it alongside ` +
        'AppRoleAssignment.ReadWrite.All for granting admin consent. If the consent step fails with 403, grant Application.Read.All.'
      );
    }
    return undefined;
  }
  const lines = missing.map((n) => `  - ${n.permissions.join(' or ')} (for ${n.for})`);
  throw new ActionError(
    `The provisioning app (client-id ${clientId}) lacks Microsoft Graph application permission(s) this run needs; nothing was changed:\n` +
      `${lines.join('\n')}\n` +
      `Its token carries: ${granted.size ? [...granted].sort().join(', ') : 'no application permissions'}.\n` +
      'Grant them: Entra admin center → App registrations → the provisioning app → API permissions → Add a permission → ' +
      "Microsoft Graph → Application permissions, then 'Grant admin consent'. New consent reaches tokens within minutes.",
  );
}

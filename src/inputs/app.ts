/** The inputs about the Exchange app: its names, and the permissions and roles it is to hold. */
import { EXCHANGE_SUPPORTED_ROLES } from '../cloud.js';
import { GUID, type InputCheck } from './reader.js';

export interface RoleRequest {
  name: string;
  templateId: string;
}

export interface AppSettings {
  appName: string;
  appUniqueName: string;
  /** manage this existing app instead of upserting by unique name */
  appId?: string;
  /** Exchange app role values to request and consent */
  permissions: string[];
  /** directory roles; empty when Exchange role groups alone give the app its rights */
  roles: RoleRequest[];
  /** Exchange role groups the app's service principal is a member of (Exchange's RBAC, no directory role) */
  exchangeRoleGroups: string[];
}

/** `Exchange Online Automation` → `exchange-online-automation` */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

/** Splits a list input on commas and/or newlines. */
export function parseList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Resolves a role given by display name (any case) or template ID against the roles Exchange supports. */
export function resolveRole(value: string): RoleRequest | undefined {
  for (const [name, templateId] of Object.entries(EXCHANGE_SUPPORTED_ROLES)) {
    if (name.toLowerCase() === value.toLowerCase() || templateId === value.toLowerCase())
      return { name, templateId };
  }
  return undefined;
}

export function readApp(check: InputCheck): AppSettings {
  // at most 120 characters (Entra's limit) and no control character: InputCheck refuses others
  const appName = check.string('app-name') || 'Exchange Online Automation';
  const uniqueInput = check.string('app-unique-name');
  const appUniqueName = uniqueInput || slug(appName);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/.test(appUniqueName)) {
    check.fail(
      uniqueInput ? 'app-unique-name' : 'app-name',
      uniqueInput
        ? `'${uniqueInput}' may hold only letters, digits, '.', '_' and '-' (at most 120, starting with a letter or digit).`
        : `'${appName}' gives no usable unique name; set app-unique-name, e.g. exchange-automation.`,
    );
  }
  const appId = readAppId(check, false) || undefined;
  const exchangeRoleGroups = readRoleGroups(check);
  // with role groups, `roles: ''` means no directory role at all; without, the app needs one
  const roles = exchangeRoleGroups.length && check.string('roles') === '' ? [] : readRoles(check);
  if (roles.some((r) => r.name === 'Global Administrator'))
    check.notes.push(
      'roles: Global Administrator makes the managed app tier 0: its certificate, which every Exchange job holds, ' +
        'could then take over the tenant. Exchange Administrator already allows any Exchange task; narrower: Exchange ' +
        'Recipient Administrator (recipients), Global Reader (reports), or exchange-role-groups with no directory ' +
        'role at all (docs/permissions.md).',
    );
  return { appName, appUniqueName, appId, permissions: readPermissions(check), roles, exchangeRoleGroups };
}

/** Exchange role group names, built-in or custom: Exchange's names are free text, but one line each, no comma. */
function readRoleGroups(check: InputCheck): string[] {
  const groups = [...new Set(parseList(check.string('exchange-role-groups')))];
  for (const group of groups)
    if (group.length > 256)
      check.fail(
        'exchange-role-groups',
        `'${group.slice(0, 40)}…' is longer than an Exchange role group name can be.`,
      );
  return groups;
}

const ID_INPUTS = {
  'app-id': "the managed app's Application (client) ID: pass ${{ secrets.EXO_APP_ID }}",
  'app-object-id':
    "the managed app's object ID: pass ${{ secrets.EXO_APP_OBJECT_ID }} as the bootstrap wrote it",
};

/** The managed app's client ID (`app-id`, required by every entry but the bootstrap) or object ID. */
export function readAppId(
  check: InputCheck,
  required: boolean,
  name: keyof typeof ID_INPUTS = 'app-id',
): string {
  const id = required ? check.required(name, ID_INPUTS[name]) : check.string(name);
  if (id && !GUID.test(id)) check.fail(name, `'${id}' is not a GUID. Use ${ID_INPUTS[name]}.`);
  return id;
}

/** A list input: its items, or the default when unset; a list that holds no item (`,,,`) is an error. */
function readList(check: InputCheck, name: string, fallback: string): string[] {
  const value = check.string(name);
  const items = parseList(value || fallback);
  if (value && items.length === 0) {
    check.fail(
      name,
      `holds no value (only commas and blanks). Leave it unset for ${fallback}, or list values.`,
    );
    return parseList(fallback);
  }
  return items;
}

/** Exchange app role values, e.g. Exchange.ManageAsApp: letters, digits, '.', '_' and '-'. */
function readPermissions(check: InputCheck): string[] {
  const permissions = readList(check, 'permissions', 'Exchange.ManageAsApp');
  for (const permission of permissions) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/.test(permission)) {
      check.fail(
        'permissions',
        `'${permission}' is not an Exchange Online application permission name, like Exchange.ManageAsApp.`,
      );
    }
  }
  return permissions;
}

/** The `roles` input, resolved and deduplicated; an unknown role is an error naming the supported ones. */
export function readRoles(check: InputCheck): RoleRequest[] {
  const roles: RoleRequest[] = [];
  for (const value of readList(check, 'roles', 'Exchange Administrator')) {
    const role = resolveRole(value);
    if (!role) {
      check.fail(
        'roles',
        `'${value}' is not a directory role Exchange Online supports for app-only access. Use one of: ${Object.keys(EXCHANGE_SUPPORTED_ROLES).join(', ')} (names or template IDs).`,
      );
    } else if (!roles.some((known) => known.templateId === role.templateId)) {
      roles.push(role);
    }
  }
  return roles;
}

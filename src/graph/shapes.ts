/**
 * The shape each Graph read must have before the planner trusts it: a field missing or of the wrong
 * type is an error, never an empty list (an empty keyCredentials list would make a rotation drop
 * every other key).
 */
import { array, list, object, optionalString, string, type Shape } from '../http/shape.js';
import { ShapeError } from '../http/unexpected.js';
import type { Application, KeyCredential, RequiredResourceAccess } from './applications.js';
import type { AppRoleAssignment } from './app-role-assignments.js';
import type { RoleAssignment } from './role-assignments.js';
import type { AppRole, ServicePrincipal } from './service-principals.js';

export function keyCredential(value: unknown, what: string): KeyCredential {
  const key = object(value, what);
  return {
    ...key,
    keyId: string(key, 'keyId', what),
    type: string(key, 'type', what),
    usage: string(key, 'usage', what),
    displayName: optionalString(key, 'displayName', what) ?? null,
    customKeyIdentifier: optionalString(key, 'customKeyIdentifier', what) ?? null,
    startDateTime: string(key, 'startDateTime', what),
    endDateTime: string(key, 'endDateTime', what),
    key: optionalString(key, 'key', what),
  };
}

function keyCredentials(record: Record<string, unknown>, what: string): KeyCredential[] {
  return array(record, 'keyCredentials', what).map((key, i) =>
    keyCredential(key, `key credential #${i + 1}`),
  );
}

/** `{ keyCredentials: [...] }` of `$select=keyCredentials`. */
export const keyCredentialsShape: Shape<KeyCredential[]> = (body) =>
  keyCredentials(object(body, 'the application'), 'the application');

function requiredResourceAccess(value: unknown, what: string): RequiredResourceAccess {
  const access = object(value, what);
  return {
    resourceAppId: string(access, 'resourceAppId', what),
    resourceAccess: array(access, 'resourceAccess', what).map((item) => {
      const entry = object(item, `${what} resourceAccess`);
      return { id: string(entry, 'id', what), type: string(entry, 'type', what) };
    }),
  };
}

export const applicationShape: Shape<Application> = (body) => {
  const what = 'the application';
  const app = object(body, what);
  return {
    id: string(app, 'id', what),
    appId: string(app, 'appId', what),
    displayName: string(app, 'displayName', what),
    uniqueName: optionalString(app, 'uniqueName', what),
    signInAudience: optionalString(app, 'signInAudience', what) ?? undefined,
    createdDateTime: optionalString(app, 'createdDateTime', what),
    requiredResourceAccess: array(app, 'requiredResourceAccess', what).map((access, i) =>
      requiredResourceAccess(access, `requiredResourceAccess #${i + 1}`),
    ),
    keyCredentials: keyCredentials(app, what),
  };
};

function appRole(value: unknown, what: string): AppRole {
  const role = object(value, what);
  if (typeof role.isEnabled !== 'boolean') throw new ShapeError(`${what} has no boolean 'isEnabled'`);
  return {
    id: string(role, 'id', what),
    value: optionalString(role, 'value', what) ?? null,
    allowedMemberTypes: array(role, 'allowedMemberTypes', what).map(String),
    isEnabled: role.isEnabled,
  };
}

export const servicePrincipalShape: Shape<ServicePrincipal> = (body) => {
  const what = 'the service principal';
  const sp = object(body, what);
  return {
    id: string(sp, 'id', what),
    appId: string(sp, 'appId', what),
    displayName: string(sp, 'displayName', what),
    appRoles: array(sp, 'appRoles', what).map((role, i) => appRole(role, `app role #${i + 1}`)),
  };
};

export const appRoleAssignmentsShape: Shape<AppRoleAssignment[]> = list(
  'value',
  (value, what) => {
    const item = object(value, what);
    return {
      id: string(item, 'id', what),
      appRoleId: string(item, 'appRoleId', what),
      principalId: string(item, 'principalId', what),
      resourceId: string(item, 'resourceId', what),
    };
  },
  'app role assignment',
);

export const roleAssignmentsShape: Shape<RoleAssignment[]> = list(
  'value',
  (value, what) => {
    const item = object(value, what);
    return {
      id: string(item, 'id', what),
      principalId: string(item, 'principalId', what),
      roleDefinitionId: string(item, 'roleDefinitionId', what),
      directoryScopeId: string(item, 'directoryScopeId', what),
    };
  },
  'role assignment',
);

/** The verified domains of the organization (one item in `value`). */
export const organizationDomainsShape: Shape<{ name: string; isInitial: boolean }[]> = (body) => {
  const [organization] = list('value', (value, what) => object(value, what), 'organization')(body);
  if (!organization) throw new ShapeError('it lists no organization');
  return array(organization, 'verifiedDomains', 'the organization').map((value, i) => {
    const what = `verified domain #${i + 1}`;
    const domain = object(value, what);
    if (typeof domain.isInitial !== 'boolean') throw new ShapeError(`${what} has no boolean 'isInitial'`);
    return { name: string(domain, 'name', what), isInitial: domain.isInitial };
  });
};

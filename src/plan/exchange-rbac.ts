/**
 * The managed app's rights beyond its consent, converging to the inputs: its directory roles (`roles`) and its
 * Exchange role groups (exchange-role-groups: its service principal registered in Exchange, then added to each
 * group). What exo-cba added is recorded on the application itself, as tags (`exo-cba:role:<template id>`,
 * `exo-cba:role-group:<name>`), written before the first change and trimmed after the last, so what exo-cba added
 * and the inputs no longer ask for is taken away — after the new certificate is published, never before — and
 * what someone else gave the app is reported, never removed. Pure: the plan calls it.
 */
import type { RoleRequest } from '../inputs/app.js';
import type { ExchangeRbacState } from '../observe/exchange-rbac.js';

/** The tags exo-cba writes on the application for each role group it added its service principal to. */
export const ROLE_GROUP_TAG = 'exo-cba:role-group:';
/** … and for each directory role it assigned. */
export const ROLE_TAG = 'exo-cba:role:';

const tagged = (tags: readonly string[], prefix: string): string[] =>
  tags.filter((t) => t.startsWith(prefix)).map((t) => t.slice(prefix.length));

export const roleGroupsTagged = (tags: readonly string[]): string[] => tagged(tags, ROLE_GROUP_TAG);

export type AccessStep =
  | { kind: 'tag-app'; tags: string[]; reason: string }
  /** the same write as tag-app, after publishing: the tags trimmed once the access is taken away */
  | { kind: 'untag-app'; tags: string[]; reason: string }
  | { kind: 'register-exchange-service-principal' }
  | { kind: 'add-role-group-member'; group: string }
  | { kind: 'remove-role-group-member'; group: string }
  | { kind: 'unassign-role'; assignmentId: string; role: string };

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const includes = (list: readonly string[], item: string) => list.some((x) => same(x, item));
const union = (a: string[], b: string[]) => [...a, ...b.filter((x) => !includes(a, x))];

export interface AccessInputs {
  roleGroups: string[];
  roles: RoleRequest[];
}

export interface AccessObserved {
  tags: string[];
  /** the app's directory role assignments (tenant-wide) */
  roleAssignments: { id: string; roleDefinitionId: string }[];
  exchangeRbac?: ExchangeRbacState;
}

export function planAccess(
  wanted: AccessInputs,
  observed: AccessObserved,
  roleName: (templateId: string) => string,
): {
  /** the tags written with the app, before any change */
  before: AccessStep[];
  /** registration in Exchange, before the memberships that name it */
  register: AccessStep[];
  /** memberships added, before verification */
  add: AccessStep[];
  /** what exo-cba added and the inputs no longer ask for, taken away after publishing */
  remove: AccessStep[];
  /** the tags trimmed once that is gone */
  after: AccessStep[];
  notes: string[];
} {
  const { tags } = observed;
  const groupsTagged = tagged(tags, ROLE_GROUP_TAG);
  const rolesTagged = tagged(tags, ROLE_TAG);
  const wantedRoles = wanted.roles.map((r) => r.templateId);
  const memberOf = observed.exchangeRbac?.memberOf ?? [];
  const others = tags.filter((t) => !t.startsWith(ROLE_GROUP_TAG) && !t.startsWith(ROLE_TAG));
  const tagsFor = (groups: string[], roles: string[]) => [
    ...others,
    ...groups.map((g) => `${ROLE_GROUP_TAG}${g}`),
    ...roles.map((r) => `${ROLE_TAG}${r}`),
  ];

  const register: AccessStep[] =
    wanted.roleGroups.length && !observed.exchangeRbac?.registered
      ? [{ kind: 'register-exchange-service-principal' }]
      : [];
  const add: AccessStep[] = wanted.roleGroups
    .filter((group) => !includes(memberOf, group))
    .map((group) => ({ kind: 'add-role-group-member', group }));
  const remove: AccessStep[] = [
    ...groupsTagged
      .filter((g) => !includes(wanted.roleGroups, g) && includes(memberOf, g))
      .map((group): AccessStep => ({ kind: 'remove-role-group-member', group })),
    ...observed.roleAssignments
      .filter((a) => includes(rolesTagged, a.roleDefinitionId) && !includes(wantedRoles, a.roleDefinitionId))
      .map((a): AccessStep => ({
        kind: 'unassign-role',
        assignmentId: a.id,
        role: roleName(a.roleDefinitionId),
      })),
  ];

  // only what this run gives is recorded as exo-cba's: a role or group the app held before stays someone else's
  const assigned = observed.roleAssignments.map((a) => a.roleDefinitionId);
  const allGroups = union(
    groupsTagged,
    wanted.roleGroups.filter((g) => !includes(memberOf, g)),
  );
  const allRoles = union(
    rolesTagged,
    wantedRoles.filter((r) => !includes(assigned, r)),
  );
  const grows = allGroups.length !== groupsTagged.length || allRoles.length !== rolesTagged.length;
  const before: AccessStep[] = grows
    ? [
        {
          kind: 'tag-app',
          tags: tagsFor(allGroups, allRoles),
          reason: 'record the access exo-cba gives the app',
        },
      ]
    : [];
  const shrinks =
    groupsTagged.some((g) => !includes(wanted.roleGroups, g)) ||
    rolesTagged.some((r) => !includes(wantedRoles, r));
  const after: AccessStep[] = shrinks
    ? [
        {
          kind: 'untag-app',
          tags: tagsFor(
            allGroups.filter((g) => includes(wanted.roleGroups, g)),
            allRoles.filter((r) => includes(wantedRoles, r)),
          ),
          reason: 'forget the access exo-cba took away',
        },
      ]
    : [];
  const notes = memberOf
    .filter((g) => !includes(wanted.roleGroups, g) && !includes(groupsTagged, g))
    .map(
      (g) =>
        `Exchange role group ${g}: the app's service principal is a member, which exo-cba did not make it: left alone.`,
    );
  return { before, register, add, remove, after, notes };
}

/**
 * The Exchange side of the managed app's rights (exchange-role-groups): register its service principal in
 * Exchange, add it to the role groups asked for, and take it out of the ones exo-cba added and the inputs no
 * longer ask for. What exo-cba added is recorded on the application itself, as tags (`exo-cba:role-group:<name>`),
 * written before the first membership change and trimmed after the last: so a membership someone else gave the
 * app is reported, never removed. Pure: the plan calls it.
 */
import type { ExchangeRbacState } from '../observe/exchange-rbac.js';

/** The tags exo-cba writes on the application for each role group it added its service principal to. */
export const ROLE_GROUP_TAG = 'exo-cba:role-group:';

export const roleGroupsTagged = (tags: readonly string[]): string[] =>
  tags.filter((t) => t.startsWith(ROLE_GROUP_TAG)).map((t) => t.slice(ROLE_GROUP_TAG.length));

export type RoleGroupStep =
  | { kind: 'tag-app'; tags: string[]; reason: string }
  | { kind: 'register-exchange-service-principal' }
  | { kind: 'add-role-group-member'; group: string }
  | { kind: 'remove-role-group-member'; group: string };

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const includes = (list: readonly string[], item: string) => list.some((x) => same(x, item));

export function planRoleGroups(
  wanted: string[],
  app: { tags: string[] } | undefined,
  observed: ExchangeRbacState | undefined,
): {
  before: RoleGroupStep[];
  register: RoleGroupStep[];
  exchange: RoleGroupStep[];
  after: RoleGroupStep[];
  notes: string[];
} {
  const tags = app?.tags ?? [];
  const tagged = roleGroupsTagged(tags);
  const memberOf = observed?.memberOf ?? [];
  const registered = observed?.registered ?? false;
  const others = tags.filter((t) => !t.startsWith(ROLE_GROUP_TAG));
  const tagsFor = (groups: string[]) => [...others, ...groups.map((g) => `${ROLE_GROUP_TAG}${g}`)];
  const drop = tagged.filter((g) => !includes(wanted, g));
  const union = [...tagged, ...wanted.filter((g) => !includes(tagged, g))];

  // registered before the memberships, which name it: a stage of its own
  const register: RoleGroupStep[] =
    wanted.length && !registered ? [{ kind: 'register-exchange-service-principal' }] : [];
  const exchange: RoleGroupStep[] = [];
  for (const group of wanted)
    if (!includes(memberOf, group)) exchange.push({ kind: 'add-role-group-member', group });
  for (const group of drop)
    if (includes(memberOf, group)) exchange.push({ kind: 'remove-role-group-member', group });

  const before: RoleGroupStep[] =
    union.length !== tagged.length
      ? [{ kind: 'tag-app', tags: tagsFor(union), reason: 'record the role groups exo-cba adds the app to' }]
      : [];
  const after: RoleGroupStep[] = drop.length
    ? [
        {
          kind: 'tag-app',
          tags: tagsFor(tagged.filter((g) => includes(wanted, g))),
          reason: 'forget the role groups exo-cba took the app out of',
        },
      ]
    : [];
  const notes = memberOf
    .filter((g) => !includes(wanted, g) && !includes(tagged, g))
    .map(
      (g) =>
        `Exchange role group ${g}: the app's service principal is a member, which exo-cba did not make it: left alone.`,
    );
  return { before, register, exchange, after, notes };
}

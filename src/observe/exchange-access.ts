/**
 * What an Exchange token of the managed app shows about its access, without reading anything in Graph:
 * the admin consent (`roles`) and the directory roles (`wids`, when Entra includes them: app-only tokens
 * carry the service principal's directory roles there, though Microsoft documents `wids` for users —
 * unverified). Shared by self-rotation and token mode.
 */
import { claimList, type AccessToken } from '../auth/token-client.js';
import { EXCHANGE_SUPPORTED_ROLES } from '../cloud.js';

export interface MissingAccess {
  /** wanted permissions the token's `roles` lack */
  permissions: string[];
  /** the token names directory roles, none of them one Exchange supports */
  role: boolean;
  /** the token names no directory roles at all: only Exchange itself can tell */
  rolesUnknown: boolean;
}

export function missingExchangeAccess(token: AccessToken, wanted: { permissions: string[] }): MissingAccess {
  const granted = claimList(token, 'roles').map((r) => r.toLowerCase());
  const permissions = wanted.permissions.filter((p) => !granted.includes(p.toLowerCase()));
  if (!Array.isArray(token.claims.wids)) return { permissions, role: false, rolesUnknown: true };
  // any role Exchange supports for app-only access will do: the bootstrap may have assigned another one
  const wids = new Set(claimList(token, 'wids'));
  const role = !Object.values(EXCHANGE_SUPPORTED_ROLES).some((id) => wids.has(id));
  return { permissions, role, rolesUnknown: false };
}

/** The missing access in words: "the admin consent for X and a directory role Exchange supports (…)". */
export function describeMissingAccess(missing: MissingAccess): string[] {
  const parts = missing.permissions.map((p) => `the admin consent for ${p}`);
  if (missing.role)
    parts.push('a directory role Exchange supports for app-only access (e.g. Exchange Administrator)');
  return parts;
}

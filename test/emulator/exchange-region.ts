/**
 * Exchange's regional redirect. Some tenants are served from a regional host: the front door answers
 * their InvokeCommand and EXOModuleFile calls with a redirect whose `Location` names a host of the same
 * domain on port 446, which clients map to 443 (ScubaGear EXORestHelper.psm1: "The redirect points to
 * `<prefix>.admin.protection.outlook.com:446`"; terraprovider/go-exoscc transport.go normalises any
 * :446 to :443 and follows by hand, keeping POST, body and Authorization).
 *
 * The emulator plays it on one listener: the front door is `127.0.0.1`, the regional host is `localhost`
 * (a different name for the same address, covered by the emulator's certificate). The `Location` is
 * `https://localhost:446/<same path>`: a client maps port 446 to the front door's port (443 for the real
 * service, the emulator's port here). Unverified details: the real EXO status code (302 here; public
 * clients accept any 3xx), the real EXO `Location` (only the compliance one is public), and whether the
 * front door redirects before checking the token (it does here).
 */
import type { TenantState } from './state.js';
import type { EmulatorRequest, EmulatorResponse } from './types.js';

/** The regional host's name in the emulator. */
export const EXCHANGE_REGIONAL_HOST = 'localhost';
/** The port real regional `Location`s carry. */
export const EXCHANGE_REGIONAL_PORT = 446;

function hostname(req: EmulatorRequest): string {
  const host = String(req.headers.host ?? '');
  return host
    .replace(/:\d+$/, '')
    .replace(/^\[|\]$/g, '')
    .toLowerCase();
}

export const AFFINITY_COOKIE = 'exchangecookie=emulator';

/** The regional host's refusal of a request without the front door's affinity cookie, when it asks for one. */
export function missingAffinity(state: TenantState, req: EmulatorRequest): EmulatorResponse | undefined {
  if (!state.exchangeRequiresAffinityCookie || hostname(req) !== EXCHANGE_REGIONAL_HOST) return undefined;
  if (String(req.headers.cookie ?? '').includes(AFFINITY_COOKIE)) return undefined;
  return { status: 400, body: { error: 'the regional host was reached without the affinity cookie' } };
}

/** The 302 the front door answers for a tenant served regionally, or undefined. */
export function regionalRedirect(state: TenantState, req: EmulatorRequest): EmulatorResponse | undefined {
  if (!state.exchangeRegionalRedirect || hostname(req) === EXCHANGE_REGIONAL_HOST) return undefined;
  const port = state.exchangeRegionalLocationPort ?? EXCHANGE_REGIONAL_PORT;
  const query = req.query.toString();
  return {
    status: 302,
    headers: {
      location: `https://${EXCHANGE_REGIONAL_HOST}:${port}${req.path}${query ? `?${query}` : ''}`,
      // go-exoscc: "The affinity cookie from the regional redirect must be retained"; whether the real regional
      // host needs it is not public: with `state.exchangeRequiresAffinityCookie` the emulator's does
      'set-cookie': `${AFFINITY_COOKIE}; path=/; secure; HttpOnly`,
    },
  };
}

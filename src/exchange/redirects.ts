/**
 * Exchange's regional redirects, followed by hand. Some tenants are served from a regional host: the front
 * door answers with a 3xx whose `Location` names a host of the same domain, often on port 446.
 *
 * An HTTP library that follows it turns the POST into a body-less GET and drops `Authorization` on the
 * new host, so exo-cba never lets it: every Exchange request goes out with redirects off, and a 3xx is
 * followed here, keeping the method, the body and the headers, mapping port 446 to the front door's port
 * (443), and sending the token only to hosts of the Exchange endpoint's own domain.
 *
 * Sources: cisagov/ScubaGear EXORestHelper.psm1 (`AllowAutoRedirect = $false`, "Some tenants get redirected
 * to a tenant-specific subdomain", "The redirect points to `<prefix>.admin.protection.outlook.com:446`");
 * terraprovider/go-exoscc adminapi/transport.go (never auto-follows, re-adds the bearer, rewrites :446 to
 * :443, up to 8 hops, and keeps the affinity cookie the front door sets: "The affinity cookie from the regional
 * redirect must be retained"). Cookies the redirect sets go with the next hop, to Exchange's hosts only.
 * UNVERIFIED: a real Exchange Online `Location` (only the compliance one is public) and its status code; any 3xx
 * with a Location is followed. The public ones point into `*.protection.outlook.com`, so in the commercial
 * cloud `outlook.com` is trusted beside `office365.com`.
 */
import type { HttpClient } from '../http/client.js';
import type { HttpRequest, HttpResponse } from '../http/request.js';

/** More hops than any public client has needed (go-exoscc allows 8). */
export const MAX_EXCHANGE_REDIRECTS = 5;
/** The port regional `Location`s carry; the service answers on the front door's port. */
const REGIONAL_PORT = '446';
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
/** Domains Microsoft serves an endpoint's backends from besides its own (the public regional Locations). */
const ALSO_TRUSTED: Record<string, string[]> = { 'office365.com': ['outlook.com'] };

/**
 * Whether a host may receive the Exchange token: the endpoint's own host, or a host of its registrable
 * domain (its last two labels: `outlook.office365.com` → `*.office365.com`, `outlook-dod.office365.us` →
 * `*.office365.us`, `partner.outlook.cn` → `*.outlook.cn`; every Exchange Online endpoint's registrable
 * domain has two labels, so no public-suffix list is needed). An endpoint on a loopback name or address
 * (a local test double) trusts only loopback names.
 */
export function isExchangeHost(endpoint: string, host: string): boolean {
  const own = new URL(endpoint).hostname.toLowerCase();
  const candidate = host.toLowerCase();
  if (candidate === own) return true;
  if (LOOPBACK.has(own)) return LOOPBACK.has(candidate);
  const labels = own.split('.');
  if (labels.length < 2 || /^[\d.]+$/.test(own)) return false;
  const domain = labels.slice(-2).join('.');
  return [domain, ...(ALSO_TRUSTED[domain] ?? [])].some((d) => candidate.endsWith(`.${d}`));
}

/** `name=value` of each cookie a response sets (GitHub's and axios's joined `set-cookie`: split before each name). */
function cookiesSet(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(/,(?=\s*[^;,=\s]+=)/)
    .map((cookie) => cookie.split(';')[0].trim())
    .filter((pair) => pair.includes('='));
}

/** Where a redirect leads: the Location resolved against the request, port 446 mapped to the front door's. */
export function redirectTarget(from: string, location: string, endpoint: string): URL {
  const target = new URL(location, from);
  if (target.port === REGIONAL_PORT) target.port = new URL(endpoint).port;
  return target;
}

/** A response, or a redirect exo-cba refused to follow (and why). */
export type ExchangeAnswer =
  | { response: HttpResponse; url: string; refused?: undefined }
  | { response?: undefined; url: string; refused: string };

/**
 * Sends an Exchange request with redirects off and follows each 3xx itself (same method, body and
 * headers), to hosts of `endpoint`'s domain only. `url` of the answer is where the final response came from.
 */
export async function sendToExchange(
  http: HttpClient,
  endpoint: string,
  req: Omit<HttpRequest, 'service' | 'followRedirects'>,
): Promise<ExchangeAnswer> {
  let url = req.url;
  const cookies = new Map<string, string>();
  for (let hop = 0; ; hop++) {
    const cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const headers = cookie ? { ...req.headers, cookie } : req.headers;
    const response = await http.request({
      ...req,
      headers,
      url,
      service: 'exchange',
      followRedirects: false,
    });
    for (const pair of cookiesSet(response.headers['set-cookie'])) {
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const location = response.headers.location;
    if (response.status < 300 || response.status > 399 || !location) return { response, url };
    if (hop >= MAX_EXCHANGE_REDIRECTS) {
      return { url, refused: `Exchange redirected more than ${MAX_EXCHANGE_REDIRECTS} times` };
    }
    const target = redirectTarget(url, location, endpoint);
    if (target.protocol !== 'https:' || !isExchangeHost(endpoint, target.hostname)) {
      // the token goes to Exchange's own hosts only
      return {
        url,
        refused: `Exchange redirected to ${target.protocol}//${target.host}, outside the domain of ${new URL(endpoint).host}`,
      };
    }
    url = target.toString();
  }
}

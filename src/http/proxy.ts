/**
 * Which proxy a URL goes through, read like curl reads it: `HTTPS_PROXY`/`https_proxy` for https URLs
 * (falling back to `HTTP_PROXY`/`http_proxy`), `HTTP_PROXY`/`http_proxy` for http URLs,
 * `NO_PROXY`/`no_proxy` to bypass.
 */

function hostMatches(host: string, pattern: string): boolean {
  if (pattern === '*') return true;
  const bare = pattern.replace(/^\*?\./, '');
  return host === bare || host.endsWith(`.${bare}`);
}

/**
 * The proxy URL to use for `url`, or undefined for a direct connection. `NO_PROXY` entries: `*`,
 * a host (also matches its subdomains), `.suffix`, each optionally with `:port`. Loopback
 * addresses are not special: list them to bypass the proxy.
 */
export function proxyForUrl(url: string | URL, env: NodeJS.ProcessEnv): string | undefined {
  const target = typeof url === 'string' ? new URL(url) : url;
  const secure = target.protocol === 'https:';
  const raw = secure
    ? env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY
    : env.http_proxy || env.HTTP_PROXY;
  const proxy = raw?.trim();
  if (!proxy) return undefined;

  const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = target.port || (secure ? '443' : '80');
  const noProxy = (env.no_proxy ?? env.NO_PROXY ?? '')
    .split(/[,\s]+/)
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  for (const entry of noProxy) {
    // "[::1]:443", "host:443", "host", "::1"
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
    const hostPort = /^([^:]+):(\d+)$/.exec(entry);
    const [entryHost, entryPort] = bracketed
      ? [bracketed[1], bracketed[2]]
      : hostPort
        ? [hostPort[1], hostPort[2]]
        : [entry, undefined];
    if (entryPort !== undefined && entryPort !== port) continue;
    if (hostMatches(host, entryHost)) return undefined;
  }
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(proxy) ? proxy : `http://${proxy}`;
}

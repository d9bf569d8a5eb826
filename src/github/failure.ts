/**
 * What GitHub answered when a call failed, read from Octokit's error: status, message and headers.
 */

export interface GitHubFailure {
  status: number;
  message: string;
  /** lower-case names */
  headers: Record<string, string>;
}

interface OctokitError {
  response?: { status: number; headers: Record<string, string | number | undefined>; data: unknown };
}

/** The failure GitHub answered, or undefined when the call got no response (transport error). */
export function failureOf(error: unknown): GitHubFailure | undefined {
  const e = error as OctokitError | undefined;
  if (!e?.response || typeof e.response.status !== 'number') return undefined;
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(e.response.headers ?? {}))
    if (v !== undefined) headers[k.toLowerCase()] = String(v);
  const data = e.response.data as { message?: unknown } | string | undefined;
  const message =
    typeof data === 'object' && data && typeof data.message === 'string'
      ? data.message
      : typeof data === 'string'
        ? data.slice(0, 300)
        : '';
  // GitHub's messages are short and never echo request bodies; collapse whitespace for one log line.
  return { status: e.response.status, message: message.replace(/\s+/g, ' ').trim(), headers };
}

/**
 * GitHub rate limits: 429, or 403 with `retry-after` (secondary limits) or `x-ratelimit-remaining: 0`
 * (primary limit). The HTTP stack already retries 429; this teaches it GitHub's 403 forms.
 */
export function isRateLimit(res: { status: number; headers: Record<string, string> }): boolean {
  if (res.status === 429) return true;
  if (res.status !== 403) return false;
  return res.headers['retry-after'] !== undefined || res.headers['x-ratelimit-remaining'] === '0';
}

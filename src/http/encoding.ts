/** Request bodies and headers on the way out, response headers and bodies on the way in. */
import type { AxiosResponse } from 'axios';
import type { HttpRequest, RawHttpResponse } from './request.js';

/** Headers and body text for `req`: JSON, form or raw body, with its content type. */
export function encodeRequest(
  req: HttpRequest,
  userAgent: string,
): { headers: Record<string, string>; body?: string } {
  const headers: Record<string, string> = { 'user-agent': userAgent, accept: 'application/json' };
  let body: string | undefined;
  let contentType: string | undefined;
  if (req.json !== undefined) {
    body = JSON.stringify(req.json);
    contentType = 'application/json';
  } else if (req.form !== undefined) {
    body = typeof req.form === 'string' ? req.form : new URLSearchParams(req.form).toString();
    contentType = 'application/x-www-form-urlencoded;charset=utf-8';
  } else if (req.body !== undefined) {
    body = req.body;
  }
  if (contentType) headers['content-type'] = contentType;
  // Caller headers win (case-insensitively), e.g. GitHub's Accept or Graph's Prefer.
  for (const [name, value] of Object.entries(req.headers ?? {})) headers[name.toLowerCase()] = value;
  return { headers, body };
}

function flattenHeaders(headers: AxiosResponse['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined || value === null) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
}

/** The body parsed when its content type says JSON; `malformed` when it says JSON but does not parse. */
function parseBody(text: string, contentType: string | undefined): { data: unknown; malformed?: true } {
  if (text !== '' && contentType && /[/+]json\b/i.test(contentType)) {
    try {
      return { data: JSON.parse(text) };
    } catch {
      return { data: text, malformed: true };
    }
  }
  return { data: text };
}

/** The response with lower-case headers, its body text, and that text parsed when it is JSON. */
export function decodeResponse(res: AxiosResponse<string>): RawHttpResponse {
  const headers = flattenHeaders(res.headers);
  const text = typeof res.data === 'string' ? res.data : res.data == null ? '' : String(res.data);
  return { status: res.status, headers, text, ...parseBody(text, headers['content-type']) };
}

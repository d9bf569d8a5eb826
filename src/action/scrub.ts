/**
 * Removes secret values from text that may reach an error message or a debug log: response and
 * request bodies, URLs, header dumps. It is a safety net behind `core.setSecret` and the `sensitive`
 * flag of requests, so it errs on the side of redacting too much.
 */

const REDACTED = '[REDACTED]';

/** JSON string literal body, escapes included. */
const JSON_STRING = String.raw`"(?:[^"\\]|\\.)*"`;

/** JSON keys whose string value is always a secret (case-insensitive, matched anywhere in the key). */
const SECRET_JSON_KEY = String.raw`[^"]*(?:password|passwd|secret|passphrase|assertion|access_token|refresh_token|id_token|private_?key|encrypted_value)[^"]*`;

/** Form / query parameters whose value is always a secret. */
const SECRET_FORM_PARAM = String.raw`(?:client_assertion|client_secret|assertion|access_token|refresh_token|id_token|password|code)`;

const RULES: Array<[RegExp, string | ((...m: string[]) => string)]> = [
  // PEM blocks (private keys, certificates): their base64 lines are short, so the long-run rule misses them.
  [/-----BEGIN [A-Z0-9 ]+-----[\s\S]*?(?:-----END [A-Z0-9 ]+-----|$)/g, '[REDACTED PEM]'],
  // JWTs: header `{"` is always base64url "eyJ"; the signature may be empty (unsigned tokens).
  [/\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, '[REDACTED JWT]'],
  // Anything else shaped like a token: three long base64url segments.
  [/\b[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}\b/g, '[REDACTED JWT]'],
  // Authorization header values, in header dumps and in JSON.
  [/\b(Bearer|Basic|PoP)\s+[A-Za-z0-9._~+/=-]+/gi, (_m, scheme) => `${scheme} ${REDACTED}`],
  // keyCredentials[].key (base64 DER of a certificate) and other key material.
  [new RegExp(String.raw`("key"\s*:\s*)${JSON_STRING}`, 'g'), `$1"${REDACTED}"`],
  // password-, secret-, token-named JSON fields.
  [new RegExp(String.raw`("${SECRET_JSON_KEY}"\s*:\s*)${JSON_STRING}`, 'gi'), `$1"${REDACTED}"`],
  // A "value" that is an opaque blob (encrypted secrets, tokens); Graph's collections are arrays, not strings.
  [/("value"\s*:\s*)"[A-Za-z0-9+/_=-]{32,}"/g, `$1"${REDACTED}"`],
  // x-www-form-urlencoded bodies and query strings.
  [new RegExp(String.raw`(\b${SECRET_FORM_PARAM}=)[^&\s"']*`, 'gi'), `$1${REDACTED}`],
  // Long base64 runs: PFX, DER, encrypted blobs.
  [/[A-Za-z0-9+/_-]{200,}={0,2}/g, (m) => `[REDACTED ${m.length} base64 chars]`],
];

/** Returns `text` with every value that looks like a key, token, password or certificate replaced. */
export function scrub(text: string): string {
  let out = text;
  for (const [pattern, replacement] of RULES) {
    out = out.replace(pattern, replacement as string);
  }
  return out;
}

/** Query parameter names whose values are never logged, whatever they look like. */
const SECRET_QUERY_NAME =
  /token|secret|password|passwd|pwd|assertion|^sig$|signature|^code$|^key$|credential|^auth/i;

/**
 * The URL fit for a log line: user info dropped, secret-looking query values replaced by `***`.
 * The rest of the query is kept byte for byte so OData filters stay readable.
 */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return scrub(url);
  }
  const queryStart = url.indexOf('?');
  const hashStart = url.indexOf('#');
  const base = `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  if (queryStart < 0) return base;
  const query = url.slice(queryStart + 1, hashStart > queryStart ? hashStart : undefined);
  const params = query.split('&').map((pair) => {
    const eq = pair.indexOf('=');
    if (eq < 0) return pair;
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    let decoded = value;
    try {
      decoded = decodeURIComponent(value.replace(/\+/g, ' '));
    } catch {
      // keep the raw value
    }
    const secret =
      SECRET_QUERY_NAME.test(name) ||
      scrub(decoded) !== decoded ||
      /^[A-Za-z0-9+/_-]{40,}={0,2}$/.test(decoded);
    return secret ? `${name}=***` : pair;
  });
  return `${base}?${params.join('&')}`;
}

/** One request attempt as a debug line: `GET https://… → 200 in 53 ms (attempt 1)`. */
export function describeRequest(d: {
  method: string;
  url: string;
  status?: number;
  error?: string;
  durationMs?: number;
  attempt?: number;
}): string {
  const outcome = d.status !== undefined ? String(d.status) : (d.error ?? 'no response');
  const took = d.durationMs !== undefined ? ` in ${Math.round(d.durationMs)} ms` : '';
  const attempt = d.attempt !== undefined ? ` (attempt ${d.attempt})` : '';
  return `${d.method} ${redactUrl(d.url)} → ${outcome}${took}${attempt}`;
}

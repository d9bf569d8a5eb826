/** Reading what Exchange's admin API answered: its error text, and the cmdlets its module file exports. */
import { scrub } from '../action/scrub.js';
import type { HttpResponse } from '../http/request.js';

/**
 * What Exchange said: the OData error message (the cmdlet error's JSON in `error.details[].message` first,
 * as CIPP's New-ExoRequest.ps1 reads it), else the diagnostics header of a bare 401.
 */
export function exchangeText(res: Pick<HttpResponse, 'data' | 'headers'>): string {
  const data = res.data as
    { error?: { code?: unknown; message?: unknown; details?: { message?: unknown }[] } } | string | undefined;
  if (data && typeof data === 'object' && data.error) {
    const code = typeof data.error.code === 'string' ? `${data.error.code}: ` : '';
    const detail = detailMessage(data.error.details);
    const message = detail ?? data.error.message;
    if (typeof message === 'string') return scrub(`${code}${message}`);
  }
  const reason = /reason="([^"]*)"/.exec(res.headers['x-ms-diagnostics'] ?? '')?.[1];
  if (reason) return scrub(reason);
  if (typeof data === 'string' && data.trim() !== '') return scrub(data.trim().slice(0, 300));
  return 'no error details in the response';
}

/** `details[0].message` is itself JSON (`{"Message": …}`) for cmdlet errors (go-exoscc invoke_test.go). */
function detailMessage(details: unknown): string | undefined {
  if (!Array.isArray(details)) return undefined;
  const text = (details[0] as { message?: unknown } | undefined)?.message;
  if (typeof text !== 'string' || text === '') return undefined;
  try {
    const inner = JSON.parse(text) as { Message?: unknown };
    return typeof inner.Message === 'string' ? inner.Message : text;
  } catch {
    return text;
  }
}

/**
 * The cmdlets the module file exports, lower case: `value[].exportedCmdlets`, a comma-separated string (CIPP
 * reads it so). Undefined when the answer has no such list. That the list is filtered by the caller's roles
 * is an inference (office-docs-powershell#7022), so a cmdlet missing from it is only not run, never an error.
 */
export function exportedCmdlets(data: unknown): Set<string> | undefined {
  const value = (data as { value?: unknown } | undefined)?.value;
  if (!Array.isArray(value)) return undefined;
  const lists = value
    .map((file) => (file as { exportedCmdlets?: unknown } | undefined)?.exportedCmdlets)
    .filter((list): list is string => typeof list === 'string');
  if (!lists.length) return undefined;
  return new Set(
    lists.flatMap((list) => list.split(',').map((name) => name.trim().toLowerCase())).filter(Boolean),
  );
}

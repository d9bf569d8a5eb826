/** Graph's OData error bodies, as every Graph service answers them. */
import { randomUUID } from 'node:crypto';
import type { EmulatorResponse } from './types.js';

/** Graph's `innerError` block: request-id, client-request-id and date. */
export function innerError(): Record<string, string> {
  const id = randomUUID();
  return { date: new Date().toISOString().slice(0, 19), 'request-id': id, 'client-request-id': id };
}

export function odataError(
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
): EmulatorResponse {
  return { status, headers, body: { error: { code, message, innerError: innerError() } } };
}

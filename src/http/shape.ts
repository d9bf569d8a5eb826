/**
 * Small checks of response bodies, one per field kind, for the typed readers of each service. Each
 * throws a ShapeError saying what is wrong; `readBody` turns it into an error naming the service.
 */
import { ShapeError } from './unexpected.js';

export type Shape<T> = (body: unknown) => T;

export function object(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ShapeError(`${what} is not a JSON object`);
  }
  return value as Record<string, unknown>;
}

export function string(record: Record<string, unknown>, field: string, what: string): string {
  const value = record[field];
  if (typeof value !== 'string') throw new ShapeError(`${what} has no string '${field}'`);
  return value;
}

/** A string, null or absent (Graph omits or nulls optional fields). */
export function optionalString(
  record: Record<string, unknown>,
  field: string,
  what: string,
): string | null | undefined {
  const value = record[field];
  if (value === undefined || value === null || typeof value === 'string') return value;
  throw new ShapeError(`${what} has a '${field}' that is not a string`);
}

export function array(record: Record<string, unknown>, field: string, what: string): unknown[] {
  const value = record[field];
  if (!Array.isArray(value)) throw new ShapeError(`${what} has no array '${field}'`);
  return value;
}

/** A page like `{ "value": [...] }` (Graph) or `{ "secrets": [...] }` (GitHub), each item checked by `item`. */
export function list<T>(field: string, item: (value: unknown, what: string) => T, what: string): Shape<T[]> {
  return (body) =>
    array(object(body, 'the body'), field, 'the body').map((value, i) => item(value, `${what} #${i + 1}`));
}

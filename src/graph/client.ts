/** Typed access to Microsoft Graph v1.0 over the one HTTP stack, with the provisioning app's token. */
import type { z } from 'zod';
import { readBody } from '../http/body.js';
import type { HttpClient } from '../http/client.js';
import type { HttpResponse } from '../http/request.js';
import { graphErrorFrom } from './errors.js';

export interface GraphCallOptions {
  /** the Graph application permission the call needs, named in a 403 */
  permission: string;
  /** answer undefined instead of throwing on 404 */
  allowNotFound?: boolean;
  /** the call refers to something created moments ago: retry Entra's replication errors until the deadline */
  afterCreate?: boolean;
  headers?: Record<string, string>;
  /**
   * Safe to send again after a reset or a 5xx that leaves unknown whether Graph applied it. PATCHes
   * default to true (they set properties); POSTs to false: a caller marks a POST whose repeat it accepts.
   */
  idempotent?: boolean;
}

/** A read: the body must match `schema`, or the call fails naming Graph and what came back. */
export interface GraphReadOptions<S extends z.ZodType> extends GraphCallOptions {
  schema: S;
}

/** A write whose answer, when it has a body, must match `schema`. */
export interface GraphWriteOptions<S extends z.ZodType> extends GraphCallOptions {
  schema?: S;
}

/** Errors Entra answers while a new object has not reached every replica yet. */
export function isReplicationError(res: HttpResponse): boolean {
  if (res.status !== 400 && res.status !== 404) return false;
  const error = (res.data as { error?: { code?: string; message?: string } } | undefined)?.error;
  const text = `${error?.code ?? ''} ${error?.message ?? ''}`;
  return /Request_ResourceNotFound|NoBackingApplicationObject|does not exist|does not reference a valid application object|not present/i.test(
    text,
  );
}

/**
 * Entra's refusal of a write made too close to another one to the same object: `409 Directory_ConcurrencyViolation`
 * "Error due to concurrent requests being made to the tenant. Please wait briefly and retry." (observed on
 * application credential writes, nais/azurerator#448). Nothing was written: asked again after a backoff.
 */
export function isConcurrencyViolation(res: HttpResponse): boolean {
  const error = (res.data as { error?: { code?: string } } | undefined)?.error;
  return res.status === 409 && error?.code === 'Directory_ConcurrencyViolation';
}

/** Epoch ms: when the run's budget ('verify-timeout') started and when it ends. */
export interface WaitBudget {
  start: number;
  deadline: number;
}

export function waitBudget(seconds: number, now: number = Date.now()): WaitBudget {
  return { start: now, deadline: now + seconds * 1000 };
}

export class GraphClient {
  constructor(
    private readonly http: HttpClient,
    /** base URL without /v1.0 */
    private readonly endpoint: string,
    private readonly token: () => Promise<string>,
    /** the run's time to wait for propagation ('verify-timeout'): no retry waits beyond its deadline */
    private readonly budget: WaitBudget,
  ) {}

  /** The object at `path` checked against `options.schema`; undefined only for a 404 with `allowNotFound`. */
  get<S extends z.ZodType>(
    path: string,
    options: GraphReadOptions<S> & { allowNotFound: true },
  ): Promise<z.infer<S> | undefined>;
  get<S extends z.ZodType>(
    path: string,
    options: GraphReadOptions<S> & { allowNotFound?: false },
  ): Promise<z.infer<S>>;
  get<S extends z.ZodType>(path: string, options: GraphReadOptions<S>): Promise<z.infer<S> | undefined> {
    // a GET answers its schema or throws, except a 404 with allowNotFound
    return this.call('GET', path, undefined, options);
  }

  patch<S extends z.ZodType>(
    path: string,
    body: unknown,
    options: GraphWriteOptions<S>,
  ): Promise<z.infer<S> | undefined> {
    return this.call('PATCH', path, body, { idempotent: true, ...options });
  }

  post<S extends z.ZodType>(
    path: string,
    body: unknown,
    options: GraphWriteOptions<S>,
  ): Promise<z.infer<S> | undefined> {
    return this.call('POST', path, body, options);
  }

  /**
   * DELETE; 'gone' when Graph answers 404 (deleted before, e.g. by an earlier removal): deletes are
   * idempotent, and the plan was made from a read that may be a moment old.
   */
  async delete(path: string, options: Omit<GraphCallOptions, 'allowNotFound'>): Promise<'deleted' | 'gone'> {
    let found = true;
    // a repeated DELETE is harmless: the object is gone either way (404 counts as gone)
    await this.call(
      'DELETE',
      path,
      undefined,
      { idempotent: true, ...options, allowNotFound: true },
      () => (found = false),
    );
    return found ? 'deleted' : 'gone';
  }

  private async call<S extends z.ZodType>(
    method: 'GET' | 'PATCH' | 'POST' | 'DELETE',
    path: string,
    body: unknown,
    options: GraphWriteOptions<S>,
    onNotFound?: () => void,
  ): Promise<z.infer<S> | undefined> {
    const token = await this.token();
    const url = `${this.endpoint}/v1.0${path}`;
    const res = await this.http.request({
      method,
      url,
      service: 'graph',
      headers: { authorization: `Bearer ${token}`, accept: 'application/json', ...options.headers },
      json: body,
      // key credentials carry public keys only, but keep bodies out of logs anyway
      sensitive: true,
      deadline: this.budget.deadline,
      budgetStart: this.budget.start,
      retryWhen: (r) =>
        isConcurrencyViolation(r) ||
        (Boolean(options.afterCreate) &&
          isReplicationError(r) &&
          !(method === 'GET' && options.allowNotFound)),
      // replication waits are bounded by the deadline (verify-timeout), not by an attempt count
      maxAttempts: options.afterCreate ? Infinity : undefined,
      ...(options.afterCreate ? { pollForPropagation: true as const } : {}),
      idempotent: options.idempotent,
    });
    if (res.status >= 200 && res.status < 300) {
      // a write may answer without a body (204); a read never may
      if (method !== 'GET' && res.data === '' && !res.malformed) return undefined;
      if (!options.schema) return undefined;
      return readBody({ service: 'graph', method, url }, res, options.schema);
    }
    if (res.status === 404 && options.allowNotFound) {
      onNotFound?.();
      return undefined;
    }
    throw graphErrorFrom(res, { method, path, permission: options.permission });
  }
}

/** Quotes a value for an OData key segment or filter: `'` doubles. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

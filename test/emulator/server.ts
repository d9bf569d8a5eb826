/** HTTPS plumbing: one listener per service on 127.0.0.1, interceptors, added latency, the request log. */
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { EmulatorTls } from './tls.js';
import type {
  EmulatorRequest,
  EmulatorResponse,
  Handler,
  Interceptor,
  RequestLogEntry,
  ServiceName,
} from './types.js';

export interface ServiceListener {
  url: string;
  close(): Promise<void>;
}

export interface ServerOptions {
  tls: EmulatorTls;
  log: RequestLogEntry[];
  interceptors: Interceptor[];
  latencyMs: () => number;
}

function parseBody(req: EmulatorRequest): unknown {
  if (req.body.length === 0) return undefined;
  const type = String(req.headers['content-type'] ?? '');
  try {
    if (type.includes('json')) return req.json();
    if (type.includes('x-www-form-urlencoded')) return Object.fromEntries(req.form());
  } catch {
    /* logged raw below */
  }
  return req.body.toString('utf8');
}

function send(res: import('node:http').ServerResponse, response: EmulatorResponse): unknown {
  const headers: Record<string, string> = { ...(response.headers ?? {}) };
  let payload: Buffer | undefined;
  let logged: unknown = response.body;
  if (Buffer.isBuffer(response.body)) payload = response.body;
  else if (typeof response.body === 'string') payload = Buffer.from(response.body);
  else if (response.body !== undefined) {
    payload = Buffer.from(JSON.stringify(response.body));
    headers['content-type'] ??= 'application/json; charset=utf-8';
    logged = response.body;
  }
  if (payload) headers['content-length'] = String(payload.length);
  res.writeHead(response.status, headers);
  res.end(payload);
  return logged;
}

export async function listen(
  service: ServiceName,
  handler: Handler,
  options: ServerOptions,
): Promise<ServiceListener> {
  const server = https.createServer(
    { key: options.tls.keyPem, cert: options.tls.certPem, keepAlive: true },
    (req, res) => {
      const startedAt = Date.now();
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => void answer());
      const answer = async () => {
        const url = new URL(req.url ?? '/', 'https://127.0.0.1');
        const body = Buffer.concat(chunks);
        const request: EmulatorRequest = {
          service,
          method: req.method ?? 'GET',
          path: decodeURIComponent(url.pathname),
          query: url.searchParams,
          headers: req.headers,
          body,
          json: <T>() => JSON.parse(body.toString('utf8')) as T,
          form: () => new URLSearchParams(body.toString('utf8')),
        };
        let response: EmulatorResponse | undefined;
        let intercepted = false;
        try {
          const latency = options.latencyMs();
          if (latency > 0) await new Promise((r) => setTimeout(r, latency));
          for (const interceptor of options.interceptors) {
            response = await interceptor(request);
            if (response) {
              intercepted = true;
              break;
            }
          }
          response ??= await handler(request);
        } catch (error) {
          response = { status: 500, body: { error: { code: 'EmulatorError', message: String(error) } } };
        }
        if (response.status === 0) {
          // an interceptor asked for a connection reset
          options.log.push(entry(request, 0, startedAt, intercepted, undefined));
          req.socket.destroy();
          return;
        }
        const logged = send(res, response);
        options.log.push(entry(request, response.status, startedAt, intercepted, logged));
      };
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function entry(
  req: EmulatorRequest,
  status: number,
  startedAt: number,
  intercepted: boolean,
  responseBody: unknown,
): RequestLogEntry {
  return {
    service: req.service,
    method: req.method,
    path: req.path,
    query: req.query.toString(),
    status,
    startedAt,
    endedAt: Date.now(),
    requestHeaders: req.headers,
    requestBody: parseBody(req),
    responseBody,
    intercepted,
  };
}

/**
 * Real network peers for the HTTP stack's tests, all on 127.0.0.1: an HTTPS server signed by a
 * throwaway CA, and a CONNECT proxy that records the tunnels it opens.
 */
import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import type { AddressInfo } from 'node:net';
import { createEmulatorTls, type EmulatorTls } from '../emulator/tls.js';

export type TestTls = EmulatorTls;

/** A CA and a server certificate for 127.0.0.1 and localhost (the emulator's). */
export const makeTestTls = (): TestTls => createEmulatorTls();

export interface SeenRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Remote port of the TCP connection: equal ports mean a reused (keep-alive) connection. */
  remotePort: number;
}

export type Handler = (req: SeenRequest, res: http.ServerResponse, index: number) => void;

export interface TestServer {
  url: string;
  port: number;
  requests: SeenRequest[];
  /** Replaces the handler for the next requests. */
  handle(handler: Handler): void;
  close(): Promise<void>;
}

async function listen(server: net.Server): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

async function shut(server: net.Server, sockets: Set<net.Socket>): Promise<void> {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** An HTTPS server on 127.0.0.1 that records every request (with its body) before handing it on. */
export async function startHttpsServer(
  tls: TestTls,
  handler: Handler = (_r, res) => res.end(),
): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  const sockets = new Set<net.Socket>();
  let current = handler;
  const server = https.createServer({ cert: tls.certPem, key: tls.keyPem }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const seen: SeenRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        remotePort: req.socket.remotePort ?? 0,
      };
      requests.push(seen);
      current(seen, res, requests.length - 1);
    });
  });
  server.on('secureConnection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await listen(server);
  return {
    url: `https://127.0.0.1:${port}`,
    port,
    requests,
    handle: (h) => {
      current = h;
    },
    close: () => shut(server, sockets),
  };
}

export interface TestProxy {
  url: string;
  /** `CONNECT` targets in order, e.g. `127.0.0.1:41234`. */
  connects: string[];
  close(): Promise<void>;
}

/** A forward proxy that only tunnels (CONNECT), as corporate proxies do for HTTPS. */
export async function startConnectProxy(): Promise<TestProxy> {
  const connects: string[] = [];
  const sockets = new Set<net.Socket>();
  const track = (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  };
  const server = http.createServer((_req, res) => {
    res.writeHead(405).end('this test proxy only tunnels');
  });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    connects.push(`${req.method} ${req.url}`);
    track(client);
    const [host, port] = (req.url ?? '').split(':');
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, connects, close: () => shut(server, sockets) };
}

/** JSON response helper. */
export function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    .end(JSON.stringify(body));
}

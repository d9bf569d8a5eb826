/**
 * The HTTP stack's test bench: an HTTPS server on 127.0.0.1 signed by a throwaway CA, and clients
 * that trust that CA, record their logs and sleep instantly. `useTestServer()` starts the server for
 * the calling test file and closes every client after each test.
 */
import { resolve } from 'node:path';
import { HttpClient, type HttpClientOptions } from '../../src/http/client.js';
import { makeTestTls, startHttpsServer, type TestServer, type TestTls } from './http-servers.js';

export const repo = resolve(import.meta.dirname, '../..');
// Live bindings: assigned when the calling file's beforeAll runs.
export let tls: TestTls;
export let server: TestServer;
const clients: HttpClient[] = [];

export function useTestServer(): void {
  beforeAll(async () => {
    tls = makeTestTls();
    server = await startHttpsServer(tls);
  });

  afterEach(() => {
    while (clients.length) clients.pop()?.close();
    server.requests.length = 0;
  });

  afterAll(async () => {
    await server.close();
  });
}

export interface Harness {
  http: HttpClient;
  waits: number[];
  debug: string[];
  info: string[];
}

/** A client trusting the test CA, with recorded logs and instant, recorded sleeps. */
export function harness(options: HttpClientOptions = {}): Harness {
  const waits: number[] = [];
  const debug: string[] = [];
  const info: string[] = [];
  const http = new HttpClient({
    ca: tls.caPem,
    log: { debug: (m) => debug.push(m), info: (m) => info.push(m) },
    sleep: async (ms) => {
      waits.push(ms);
    },
    random: () => 0.5,
    ...options,
  });
  clients.push(http);
  return { http, waits, debug, info };
}

/** A clock that only moves when the client sleeps: deadlines become deterministic. */
export function fakeClock(start = Date.UTC(2030, 0, 1, 12, 0, 0)) {
  let t = start;
  const waits: number[] = [];
  return {
    waits,
    now: () => t,
    sleep: async (ms: number) => {
      waits.push(ms);
      t += ms;
    },
  };
}

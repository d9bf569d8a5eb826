/**
 * every failure message says the truth: a 5xx is an outage to retry, not a refusal; a
 * proxy's page is not Exchange accepting the certificate; the post step removes the PFX even after the
 * main step was killed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { failureOf, runOn, since } from '../support/e2e.js';
import { runAction } from '../support/run-action.js';

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

describe('outages are named as outages', () => {
  it('Entra answering 503 is "unavailable", not a refused sign-in', async () => {
    emulator.intercept((req) =>
      req.service === 'entra' && req.path.endsWith('/oauth2/v2.0/token')
        ? { status: 503, headers: { 'content-type': 'text/html' }, body: '<html>Service Unavailable</html>' }
        : undefined,
    );
    const mark = emulator.requests.length;
    try {
      const run = await runOn(emulator);
      expect(run.exitCode).toBe(1);
      expect(failureOf(run)).toMatch(/Entra ID is unavailable \(HTTP 503 from .* after \d+ attempt\(s\)\)/);
      expect(failureOf(run)).toMatch(/not a refusal of the sign-in: run the workflow again later/);
      expect(failureOf(run)).not.toMatch(/refused the sign-in/);
      expect(since(emulator, mark).filter((r) => r.service === 'graph')).toEqual([]);
    } finally {
      emulator.clearInterceptors();
    }
  });

  it("Entra answering 200 with a proxy's page says so, not that Entra refused the sign-in", async () => {
    emulator.intercept((req) =>
      req.service === 'entra' && req.path.endsWith('/oauth2/v2.0/token')
        ? { status: 200, headers: { 'content-type': 'text/html' }, body: '<html>Proxy login</html>' }
        : undefined,
    );
    try {
      const run = await runOn(emulator);
      expect(run.exitCode).toBe(1);
      expect(failureOf(run)).toMatch(
        /^Entra ID answered POST .* with 200 but its body is not JSON: <html>Proxy login/,
      );
      expect(failureOf(run)).not.toMatch(/refused the sign-in/);
    } finally {
      emulator.clearInterceptors();
    }
  });

  it('the OIDC endpoint answering 500 is an outage, not a missing id-token permission', async () => {
    emulator.fault({ service: 'oidc', status: 500, times: 1000 });
    try {
      const run = await runOn(emulator);
      expect(run.exitCode).toBe(1);
      expect(failureOf(run)).toMatch(/GitHub's OIDC token endpoint is unavailable \(HTTP 500\)/);
      expect(failureOf(run)).not.toMatch(/id-token: write/);
    } finally {
      emulator.clearInterceptors();
    }
  });

  it("Exchange answering 200 with a proxy's page is not verified: exchange", async () => {
    emulator.intercept((req) =>
      req.service === 'exchange' && req.path.startsWith('/adminapi/')
        ? { status: 200, headers: { 'content-type': 'text/html' }, body: '<html>Proxy login</html>' }
        : undefined,
    );
    try {
      const run = await runOn(emulator, { 'force-rotate': 'true' });
      expect(failureOf(run)).toBe('');
      expect(run.exitCode).toBe(0);
      expect(run.outputs.verified).toBe('token');
      expect(run.stdout).toMatch(
        /::warning::.*answered 200 with a body that is not an admin API answer: <html>Proxy login/,
      );
    } finally {
      emulator.clearInterceptors();
    }
  });
});

describe('the post step', () => {
  it('deletes the PFX of a main step killed after writing it', async () => {
    const main = await runOn(
      emulator,
      {},
      {},
      { killWhen: (line) => /::debug::published certificate/.test(line) },
    );
    const path = main.state['pfx-path'];
    expect(main.signal ?? main.exitCode).not.toBe(0);
    expect(path).toBeTruthy();
    const post = await runAction({
      inputs: emulator.actionInputs(),
      env: emulator.runnerEnv(),
      entry: 'post',
      runnerTemp: main.runnerTemp,
      state: main.state,
    });
    expect(post.exitCode).toBe(0);
    expect(existsSync(path)).toBe(false);
  });

  it('tolerates a PFX that was never written', async () => {
    const main = await runOn(emulator, { 'dry-run': 'true' });
    const folder = join(main.runnerTemp, 'exo-cba-never-written');
    mkdirSync(folder);
    const post = await runAction({
      inputs: emulator.actionInputs(),
      env: emulator.runnerEnv(),
      entry: 'post',
      runnerTemp: main.runnerTemp,
      state: { 'pfx-path': join(folder, 'exchange-online.pfx') },
    });
    expect(post.exitCode).toBe(0);
    expect(post.stdout).not.toMatch(/::warning::/);
    expect(post.stdout).not.toMatch(/Deleted/);
    expect(existsSync(folder)).toBe(false);
  });
});

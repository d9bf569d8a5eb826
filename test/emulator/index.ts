/**
 * The exo-cba emulator: GitHub's OIDC endpoint, Entra ID's token endpoint, Microsoft Graph, Exchange's
 * admin API and GitHub's secrets API over real HTTPS on 127.0.0.1, sharing one tenant. See README.md.
 */
import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, verifyJwtSignature } from './jwt.js';
import { createOidcService, defaultOidcConfig, type OidcConfig } from './oidc.js';
import { createEntraService } from './entra.js';
import { createGraphService } from './graph.js';
import { createExchangeService } from './exchange.js';
import { EXCHANGE_REGIONAL_HOST } from './exchange-region.js';
import { createGitHubService, GitHubState } from './github.js';
import { listen, type ServiceListener } from './server.js';
import { innerError } from './odata.js';
import { TenantState, type ReplicationDelays } from './state.js';
import { createEmulatorTls } from './tls.js';
import {
  SERVICE_NAMES,
  type CloudResources,
  type EmulatorContext,
  type EmulatorRequest,
  type EmulatorResponse,
  type Handler,
  type Interceptor,
  type RequestLogEntry,
  type ServiceName,
  type SigningKey,
} from './types.js';

export * from './types.js';
export * from './state.js';
export { GitHubState, fakeGitHubToken } from './github.js';
export type { StoredIssue, StoredLabel } from './github-state.js';
export type { OidcConfig } from './oidc.js';

/** Token audiences per Microsoft cloud, as Entra ID issues them there (the action's src/cloud.ts must agree). */
export const CLOUD_RESOURCES: Record<'public' | 'usgov' | 'usgovdod' | 'china', CloudResources> = {
  public: {
    graph: 'https://graph.microsoft.com',
    exchange: 'https://outlook.office365.com',
    compliance: 'https://ps.compliance.protection.outlook.com',
  },
  usgov: {
    graph: 'https://graph.microsoft.us',
    exchange: 'https://outlook.office365.us',
    compliance: 'https://ps.compliance.protection.office365.us',
  },
  usgovdod: {
    graph: 'https://dod-graph.microsoft.us',
    exchange: 'https://outlook-dod.office365.us',
    compliance: 'https://ps.compliance.protection.office365.us',
  },
  china: {
    graph: 'https://microsoftgraph.chinacloudapi.cn',
    exchange: 'https://partner.outlook.cn',
    compliance: 'https://ps.compliance.protection.partner.outlook.cn',
  },
};

export interface EmulatorOptions {
  /** the Microsoft cloud to play: decides the resource URIs tokens are issued for (default public) */
  cloud?: keyof typeof CLOUD_RESOURCES;
  /** `owner/name` of the workflow's repository (OIDC `sub`, GITHUB_REPOSITORY) */
  repository?: string;
  tenantId?: string;
  replication?: Partial<ReplicationDelays>;
  /** added to every request, e.g. 50 ms for the bench */
  latencyMs?: number;
  /** an app may read its own application and service principal without Graph permissions (default false) */
  selfRead?: boolean;
  /** how long a new consent or directory role assignment is missing from list endpoints (default 0) */
  listLagMs?: number;
  /** Exchange's front door redirects this tenant to its regional host (default false) */
  exchangeRegionalRedirect?: boolean;
}

export interface FaultRule {
  service?: ServiceName;
  method?: string;
  /** matched against the decoded path (substring or RegExp) */
  path?: string | RegExp;
  /** how many matching requests to answer with the fault (default 1) */
  times?: number;
  /** HTTP status to answer, or 'reset' to drop the connection */
  status: number | 'reset';
  headers?: Record<string, string>;
  body?: unknown;
}

export interface Emulator {
  state: TenantState;
  github: GitHubState;
  oidc: OidcConfig;
  urls: Record<ServiceName, string>;
  /** Exchange's regional host (`https://localhost:<port>`): where the regional redirect leads */
  exchangeRegionalUrl: string;
  /** PEM file of the emulator's CA, for NODE_EXTRA_CA_CERTS */
  caFile: string;
  /** every request answered so far, in order of completion */
  requests: RequestLogEntry[];
  /** environment a runner gives the action: OIDC request variables, CA, GitHub API URL, repository, endpoints */
  runnerEnv(): Record<string, string>;
  /** the inputs of the provisioning app's entries for this emulator (tenant-id, client-id) */
  actionInputs(): Record<string, string>;
  /** answers matching requests with an error (or a connection reset) instead of the service */
  fault(rule: FaultRule): void;
  /** answers the next `times` matching requests with 429 and `Retry-After: retryAfterSeconds` */
  throttle(rule: Omit<FaultRule, 'status'> & { retryAfterSeconds: number }): void;
  /** runs before every service; see Interceptor */
  intercept(interceptor: Interceptor): void;
  clearInterceptors(): void;
  setLatency(ms: number): void;
  setReplication(delays: Partial<ReplicationDelays>): void;
  close(): Promise<void>;
}

function signingKey(): SigningKey {
  const { privateKey, publicKey }: { privateKey: KeyObject; publicKey: KeyObject } = generateKeyPairSync(
    'rsa',
    {
      modulusLength: 2048,
    },
  );
  return { privateKey, publicKey, kid: randomBytes(8).toString('hex') };
}

function matches(rule: FaultRule, req: EmulatorRequest): boolean {
  if (rule.service && rule.service !== req.service) return false;
  if (rule.method && rule.method.toUpperCase() !== req.method) return false;
  if (rule.path instanceof RegExp) return rule.path.test(req.path);
  if (typeof rule.path === 'string') return req.path.includes(rule.path);
  return true;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const repository = options.repository ?? 'contoso/exchange-automation';
  const tls = createEmulatorTls();
  const dir = mkdtempSync(join(tmpdir(), 'exo-cba-emulator-'));
  const caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, tls.caPem);

  const state = new TenantState({ tenantId: options.tenantId, repository });
  state.replication = {
    ...state.replication,
    ...(options.listLagMs !== undefined ? { listLagMs: options.listLagMs } : {}),
    ...options.replication,
  };
  state.selfRead = options.selfRead ?? false;
  state.exchangeRegionalRedirect = options.exchangeRegionalRedirect ?? false;
  const github = new GitHubState(repository);
  const oidc = defaultOidcConfig(repository);
  const requests: RequestLogEntry[] = [];
  const interceptors: Interceptor[] = [];
  let latency = options.latencyMs ?? 0;

  const urls = {} as Record<ServiceName, string>;
  const ctx: EmulatorContext = {
    state,
    cloud: options.cloud ?? 'public',
    resources: CLOUD_RESOURCES[options.cloud ?? 'public'],
    urls,
    oidcKey: signingKey(),
    entraKey: signingKey(),
    authenticate(req, audiences) {
      const header = String(req.headers.authorization ?? '');
      const token = header.startsWith('Bearer ') ? header.slice(7) : '';
      const jwt = token ? decodeJwt(token) : undefined;
      const unauthorized = (message: string): { response: EmulatorResponse } => ({
        response: {
          status: 401,
          headers: { 'www-authenticate': 'Bearer realm=""' },
          body: { error: { code: 'InvalidAuthenticationToken', message, innerError: innerError() } },
        },
      });
      if (!jwt) return unauthorized('Access token is empty.');
      if (!verifyJwtSignature(jwt, ctx.entraKey.publicKey))
        return unauthorized('Access token validation failure. Invalid signature.');
      if (typeof jwt.claims.exp !== 'number' || jwt.claims.exp * 1000 < Date.now()) {
        return unauthorized('Lifetime validation failed, the token is expired.');
      }
      if (!audiences.includes(String(jwt.claims.aud))) return unauthorized('Invalid audience.');
      return { claims: jwt.claims };
    },
    async intercept(req) {
      for (const interceptor of interceptors) {
        const response = await interceptor(req);
        if (response) return response;
      }
      return undefined;
    },
  };

  const handlers: Record<ServiceName, Handler> = {
    oidc: createOidcService(ctx, oidc),
    entra: createEntraService(ctx),
    graph: createGraphService(ctx),
    exchange: createExchangeService(ctx),
    github: createGitHubService(ctx, github),
  };
  const listeners: ServiceListener[] = [];
  for (const name of SERVICE_NAMES) {
    const listener = await listen(name, handlers[name], {
      tls,
      log: requests,
      interceptors,
      latencyMs: () => latency,
    });
    urls[name] = listener.url;
    listeners.push(listener);
  }

  const addRule = (rule: FaultRule) => {
    let remaining = rule.times ?? 1;
    interceptors.push((req) => {
      if (remaining <= 0 || !matches(rule, req)) return undefined;
      remaining--;
      if (rule.status === 'reset') return { status: 0 };
      return { status: rule.status, headers: rule.headers, body: rule.body };
    });
  };

  return {
    state,
    github,
    oidc,
    urls,
    exchangeRegionalUrl: urls.exchange.replace('127.0.0.1', EXCHANGE_REGIONAL_HOST),
    caFile,
    requests,
    runnerEnv: () => ({
      ACTIONS_ID_TOKEN_REQUEST_URL: `${urls.oidc}/_apis/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
      NODE_EXTRA_CA_CERTS: caFile,
      GITHUB_API_URL: urls.github,
      GITHUB_REPOSITORY: repository,
      GITHUB_REPOSITORY_OWNER: repository.split('/')[0],
      GITHUB_EVENT_NAME: oidc.eventName,
      GITHUB_REF: oidc.ref,
      GITHUB_ACTIONS: 'true',
      EXO_CBA_AUTHORITY_HOST: urls.entra,
      EXO_CBA_GRAPH_ENDPOINT: urls.graph,
      EXO_CBA_EXCHANGE_ENDPOINT: urls.exchange,
    }),
    actionInputs: () => ({
      ...(options.cloud ? { cloud: options.cloud } : {}),
      'tenant-id': state.tenantId,
      'client-id': state.provisioningApp.appId,
    }),
    fault: addRule,
    throttle: (rule) =>
      addRule({
        ...rule,
        status: 429,
        headers: { 'retry-after': String(rule.retryAfterSeconds) },
        body:
          rule.service === 'github'
            ? { message: 'You have exceeded a secondary rate limit.' }
            : { error: { code: 'TooManyRequests', message: 'Too many requests.', innerError: innerError() } },
      }),
    intercept: (interceptor) => interceptors.push(interceptor),
    clearInterceptors: () => interceptors.splice(0),
    setLatency: (ms) => {
      latency = ms;
    },
    setReplication: (delays) => {
      state.replication = { ...state.replication, ...delays };
    },
    close: async () => {
      await Promise.all(listeners.map((l) => l.close()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Keep-alive connection agents, direct or through a proxy. HTTPS through a proxy is tunnelled with
 * CONNECT (https-proxy-agent). Agents never set `ca` in production, so Node's default store —
 * including `NODE_EXTRA_CA_CERTS`, which Node reads at process start — applies to direct and
 * tunnelled connections alike.
 */
import * as http from 'node:http';
import * as https from 'node:https';
import { HttpsProxyAgent } from 'https-proxy-agent';

/** One agent per (scheme, proxy): a run makes ~20 requests to 3-4 hosts. */
export class AgentPool {
  private readonly agents = new Map<string, http.Agent>();

  /** `ca`: tests only, trust exactly these CA certificates (PEM) instead of Node's store. */
  constructor(private readonly ca?: string) {}

  agentFor(secure: boolean, proxy: string | undefined): http.Agent {
    const key = `${secure ? 'https' : 'http'} ${proxy ?? 'direct'}`;
    let agent = this.agents.get(key);
    if (!agent) {
      agent = proxy
        ? this.proxyAgent(proxy)
        : secure
          ? this.directAgent()
          : new http.Agent({ keepAlive: true });
      this.agents.set(key, agent);
    }
    return agent;
  }

  /** Destroys pooled connections so the process can exit promptly. */
  destroyAll(): void {
    for (const agent of this.agents.values()) agent.destroy();
    this.agents.clear();
  }

  private directAgent(): https.Agent {
    // No `ca` in production: an explicit `ca` would replace Node's store and lose NODE_EXTRA_CA_CERTS.
    return new https.Agent({ keepAlive: true, ...(this.ca ? { ca: this.ca } : {}) });
  }

  private proxyAgent(proxy: string): http.Agent {
    const ca = this.ca;
    if (!ca) return new HttpsProxyAgent(proxy, { keepAlive: true });
    // Tests: the target's TLS handshake (inside the tunnel) must trust the test CA too.
    class TestCaProxyAgent extends HttpsProxyAgent<string> {
      override connect(...[request, opts]: Parameters<HttpsProxyAgent<string>['connect']>) {
        return super.connect(request, opts.secureEndpoint ? { ...opts, ca } : opts);
      }
    }
    return new TestCaProxyAgent(proxy, { keepAlive: true });
  }
}

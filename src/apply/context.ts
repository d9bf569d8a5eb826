/** What apply's steps are given (the context) and what they learn while a plan is carried out (the state). */
import type { Clock } from '../action/clock.js';
import { InternalError } from '../action/errors.js';
import type { Logger } from '../action/log.js';
import type { IssuedCertificate } from '../certificate/certificate.js';
import type { ExchangeTarget } from '../exchange/cmdlets.js';
import type { GraphClient } from '../graph/client.js';
import type { HttpClient } from '../http/client.js';
import { KeyRing, type SignInProbe } from '../keys/key-ring.js';
import type { Lineage } from '../keys/lineage.js';
import type { Step } from '../plan/plan.js';
import type { SecretsClient } from '../secrets/client.js';
import { KEY_NOT_FOUND, tokenCheck } from '../verify/token-check.js';
import type { VerificationResult, VerifyOptions } from '../verify/types.js';

export interface ApplyContext {
  graph: GraphClient;
  http: HttpClient;
  /** what the run found: the app and its service principal (if they exist), Exchange's service principal */
  observed: {
    app?: { id: string; appId: string };
    servicePrincipal?: { id: string };
    exchange?: { id: string };
    organization: string;
  };
  tenantId: string;
  /** the certificate input, opened (undefined when none was given) */
  inputCertificate?: IssuedCertificate;
  /** the plan's signer: the certificate input signs addKey/removeKey proofs */
  signer?: IssuedCertificate;
  /**
   * false when the app may not read its own keys (a self-rotation without Graph permission): the key it added
   * is then trusted as Graph returned it, without reading it back
   */
  keysReadable?: boolean;
  /** the managed app itself writes its keys (the rotate entry); else the provisioning app does */
  callerIsApp?: boolean;
  /** whose keys this run writes and prunes */
  lineage: Lineage;
  /** the published password a new certificate keeps (so the certificate/password pair stays whole) */
  reusablePassword?: string;
  /** what verification needs besides the certificate and the app */
  verification: Omit<VerifyOptions, 'mode' | 'appId' | 'certificate' | 'tenantId' | 'organization' | 'http'>;
  secrets?: SecretsClient;
  /** the provisioning app's way to Exchange's cmdlets, for the managed app's role groups */
  exchangeAdmin?: ExchangeTarget;
  clock: Clock;
  log: Logger;
}

/** The plan's step of kind `K`. */
export type StepOf<K extends Step['kind']> = Extract<Step, { kind: K }>;

/** What the run has created, added and learnt so far. */
export class RunState {
  app?: { id: string; appId: string };
  servicePrincipalId?: string;
  /** the app was created in this run: later writes wait out Entra's replication errors */
  appCreated = false;
  /** the service principal was created in this run */
  spCreated = false;
  /** the certificate to publish: the input one, or the one this run added */
  certificate?: IssuedCertificate;
  rotated = false;
  verification?: VerificationResult;
  secretsWritten: string[] = [];
  /** one line per change made, for the log and the summary */
  readonly changes: string[] = [];
  private keyRing?: KeyRing;

  constructor(readonly ctx: ApplyContext) {
    const { app, servicePrincipal } = ctx.observed;
    this.app = app && { id: app.id, appId: app.appId };
    this.servicePrincipalId = servicePrincipal?.id;
    this.certificate = ctx.inputCertificate;
  }

  requireApp(): { id: string; appId: string } {
    if (!this.app) throw new InternalError('the app is not known yet');
    return this.app;
  }

  requireServicePrincipal(): string {
    if (!this.servicePrincipalId) throw new InternalError('the service principal is not known yet');
    return this.servicePrincipalId;
  }

  requireCertificate(): IssuedCertificate {
    if (!this.certificate) throw new InternalError('no certificate to publish');
    return this.certificate;
  }

  /** The one owner of the app's keys in this run, made once the app is known. */
  keys(): KeyRing {
    this.keyRing ??= new KeyRing({
      graph: this.ctx.graph,
      appObjectId: this.requireApp().id,
      lineage: this.ctx.lineage,
      signer: this.ctx.signer,
      appCreated: this.appCreated,
      readable: this.ctx.keysReadable ?? true,
      callerIsApp: this.ctx.callerIsApp ?? false,
      probe: this.ctx.keysReadable === false ? this.signInProbe() : undefined,
      clock: this.ctx.clock,
      log: this.ctx.log,
    });
    return this.keyRing;
  }

  /** Entra's answer to a fresh sign-in of the app with a certificate: AADSTS700027 means its key is gone. */
  private signInProbe(): SignInProbe {
    const { ctx } = this;
    return {
      keyNotFound: async (certificate) => {
        const check = tokenCheck(
          {
            ...ctx.verification,
            mode: 'token',
            tenantId: ctx.tenantId,
            appId: this.requireApp().appId,
            organization: ctx.observed.organization,
            certificate,
            http: ctx.http,
          },
          ctx.clock.now() + ctx.verification.timeoutSeconds * 1000,
        );
        const outcome = await check();
        return 'stage' in outcome && outcome.stage === 'key' && outcome.code === KEY_NOT_FOUND;
      },
    };
  }
}

/** What apply's steps are given (the context) and what they share while a plan is carried out (the state). */
import type { IssuedCertificate } from '../certificate/certificate.js';
import { ActionError } from '../action/errors.js';
import type { Logger } from '../action/log.js';
import type { GraphClient } from '../graph/client.js';
import type { AddedCertificate, KeyWriter } from './key-credentials.js';
import type { Lineage } from '../plan/lineage.js';
import type { NewKey } from './new-key.js';
import type { ObservedState } from '../observe/observe.js';
import type { Step } from '../plan/plan.js';
import type { SecretsClient } from '../secrets/client.js';
import type { VerificationResult } from '../verify/verify.js';
import type { Verify } from '../verify/verifier.js';

export interface ApplyContext {
  graph: GraphClient;
  observed: ObservedState;
  tenantId: string;
  /** the certificate input, opened (undefined when none was given) */
  inputCertificate?: IssuedCertificate;
  /** whose keys this run writes and prunes */
  lineage: Lineage;
  /**
   * false when the run may not read the app's keys (a self-rotation whose app may not read itself): the
   * key added with addKey is then trusted as Graph returned it, without reading it back after publishing
   */
  keysReadable?: boolean;
  /** the published password a new certificate keeps (so the certificate/password pair stays whole) */
  reusablePassword?: string;
  now: () => Date;
  log: Logger;
  /** verifies a certificate this run added (verify/verifier.ts) */
  verify: Verify;
  secrets?: SecretsClient;
  /** the new certificate's private key, possibly under way already (a rotation certain before the plan) */
  newKey: NewKey;
  /** the add-certificate step, already started while observing (a rotation certain from the app's keys) */
  earlyCertificate?: Promise<AddedCertificate>;
  /** called as soon as the certificate to publish is known and registered (outputs, PFX file) */
  onCertificate?: (certificate: IssuedCertificate, appId: string) => Promise<void> | void;
}

/** The plan's step of kind `K`. */
export type StepOf<K extends Step['kind']> = Extract<Step, { kind: K }>;

export interface AppIds {
  /** object ID */
  id: string;
  /** client ID */
  appId: string;
}

/** The state apply's steps share: what the run has created, added and learnt so far. */
export class ApplyState {
  app?: AppIds;
  servicePrincipalId?: string;
  /** the app was created in this run: later writes retry Entra's replication errors */
  appCreated = false;
  /** a concurrent run created the app first (upsert answered 204): it may hold that run's key already */
  appCreatedConcurrently = false;
  /** the service principal was created in this run */
  spCreated = false;
  /** the certificate to publish: the input one, or the one this run added */
  certificate?: IssuedCertificate;
  rotated = false;
  verification?: VerificationResult;
  secretsWritten: string[] = [];
  /** one line per change made, for the log and the summary */
  readonly changes: string[] = [];
  /**
   * The re-read after adding the key. It runs alongside the next stage (verification needs nothing from
   * it) and is settled before anything is published or removed: add → (check ∥ verify) → publish → remove.
   */
  keyCheck?: Promise<void>;
  /** aborted when that re-read fails: verification then stops waiting */
  readonly keyLost = new AbortController();
  /**
   * The removal's read (after publishing) found this run's new key registered, or its PATCH put it back:
   * ensureRegistered's separate read is then not needed.
   */
  registeredAfterPublishing = false;
  /** the proof key the certificate was added with (none: PATCH), for putting it back the same way */
  signedWith?: string;
  /** epoch ms the new key was written */
  keyWrittenAt?: number;

  constructor(readonly ctx: ApplyContext) {
    const { app, servicePrincipal } = ctx.observed;
    this.app = app ? { id: app.id, appId: app.appId } : undefined;
    this.servicePrincipalId = servicePrincipal?.id;
    this.certificate = ctx.inputCertificate;
  }

  requireApp(): AppIds {
    if (!this.app) throw new ActionError('internal: the app is not known yet');
    return this.app;
  }

  /** How this run writes the app's keys: with the plan's proof key (addKey/removeKey), else by PATCH. */
  keyWriter(signWith: string | undefined): KeyWriter {
    const input = this.ctx.inputCertificate;
    return {
      graph: this.ctx.graph,
      appObjectId: this.requireApp().id,
      lineage: this.ctx.lineage,
      signer: signWith && input?.thumbprintSha1 === signWith ? input : undefined,
      log: this.ctx.log,
    };
  }

  requireServicePrincipal(): string {
    if (!this.servicePrincipalId) throw new ActionError('internal: no service principal');
    return this.servicePrincipalId;
  }

  /** The pending re-read after adding the key, handed to whoever awaits it next. */
  takeKeyCheck(): Promise<void> | undefined {
    const pending = this.keyCheck;
    this.keyCheck = undefined;
    return pending;
  }
}

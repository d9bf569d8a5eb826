/**
 * The one owner of the managed app's keys in a run: it adds the run's key, tells whether it is still registered,
 * keeps it registered once published, and removes old keys of the run's lineage.
 *
 * With a signer (the certificate input, registered and valid) keys are added and removed one by one with
 * `addKey`/`removeKey` and a proof of possession: atomic, so parallel runs cannot drop each other's keys, and no
 * Graph permission when the app does it itself. Without one — the first key, or recovery once every key has
 * expired — only `PATCH /applications/{id}` can write, and it replaces the whole list: every PATCH starts from
 * a fresh read taken right before it (so it can drop only a key added within that round trip), and a kept key
 * a concurrent PATCH removed meanwhile makes Graph refuse it: read again and retry.
 *
 * Writes to the app go one at a time. The time is the injected clock's.
 */
import { ActionError, InternalError } from '../action/errors.js';
import type { Clock } from '../action/clock.js';
import type { Logger } from '../action/log.js';
import type { IssuedCertificate } from '../certificate/certificate.js';
import { proofOfPossession } from '../certificate/proof.js';
import { getKeyCredentials, updateApplication } from '../graph/applications.js';
import type { GraphClient } from '../graph/client.js';
import { GraphError } from '../graph/errors.js';
import { addKey, removeKey } from '../graph/key-roll.js';
import { keptKey, newKey, observeKey, type KeyRemoval, type ObservedKey } from './key.js';
import { managedKeyName, type Lineage } from './lineage.js';

/** How many times a key lost to a concurrent PATCH is put back before the run gives up. */
const READD_ATTEMPTS = 4;
/**
 * How long after its own key write a run looks at the keys for the last time: a PATCH another run computed
 * from a read taken before that write lands within a round trip or two, and is then seen and repaired.
 */
export const PATCH_SETTLE_MS = 2000;

export const CONCURRENCY_HINT =
  'Put exo-cba runs for one app in a `concurrency:` group so they cannot overlap.';

/** The state of the run's own key. */
type OwnKey =
  { state: 'none' } | { state: 'added'; certificate: IssuedCertificate; via: 'addKey' | 'PATCH'; at: number };

/**
 * For an app that may not read its keys: whether Entra now refuses a sign-in with a certificate as "key not
 * found" (AADSTS700027). Asked only of a key that Entra already accepted (verification), so a refusal means the
 * key was removed since, not that it has yet to replicate.
 */
export interface SignInProbe {
  keyNotFound(certificate: IssuedCertificate): Promise<boolean>;
}

export interface KeyRingOptions {
  graph: GraphClient;
  appObjectId: string;
  /** whose keys this run adds (a removal adds none) */
  lineage?: Lineage;
  /** the registered, valid certificate that signs addKey/removeKey proofs; none: keyCredentials PATCH */
  signer?: IssuedCertificate;
  /** the app was created moments ago: Entra's replication errors are waited out */
  appCreated: boolean;
  /** the managed app writes its own keys (self-rotation); false: the provisioning app does */
  callerIsApp: boolean;
  /**
   * false when the run may not read the app's keys (an app that may not read itself): what addKey answered is
   * all it knows, and the keys are not looked at again
   */
  readable?: boolean;
  /** when the keys cannot be read: Entra's answer to a sign-in tells a removed key instead */
  probe?: SignInProbe;
  clock: Clock;
  log: Logger;
}

export class KeyRing {
  private own: OwnKey = { state: 'none' };
  /** Graph refused the provisioning app's proof of possession: its keys are written by PATCH from then on */
  private proofRefused = false;
  /** how often the run's key was put back after a concurrent change dropped it */
  private restored = 0;

  constructor(private readonly options: KeyRingOptions) {}

  /** How keys are written: with proofs signed by the certificate input, or by PATCH. */
  get via(): 'addKey' | 'PATCH' {
    return this.options.signer && !this.proofRefused ? 'addKey' : 'PATCH';
  }

  /** The app's keys as Graph lists them now. */
  async read(): Promise<ObservedKey[]> {
    const { graph, appObjectId, appCreated } = this.options;
    return (await getKeyCredentials(graph, appObjectId, appCreated)).map(observeKey);
  }

  /** Whether the certificate's key is registered now; true when the keys cannot be read (nothing says otherwise). */
  async isRegistered(certificate: IssuedCertificate): Promise<boolean> {
    if (this.options.readable === false) return true;
    return (await this.read()).some((k) => k.thumbprint === certificate.thumbprintSha1);
  }

  /** Adds the certificate's key: addKey with a proof when a signer is known, else a PATCH from a fresh read. */
  async add(certificate: IssuedCertificate): Promise<'addKey' | 'PATCH'> {
    if (this.own.state !== 'none') throw new InternalError('a run adds one key');
    await this.write(certificate);
    this.own = { state: 'added', certificate, via: this.via, at: this.options.clock.now() };
    return this.via;
  }

  /**
   * Verification saw Entra refuse the run's new key: if a concurrent change dropped it, it is added again (the
   * same way) and true returned; a key that keeps disappearing ends the run, with nothing published.
   */
  async restoreBeforePublishing(): Promise<boolean> {
    return this.restore('while this run verified it');
  }

  /** Right before the run hands its new key to anyone: it is registered, or put back until it is. */
  async confirmBeforePublishing(): Promise<void> {
    if (this.options.readable === false) return;
    while (await this.restore('before this run published it'));
  }

  /**
   * The last look before the run exits 0 with its key published: once a concurrent PATCH based on an older read
   * can no longer land, read the keys; a key it dropped is added again (the same way) and the read repeated.
   */
  async keepRegistered({ verified }: { verified: boolean }): Promise<void> {
    if (this.own.state !== 'added') return;
    const { clock, readable, probe } = this.options;
    const wait = this.own.at + PATCH_SETTLE_MS - clock.now();
    if (wait > 0) await clock.sleep(wait);
    if (readable !== false) {
      while (await this.restore('after this run published it'));
      return;
    }
    // The keys cannot be read: a sign-in Entra refuses as "key not found" shows the verified key was removed.
    // It is added once more, and addKey's answer trusted, as for the first add: a sign-in right after would
    // be refused until the key replicates, whether or not it is registered.
    if (verified && probe && (await probe.keyNotFound(this.own.certificate))) {
      this.warnRestored(this.own.certificate, 'after this run published it');
      await this.write(this.own.certificate);
    }
  }

  /** Adds the run's key again when it is gone; false when it is registered. */
  private async restore(when: string): Promise<boolean> {
    if (this.own.state !== 'added' || (await this.isRegistered(this.own.certificate))) return false;
    const { certificate } = this.own;
    if (++this.restored > READD_ATTEMPTS)
      throw new ActionError(
        `Certificate ${certificate.thumbprintSha1} keeps disappearing from the app: another run keeps rewriting its ` +
          `keys${when.startsWith('after') ? '' : '. Nothing was published: the previous certificate, if any, stays in use'}. ` +
          `${CONCURRENCY_HINT} Then rerun the job.`,
      );
    this.warnRestored(certificate, when);
    await this.write(certificate);
    return true;
  }

  private warnRestored(certificate: IssuedCertificate, when: string): void {
    this.options.log.warning(
      `Certificate ${certificate.thumbprintSha1} was removed from the app by a concurrent change ${when}; ` +
        `registering it again. ${CONCURRENCY_HINT}`,
    );
  }

  /**
   * Removes keys of the run's lineage, never `protect` (the certificate the run leaves published). With a signer,
   * one `removeKey` after the other; else one PATCH based on a fresh read (keys added meanwhile stay).
   */
  async remove(removals: KeyRemoval[], protect?: string): Promise<KeyRemoval[]> {
    const doomed = removals.filter((r) => r.thumbprint !== protect);
    const { graph, appObjectId } = this.options;
    if (this.via === 'addKey') {
      try {
        for (const removal of doomed) await removeKey(graph, appObjectId, removal.keyId, this.proof());
        return doomed;
      } catch (error) {
        // removeKey fails one key at a time: the rest goes by PATCH, which removes only what is still there
        this.handleProofRefusal(error, 'removeKey');
      }
    }
    let removed: KeyRemoval[] = [];
    await this.patch((current) => {
      removed = doomed.filter((r) => current.some((k) => k.keyId === r.keyId && k.managed));
      return removed.length
        ? current.filter((k) => !removed.some((r) => r.keyId === k.keyId)).map(keptKey)
        : undefined;
    });
    return removed;
  }

  private async write(certificate: IssuedCertificate): Promise<void> {
    const { graph, appObjectId, lineage, appCreated } = this.options;
    if (!lineage) throw new InternalError('a key is added for a lineage');
    if (this.via === 'addKey') {
      const key = {
        key: certificate.certificateDerBase64,
        displayName: managedKeyName(certificate.thumbprintSha1, lineage),
      };
      try {
        await addKey(graph, appObjectId, key, this.proof(), appCreated);
        return;
      } catch (error) {
        this.handleProofRefusal(error, 'addKey');
      }
    }
    await this.patch((current) =>
      current.some((k) => k.thumbprint === certificate.thumbprintSha1)
        ? undefined
        : [...current.map(keptKey), newKey(certificate, lineage)],
    );
  }

  /**
   * PATCHes the key list `build` makes of a fresh read (undefined: nothing to write). When a key the body keeps
   * was removed by a concurrent PATCH since that read, Graph refuses it (400 KeyCredentialsInvalidValue,
   * UNVERIFIED: its use for a vanished keyId is not public): read again and retry.
   */
  private async patch(
    build: (current: ObservedKey[]) => Record<string, unknown>[] | undefined,
  ): Promise<void> {
    const { graph, appObjectId, appCreated } = this.options;
    for (let attempt = 1; ; attempt++) {
      const keyCredentials = build(await this.read());
      if (!keyCredentials) return;
      try {
        await updateApplication(graph, appObjectId, { keyCredentials }, appCreated);
        return;
      } catch (error) {
        const keptKeyVanished =
          error instanceof GraphError && error.status === 400 && error.code === 'KeyCredentialsInvalidValue';
        if (!keptKeyVanished || attempt > READD_ATTEMPTS) throw error;
      }
    }
  }

  /**
   * Graph's 401 to a proof of possession. For the provisioning app it may be Graph's reading of `iss`: addKey's page
   * says the proof names "the application that is making the call", removeKey's "the application on which the call
   * is made", and exo-cba sends the latter. Then the key is written by PATCH, which the provisioning app may do.
   * For the app itself, the proof names the wrong object or is signed by a certificate Graph does not take.
   */
  private handleProofRefusal(error: unknown, action: 'addKey' | 'removeKey'): void {
    const refused = error instanceof GraphError && error.status === 401;
    if (!refused) throw error;
    const { signer, appObjectId, callerIsApp, log } = this.options;
    if (!callerIsApp) {
      this.proofRefused = true;
      log.info(
        `Graph refused the provisioning app's proof of possession for ${action} (401 ${error.code}): writing the ` +
          "app's keys with a keyCredentials PATCH instead.",
      );
      return;
    }
    throw new ActionError(
      `Graph refused the proof of possession for ${action} (401 ${error.code}, request-id ${error.requestId ?? 'n/a'}). ` +
        `The proof names object ID ${appObjectId} ('app-object-id') as the app and is signed by certificate ` +
        `${signer?.thumbprintSha1 ?? '(none)'} ('certificate'): check that app-object-id is the app's Object ID ` +
        '(secret EXO_APP_OBJECT_ID, not its client ID) and that the certificate is registered on the app and valid.',
      { cause: error },
    );
  }

  private proof(): string {
    const { signer, appObjectId, clock } = this.options;
    if (!signer) throw new InternalError('no certificate signs the proof of possession');
    return proofOfPossession(appObjectId, signer, clock.now());
  }
}

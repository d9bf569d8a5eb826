/**
 * The private key of the certificate a rotation issues. RSA key generation takes 50-500 ms (off the event
 * loop), so it starts as soon as a rotation is certain — from the inputs (main), from the app's keys
 * (early rotation) or from the plan (apply) — and overlaps the round trips before add-certificate.
 */
import { awaitedLater } from '../action/log.js';
import { generateRsaKey } from '../certificate/rsa-key.js';

export class NewKey {
  private pem?: Promise<string>;

  constructor(private readonly keySize: number) {}

  /** Starts generating the key, once; every later call returns the same key. */
  start(): Promise<string> {
    // add-certificate awaits it, and reports its error
    this.pem ??= awaitedLater(generateRsaKey(this.keySize));
    return this.pem;
  }
}

/** A key generated early when the inputs already make a rotation certain: no certificate input, or force-rotate. */
export function prepareNewKey(settings: {
  keySize: number;
  dryRun: boolean;
  certificate?: unknown;
  forceRotate: boolean;
}): NewKey {
  const newKey = new NewKey(settings.keySize);
  if (!settings.dryRun && (!settings.certificate || settings.forceRotate)) newKey.start();
  return newKey;
}

/**
 * The certificate inputs: what a new certificate looks like, when to rotate, and the PFX to reuse. Only
 * opening a given PFX loads node-forge, so a run that fails on other inputs starts and ends fast.
 */
import type { IssuedCertificate } from '../certificate/certificate.js';
import { isKeySize, MAX_VALIDITY_DAYS, MIN_VALIDITY_DAYS, type KeySize } from '../certificate/limits.js';
import { escapeDnValue, parseSubject } from '../certificate/subject.js';
import { InputError } from '../action/errors.js';
import { maskCertificate } from '../action/mask.js';
import type { InputCheck } from './reader.js';

export interface CertificateSettings {
  /** the `certificate` input, opened with its password */
  certificate?: IssuedCertificate;
  certificateSubject: string;
  certificateValidityDays: number;
  rotateBeforeDays: number;
  /** fail the step when the published certificate expires this soon and was not rotated */
  failBeforeDays: number;
  keySize: KeySize;
}

export async function readCertificateSettings(
  check: InputCheck,
  appName: string,
): Promise<CertificateSettings> {
  const certificateSubject = readSubject(check, appName);
  const certificateValidityDays = check.integer(
    'certificate-validity-days',
    365,
    MIN_VALIDITY_DAYS,
    MAX_VALIDITY_DAYS,
    'days',
  );
  const rotateBeforeDays = check.integer('rotate-before-days', 30, 0, MAX_VALIDITY_DAYS - 1, 'days');
  if (rotateBeforeDays >= certificateValidityDays) {
    check.fail(
      'rotate-before-days',
      `${rotateBeforeDays} must be less than certificate-validity-days (${certificateValidityDays}), or every run would rotate.`,
    );
  }
  const failBeforeDays = check.integer('fail-before-days', 7, 0, MAX_VALIDITY_DAYS - 1, 'days');
  if (failBeforeDays > rotateBeforeDays) {
    check.fail(
      'fail-before-days',
      `${failBeforeDays} must not exceed rotate-before-days (${rotateBeforeDays}): the step would fail before a rotation is due.`,
    );
  }
  const keySizeText = check.string('key-size') || '2048';
  const keySize = Number(keySizeText);
  const knownKeySize = String(keySize) === keySizeText && isKeySize(keySize);
  if (!knownKeySize) check.fail('key-size', `'${keySizeText}' is not 2048, 3072 or 4096.`);
  const certificate = await openCertificateInput(check);
  return {
    certificate,
    certificateSubject,
    certificateValidityDays,
    rotateBeforeDays,
    failBeforeDays,
    keySize: knownKeySize ? keySize : 2048,
  };
}

/** The subject input, else CN=<app name>; checked now, so a bad one fails before any request. */
function readSubject(check: InputCheck, appName: string): string {
  const subject = check.string('certificate-subject') || `CN=${escapeDnValue(appName)}`;
  try {
    parseSubject(subject);
  } catch (error) {
    check.fail(
      'certificate-subject',
      `'${subject}' is not a distinguished name (${(error as Error).message}). Use e.g. CN=Exchange Automation, O=Contoso.`,
    );
  }
  return subject;
}

/** Opens the `certificate` input with `certificate-password`, if one is given. */
async function openCertificateInput(check: InputCheck): Promise<IssuedCertificate | undefined> {
  const pfxBase64 = check.string('certificate');
  if (!pfxBase64) return undefined;
  const password = check.raw('certificate-password');
  if (!password) {
    return check.fail(
      'certificate-password',
      'is required when certificate is set. Pass ${{ secrets.EXO_CERTIFICATE_PASSWORD }}.',
    );
  }
  // node-forge is loaded only here, to open a PFX
  const { openPfx } = await import('../certificate/certificate.js');
  try {
    const certificate = openPfx(pfxBase64, password);
    maskCertificate(certificate); // its key in PEM is a new form of the secret: mask it before anything prints
    return certificate;
  } catch (error) {
    if (error instanceof InputError) check.errors.push(error);
    else
      check.fail(
        'certificate',
        'could not be read as a base64 PKCS#12 (PFX). Pass ${{ secrets.EXO_CERTIFICATE }} as written by exo-cba.',
      );
    return undefined;
  }
}

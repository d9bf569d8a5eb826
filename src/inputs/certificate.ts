/**
 * The certificate inputs: what a new certificate looks like, when to rotate, and the PFX to reuse. Only
 * opening a given PFX loads node-forge, so a run that fails on other inputs starts and ends fast.
 */
import type { IssuedCertificate } from '../certificate/certificate.js';
import {
  isKeySize,
  MAX_VALIDITY_DAYS,
  MIN_PASSWORD_LENGTH,
  MIN_VALIDITY_DAYS,
  type KeySize,
} from '../certificate/limits.js';
import { commonNameSubject, parseSubject } from '../certificate/subject.js';
import { InputError } from '../action/errors.js';
import { maskCertificate } from '../action/mask.js';
import type { InputCheck } from './reader.js';

export interface CertificateSettings {
  /** the `certificate` input, opened with its password */
  certificate?: IssuedCertificate;
  /**
   * The certificate/password pair that does not open, when the run can repair it (bootstrap with secrets):
   * what was found. A run that stopped between two secret writes leaves such a pair; this run issues a
   * new certificate and writes the pair again instead of failing every run from now on.
   */
  certificateUnreadable?: string;
  /** the published password (exo-cba's, 32+ characters), kept for a new certificate so the pair stays whole */
  publishedPassword?: string;
  certificateSubject: string;
  /** no certificate-subject input: an adopted app's own name makes the subject (plan/subject.ts) */
  certificateSubjectDefaulted: boolean;
  certificateValidityDays: number;
  rotateBeforeDays: number;
  /** fail the step when the published certificate expires this soon and was not rotated */
  failBeforeDays: number;
  keySize: KeySize;
}

export async function readCertificateSettings(
  check: InputCheck,
  appName: string,
  /** a pair that does not open is repaired, not refused: the run can issue a key and write both secrets */
  repairable = false,
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
  const { certificate, problem } = await openCertificateInput(check);
  const password = check.raw('certificate-password');
  // only a pair exo-cba wrote (its passwords have 32+ characters) is repaired: a mistyped one is an input error
  const exoCbaPair = password === '' || password.length >= MIN_PASSWORD_LENGTH;
  const repair = Boolean(problem) && repairable && exoCbaPair;
  if (problem && !repair) check.errors.push(problem);
  return {
    certificate,
    certificateUnreadable: repair ? problem?.message : undefined,
    publishedPassword: password.length >= MIN_PASSWORD_LENGTH ? password : undefined,
    certificateSubject,
    certificateSubjectDefaulted: !check.string('certificate-subject'),
    certificateValidityDays,
    rotateBeforeDays,
    failBeforeDays,
    keySize: knownKeySize ? keySize : 2048,
  };
}

/** The subject input, else CN=<app name>; checked now, so a bad one fails before any request. */
function readSubject(check: InputCheck, appName: string): string {
  const subject = check.string('certificate-subject') || commonNameSubject(appName);
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

/** Opens the `certificate` input with `certificate-password`, if one is given: the pair, or what is wrong with it. */
async function openCertificateInput(
  check: InputCheck,
): Promise<{ certificate?: IssuedCertificate; problem?: InputError }> {
  const pfxBase64 = check.string('certificate');
  if (!pfxBase64) return {};
  const password = check.raw('certificate-password');
  if (!password) {
    const problem = new InputError(
      'certificate-password',
      'is required when certificate is set. Pass ${{ secrets.EXO_CERTIFICATE_PASSWORD }}.',
    );
    return { problem };
  }
  // node-forge is loaded only here, to open a PFX
  const { openPfx } = await import('../certificate/certificate.js');
  try {
    const certificate = openPfx(pfxBase64, password);
    maskCertificate(certificate); // its key in PEM is a new form of the secret: mask it before anything prints
    return { certificate };
  } catch (error) {
    if (error instanceof InputError) return { problem: error };
    const problem = new InputError(
      'certificate',
      'could not be read as a base64 PKCS#12 (PFX). Pass ${{ secrets.EXO_CERTIFICATE }} as written by exo-cba.',
    );
    return { problem };
  }
}

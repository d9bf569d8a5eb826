/**
 * The certificate inputs: the PFX the job holds now, what a new certificate looks like, and when to rotate.
 * Only opening a given PFX loads node-forge.
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

const DAY_MS = 86_400_000;

/** The certificate/password pair a job holds now (`certificate`, `certificate-password`). */
export interface CertificateInput {
  /** the `certificate` input, opened with its password */
  certificate?: IssuedCertificate;
  /**
   * The pair that does not open, when the run can repair it (bootstrap with secrets): what was found. A run that
   * stopped between two secret writes leaves such a pair; this run issues a new certificate and writes the
   * pair again instead of failing every run from now on.
   */
  certificateUnreadable?: string;
  /** the published password (exo-cba's, 32+ characters), kept for a new certificate so the pair stays whole */
  publishedPassword?: string;
}

/** What a new certificate looks like. */
export interface NewCertificate {
  certificateSubject: string;
  /** no certificate-subject input: an adopted app's own name makes the subject (plan/subject.ts) */
  certificateSubjectDefaulted: boolean;
  certificateValidityDays: number;
  keySize: KeySize;
}

/** When the published certificate is rotated, warned about, and failed on. */
export interface ExpiryPolicy {
  rotateBeforeDays: number;
  /** fail the step when the published certificate expires this soon and was not rotated */
  failBeforeDays: number;
}

/**
 * A PFX is kilobytes of base64, exo-cba's password 43 characters: the other way round, the two secrets were passed
 * to each other's input. Said as that, before either is judged alone (which would only say "too long").
 */
function swapped(check: InputCheck): boolean {
  const certificate = check.peek('certificate');
  const password = check.peek('certificate-password');
  if (!(certificate.length > 0 && certificate.length < 200 && password.length > 1000)) return false;
  check.refuse(
    'certificate',
    "looks swapped with 'certificate-password': 'certificate' is short like a password, 'certificate-password' is " +
      'kilobytes long like a PFX. Pass certificate: ${{ secrets.EXO_CERTIFICATE }} and certificate-password: ' +
      '${{ secrets.EXO_CERTIFICATE_PASSWORD }}.',
    ['certificate-password'],
  );
  return true;
}

export async function readCertificateInput(
  check: InputCheck,
  { required = false, repairable = false }: { required?: boolean; repairable?: boolean } = {},
): Promise<CertificateInput> {
  if (required) check.required('certificate', 'the published PFX: pass ${{ secrets.EXO_CERTIFICATE }}');
  if (swapped(check)) return {};
  const { certificate, problem } = await openCertificate(check);
  const password = check.raw('certificate-password');
  // only a pair exo-cba wrote (its passwords have 32+ characters) is repaired: a mistyped one is an input error
  const repair =
    Boolean(problem) && repairable && (password === '' || password.length >= MIN_PASSWORD_LENGTH);
  if (problem && !repair) check.errors.push(problem);
  return {
    certificate,
    certificateUnreadable: repair ? problem?.message : undefined,
    publishedPassword: password.length >= MIN_PASSWORD_LENGTH ? password : undefined,
  };
}

export function readNewCertificate(check: InputCheck, appName: string): NewCertificate {
  const subject = check.string('certificate-subject') || commonNameSubject(appName);
  try {
    parseSubject(subject);
  } catch (error) {
    check.fail(
      'certificate-subject',
      `'${subject}' is not a distinguished name (${(error as Error).message}). Use e.g. CN=Exchange Automation, O=Contoso.`,
    );
  }
  const keySizeText = check.string('key-size') || '2048';
  const keySize = Number(keySizeText);
  const known = String(keySize) === keySizeText && isKeySize(keySize);
  if (!known) check.fail('key-size', `'${keySizeText}' is not 2048, 3072 or 4096.`);
  return {
    certificateSubject: subject,
    certificateSubjectDefaulted: !check.string('certificate-subject'),
    certificateValidityDays: check.integer(
      'certificate-validity-days',
      365,
      MIN_VALIDITY_DAYS,
      MAX_VALIDITY_DAYS,
      'days',
    ),
    keySize: known ? keySize : 2048,
  };
}

/** A self-rotation issues its next certificate like the current one: same subject, key size and lifetime. */
export function likeCurrent(current: IssuedCertificate): NewCertificate {
  let subject = current.subject;
  try {
    parseSubject(subject);
  } catch {
    subject = commonNameSubject('Exchange Online Automation');
  }
  const days = Math.round((current.notAfter.getTime() - current.notBefore.getTime()) / DAY_MS);
  return {
    certificateSubject: subject,
    certificateSubjectDefaulted: false,
    certificateValidityDays: Math.min(MAX_VALIDITY_DAYS, Math.max(MIN_VALIDITY_DAYS, days)),
    keySize: isKeySize(current.keySize) ? current.keySize : 2048,
  };
}

/** `rotate-before-days` (below the lifetime of new certificates) and, where the entry has it, `fail-before-days`. */
export function readExpiryPolicy(
  check: InputCheck,
  { validityDays, failBefore }: { validityDays?: number; failBefore: boolean },
): ExpiryPolicy {
  const rotateBeforeDays = check.integer('rotate-before-days', 30, 0, MAX_VALIDITY_DAYS - 1, 'days');
  if (validityDays !== undefined && rotateBeforeDays >= validityDays) {
    check.fail(
      'rotate-before-days',
      `${rotateBeforeDays} must be less than the lifetime of new certificates (${validityDays} days), or every run would rotate.`,
    );
  }
  // an entry without the input (rotate: a due certificate is always rotated) fails a week before expiry
  const failBeforeDays = failBefore
    ? check.integer('fail-before-days', 7, 0, MAX_VALIDITY_DAYS - 1, 'days')
    : Math.min(7, rotateBeforeDays);
  if (failBeforeDays > rotateBeforeDays) {
    check.fail(
      'fail-before-days',
      `${failBeforeDays} must not exceed rotate-before-days (${rotateBeforeDays}): the step would fail before a rotation is due.`,
    );
  }
  return { rotateBeforeDays, failBeforeDays };
}

/** Opens the `certificate` input with `certificate-password`, if one is given: the pair, or what is wrong with it. */
async function openCertificate(
  check: InputCheck,
): Promise<{ certificate?: IssuedCertificate; problem?: InputError }> {
  const pfxBase64 = check.string('certificate');
  if (!pfxBase64) return {};
  const password = check.raw('certificate-password');
  if (!password) {
    return {
      problem: new InputError(
        'certificate-password',
        'is required when certificate is set. Pass ${{ secrets.EXO_CERTIFICATE_PASSWORD }}.',
      ),
    };
  }
  const { openPfx } = await import('../certificate/certificate.js');
  try {
    const certificate = openPfx(pfxBase64, password);
    maskCertificate(certificate); // its key in PEM is a new form of the secret: mask it before anything prints
    return { certificate };
  } catch (error) {
    if (error instanceof InputError) return { problem: error };
    return {
      problem: new InputError(
        'certificate',
        'could not be read as a base64 PKCS#12 (PFX). Pass ${{ secrets.EXO_CERTIFICATE }} as written by exo-cba.',
      ),
    };
  }
}

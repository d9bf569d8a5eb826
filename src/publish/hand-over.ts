/**
 * Hands a certificate to the job: the PFX file under RUNNER_TEMP, the certificate outputs and, on Windows with
 * install-certificate, the user's certificate store. A provisioning or rotating run does it once the certificate
 * is registered and verified, before any secret carries it.
 */
import * as core from '@actions/core';
import type { Logger } from '../action/log.js';
import { STATE_INSTALLED_THUMBPRINT } from '../action/state-names.js';
import type { IssuedCertificate } from '../certificate/certificate.js';
import type { ConnectCredential } from './connect-line.js';
import { installCertificate } from './install-certificate.js';
import { setCertificateOutputs } from './outputs.js';
import { writePfxFile } from './pfx-file.js';

/** Returns how a later step signs in with it: the store when the import worked, else the file. */
export async function handToJob(
  certificate: IssuedCertificate,
  /** `pfxOutputs`: the PFX and its password as outputs too (the use entry's job has them as secrets already) */
  options: { installCertificate: boolean; pfxOutputs: boolean },
  env: NodeJS.ProcessEnv,
  log: Logger,
): Promise<ConnectCredential> {
  const path = writePfxFile(certificate, env);
  setCertificateOutputs(certificate, path, options.pfxOutputs);
  core.debug(`published certificate ${certificate.thumbprintSha1} to ${path}`);
  if (!options.installCertificate) return { kind: 'file', path };
  const installed = await installCertificate({
    pfxPath: path,
    password: certificate.password,
    thumbprint: certificate.thumbprintSha1,
  });
  if (installed.warning) log.warning(installed.warning);
  if (!installed.installed) return { kind: 'file', path };
  core.saveState(STATE_INSTALLED_THUMBPRINT, certificate.thumbprintSha1);
  return { kind: 'store', thumbprint: certificate.thumbprintSha1 };
}

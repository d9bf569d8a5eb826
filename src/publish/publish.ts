/**
 * Hands the certificate to the job: the PFX file under RUNNER_TEMP, the outputs and, on Windows with
 * install-certificate, the user's certificate store. Runs once per run, after verification.
 */
import * as core from '@actions/core';
import type { Logger } from '../action/log.js';
import type { IssuedCertificate } from '../certificate/certificate.js';
import type { Settings } from '../inputs/inputs.js';
import { installCertificate } from './install-certificate.js';
import { setCertificateOutputs, writePfxFile } from './report.js';
import { STATE_INSTALLED_THUMBPRINT } from '../action/state-names.js';
import type { ConnectCredential } from './connect-line.js';

export interface CertificatePublisher {
  publish: (certificate: IssuedCertificate, appId: string) => Promise<void>;
  /** how a later step signs in with what was published: the store when the import worked, else the file */
  credential: () => ConnectCredential | undefined;
}

export function certificatePublisher(
  settings: Pick<Settings, 'installCertificate'>,
  env: NodeJS.ProcessEnv,
  log: Logger,
): CertificatePublisher {
  let credential: ConnectCredential | undefined;
  const publish = async (certificate: IssuedCertificate, appId: string) => {
    if (credential) return;
    const path = writePfxFile(certificate, env);
    credential = { kind: 'file', path };
    setCertificateOutputs(certificate, path);
    if (settings.installCertificate) {
      const installed = await installCertificate({
        pfxPath: path,
        password: certificate.password,
        thumbprint: certificate.thumbprintSha1,
      });
      if (installed.warning) log.warning(installed.warning);
      if (installed.installed) {
        core.saveState(STATE_INSTALLED_THUMBPRINT, certificate.thumbprintSha1);
        credential = { kind: 'store', thumbprint: certificate.thumbprintSha1 };
      }
    }
    core.debug(`published certificate ${certificate.thumbprintSha1} for app ${appId}`);
  };
  return { publish, credential: () => credential };
}

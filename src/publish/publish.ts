/**
 * Hands the certificate to the job: the PFX file under RUNNER_TEMP, the outputs and, on Windows with
 * install-certificate, the user's certificate store. Runs once per run, after verification.
 */
import * as core from '@actions/core';
import type { IssuedCertificate } from '../certificate/certificate.js';
import type { Settings } from '../inputs/inputs.js';
import { installCertificate } from './install-certificate.js';
import { setCertificateOutputs, writePfxFile } from './report.js';
import { STATE_INSTALLED_THUMBPRINT } from '../action/state-names.js';

export function certificatePublisher(
  settings: Pick<Settings, 'installCertificate'>,
  env: NodeJS.ProcessEnv,
): (certificate: IssuedCertificate, appId: string) => Promise<void> {
  let published = false;
  return async (certificate, appId) => {
    if (published) return;
    published = true;
    const path = writePfxFile(certificate, env);
    setCertificateOutputs(certificate, path);
    if (settings.installCertificate) {
      const installed = await installCertificate({
        pfxPath: path,
        password: certificate.password,
        thumbprint: certificate.thumbprintSha1,
      });
      if (installed.warning) core.warning(installed.warning);
      if (installed.installed) core.saveState(STATE_INSTALLED_THUMBPRINT, certificate.thumbprintSha1);
    }
    core.debug(`published certificate ${certificate.thumbprintSha1} for app ${appId}`);
  };
}

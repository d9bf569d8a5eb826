/** Post step: deletes the PFX file and removes the certificate installed into the Windows store. */
import * as core from '@actions/core';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { removeInstalledCertificate } from './install-certificate.js';
import { STATE_INSTALLED_THUMBPRINT, STATE_PFX_PATH } from './report.js';

async function post(): Promise<void> {
  const path = core.getState(STATE_PFX_PATH);
  if (path) {
    rmSync(dirname(path), { recursive: true, force: true });
    core.info(`Deleted ${path}.`);
  }
  const thumbprint = core.getState(STATE_INSTALLED_THUMBPRINT);
  if (thumbprint) {
    const removed = await removeInstalledCertificate({ thumbprint });
    if (removed.removed) core.info(`Removed certificate ${thumbprint} from Cert:\\CurrentUser\\My.`);
    if (removed.warning) core.warning(removed.warning);
  }
}

try {
  await post();
} catch (error) {
  core.warning(`exo-cba cleanup: ${error instanceof Error ? error.message : String(error)}`);
}

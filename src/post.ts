/**
 * Post step: deletes the PFX file and removes the certificate installed into the Windows store. Light on
 * purpose (no @actions/core): it runs after every job that used exo-cba.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { removeInstalledCertificate } from './publish/install-certificate.js';
import { getState, info, warning } from './action/runner.js';
import { STATE_INSTALLED_THUMBPRINT, STATE_PFX_PATH } from './action/state-names.js';

async function post(): Promise<void> {
  const path = getState(STATE_PFX_PATH);
  if (path) {
    rmSync(dirname(path), { recursive: true, force: true });
    info(`Deleted ${path}.`);
  }
  const thumbprint = getState(STATE_INSTALLED_THUMBPRINT);
  if (thumbprint) {
    const removed = await removeInstalledCertificate({ thumbprint });
    if (removed.removed) info(`Removed certificate ${thumbprint} from Cert:\\CurrentUser\\My.`);
    if (removed.warning) warning(removed.warning);
  }
}

try {
  await post();
} catch (error) {
  warning(`exo-cba cleanup: ${error instanceof Error ? error.message : String(error)}`);
}

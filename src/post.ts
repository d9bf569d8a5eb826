/**
 * Post step: deletes the PFX file and removes the certificate installed into the Windows store. Light on
 * purpose (no @actions/core): it runs after every job that used exo-cba.
 */
import { existsSync, rmSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { removeInstalledCertificate } from './publish/install-certificate.js';
import { errorMessage } from './action/log.js';
import { getState, info, warning } from './action/runner.js';
import { STATE_INSTALLED_THUMBPRINT, STATE_PFX_PATH } from './action/state-names.js';

async function post(): Promise<void> {
  const path = getState(STATE_PFX_PATH);
  // only the folder the main step made (exo-cba-XXXXXX) is removed, whatever the state says
  if (path && basename(dirname(path)).startsWith('exo-cba-')) {
    // a main step killed before it wrote the file left only the (empty) folder, or nothing
    const existed = existsSync(path);
    rmSync(dirname(path), { recursive: true, force: true });
    if (existed) info(`Deleted ${path}.`);
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
  warning(`exo-cba cleanup: ${errorMessage(error)}`);
}

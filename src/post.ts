/**
 * The post step: deletes the PFX file and removes the certificate installed into the Windows store. It runs after
 * every job that used an exo-cba entry, and never fails it.
 */
import * as core from '@actions/core';
import { existsSync, rmSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { errorMessage } from './action/log.js';
import { STATE_INSTALLED_THUMBPRINT, STATE_PFX_PATH } from './action/state-names.js';
import { removeInstalledCertificate } from './publish/install-certificate.js';

export async function post(): Promise<void> {
  try {
    const path = core.getState(STATE_PFX_PATH);
    // only the folder the main step made (exo-cba-XXXXXX) is removed, whatever the state says
    if (path && basename(dirname(path)).startsWith('exo-cba-')) {
      // a main step killed before it wrote the file left only the (empty) folder, or nothing
      const existed = existsSync(path);
      rmSync(dirname(path), { recursive: true, force: true });
      if (existed) core.info(`Deleted ${path}.`);
    }
    const thumbprint = core.getState(STATE_INSTALLED_THUMBPRINT);
    if (thumbprint) {
      const removed = await removeInstalledCertificate({ thumbprint });
      if (removed.removed) core.info(`Removed certificate ${thumbprint} from Cert:\\CurrentUser\\My.`);
      if (removed.warning) core.warning(removed.warning);
    }
  } catch (error) {
    core.warning(`exo-cba cleanup: ${errorMessage(error)}`);
  }
}

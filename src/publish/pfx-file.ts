/** The PFX file a job connects with: under RUNNER_TEMP, mode 0600, deleted by the post step. */
import * as core from '@actions/core';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STATE_PFX_PATH } from '../action/state-names.js';
import type { IssuedCertificate } from '../certificate/certificate.js';

/**
 * Writes the PFX under RUNNER_TEMP (mode 0600); the post step deletes it. Its path is saved for the
 * post step before the file exists, so a main step killed while or after writing it leaves the post
 * step what to delete.
 */
export function writePfxFile(certificate: IssuedCertificate, env: NodeJS.ProcessEnv = process.env): string {
  const dir = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), 'exo-cba-'));
  const path = join(dir, 'exchange-online.pfx');
  core.saveState(STATE_PFX_PATH, path);
  writeFileSync(path, Buffer.from(certificate.pfxBase64, 'base64'), { mode: 0o600 });
  chmodSync(path, 0o600);
  return path;
}

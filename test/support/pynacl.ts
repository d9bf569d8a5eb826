/**
 * Opens sealed boxes with PyNaCl: a libsodium binding independent of the one the action and the emulator use,
 * so a test can check what GitHub would decrypt. Python comes from $PYTHON, else `python3` (`python` on
 * Windows) on PATH; without it or PyNaCl the check is skipped with this reason (see system-tools.ts).
 */
import { spawnSync } from 'node:child_process';
import type { SystemTool } from './system-tools.js';

export const PYTHON = process.env.PYTHON || (process.platform === 'win32' ? 'python' : 'python3');

export const PYNACL: SystemTool = {
  available: spawnSync(PYTHON, ['-c', 'import nacl.public'], { stdio: 'ignore' }).status === 0,
  missing:
    `${PYTHON} cannot import nacl (Debian/Ubuntu: apt-get install python3-nacl; ` +
    'elsewhere: python3 -m pip install pynacl)',
};

export const pynaclAvailable = PYNACL.available;
export const PYNACL_MISSING = PYNACL.missing;
if (!pynaclAvailable) process.stderr.write(`Skipping the PyNaCl cross-check: ${PYNACL_MISSING}\n`);

const OPEN = `
import base64, json, sys
from nacl.public import PrivateKey, SealedBox
data = json.load(sys.stdin)
box = SealedBox(PrivateKey(base64.b64decode(data["secret_key"])))
out = {name: box.decrypt(base64.b64decode(sealed)).decode("utf-8") for name, sealed in data["sealed"].items()}
json.dump(out, sys.stdout)
`;

/** Opens each sealed value (base64) with the scope's secret key (base64). Key and boxes travel on stdin. */
export function openSealedWithPyNaCl(
  secretKey: string,
  sealed: Record<string, string>,
): Record<string, string> {
  const result = spawnSync(PYTHON, ['-c', OPEN], {
    input: JSON.stringify({ secret_key: secretKey, sealed }),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`PyNaCl failed (exit ${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout) as Record<string, string>;
}

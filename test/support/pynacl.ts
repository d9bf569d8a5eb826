/**
 * Opens sealed boxes with PyNaCl: a libsodium binding independent of the one the action and the emulator use,
 * so a test can check what GitHub would decrypt. Python comes from $PYTHON, else the first of the usual names
 * that imports nacl; without one the check is skipped with the reason (see system-tools.ts).
 */
import { spawnSync } from 'node:child_process';
import type { SystemTool } from './system-tools.js';

const CANDIDATES = process.env.PYTHON
  ? [process.env.PYTHON]
  : process.platform === 'win32'
    ? ['python', 'python3']
    : ['python3', '/usr/bin/python3', 'python'];

const importsNacl = (python: string) =>
  spawnSync(python, ['-c', 'import nacl.public'], { stdio: 'ignore' }).status === 0;

/** The first interpreter that has PyNaCl (a distribution's package may sit beside a pyenv or venv python3). */
export const PYTHON = CANDIDATES.find(importsNacl) ?? CANDIDATES[0];

export const PYNACL: SystemTool = {
  available: importsNacl(PYTHON),
  missing:
    `no Python with PyNaCl (tried ${CANDIDATES.join(', ')}; set PYTHON, or install it: ` +
    'apt-get install python3-nacl, or python3 -m pip install pynacl)',
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

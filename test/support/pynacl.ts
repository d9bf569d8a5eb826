/**
 * Opens sealed boxes with PyNaCl (Debian's python3-nacl): a libsodium binding independent of the one the
 * action and the emulator use, so a test can check what GitHub would decrypt.
 */
import { spawnSync } from 'node:child_process';

export const PYTHON = '/usr/bin/python3';

export const pynaclAvailable =
  spawnSync(PYTHON, ['-c', 'import nacl.public'], { stdio: 'ignore' }).status === 0;

export const PYNACL_MISSING = `${PYTHON} cannot import nacl; install it with apt-get install -y python3-nacl`;

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

/**
 * crash matrix (test/support/crash-matrix.ts): a forced rotation (an admin's own key on the app)
 * killed after the first request of every kind it makes, then rerun as a workflow would; it converges
 * every time and the admin's key stays.
 */
import { expect, it } from '@jest/globals';
import { generateCertificate } from '../../src/certificate/certificate.js';
import { killAndConverge, killPoints, runWithToken, type CrashScenario } from '../support/crash-matrix.js';
import { ageTenant, registerKey, secretInputs } from '../support/tenant-keys.js';

const forcedRotation: CrashScenario = {
  arrange: async (emulator) => {
    const first = await runWithToken(emulator, {});
    expect(first.exitCode).toBe(0);
    const manual = await generateCertificate({
      subject: 'CN=Manual',
      validityDays: 90,
      keySize: 2048,
      now: new Date(),
    });
    const foreign = registerKey(emulator, manual, 'Uploaded by an admin');
    // the rotation comes days after the first run
    ageTenant(emulator);
    return { inputs: () => ({ ...secretInputs(emulator), 'force-rotate': 'true' }), foreign: [foreign] };
  },
};

it('a forced rotation killed after each kind of request converges on the rerun', async () => {
  const points = await killPoints(forcedRotation);
  expect(points.map((p) => p.kind)).toEqual(
    expect.arrayContaining(['graph POST /v1.0/applications/{id}/addKey', 'github PUT secret']),
  );
  const failures: string[] = [];
  for (const point of points) {
    const failure = await killAndConverge(forcedRotation, point);
    if (failure) failures.push(failure);
  }
  expect(failures).toEqual([]);
}, 600_000);

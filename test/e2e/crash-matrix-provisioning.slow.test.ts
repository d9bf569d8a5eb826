/**
 * crash matrix (test/support/crash-matrix.ts): a first provisioning on an empty tenant killed
 * after the first request of every kind it makes, then rerun as a workflow would; it converges every time.
 */
import { expect, it } from '@jest/globals';
import { killAndConverge, killPoints, type CrashScenario } from '../support/crash-matrix.js';

const firstProvisioning: CrashScenario = { arrange: async () => ({ inputs: () => ({}), foreign: [] }) };

it('a first provisioning killed after each kind of request converges on the rerun', async () => {
  const points = await killPoints(firstProvisioning);
  expect(points.map((p) => p.kind)).toEqual(
    expect.arrayContaining(['graph PATCH /v1.0/applications/{id}', 'github PUT secret']),
  );
  const failures: string[] = [];
  for (const point of points) {
    const failure = await killAndConverge(firstProvisioning, point);
    if (failure) failures.push(failure);
  }
  expect(failures).toEqual([]);
}, 600_000);

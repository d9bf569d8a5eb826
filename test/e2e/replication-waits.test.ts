/**
 * replication waits notice propagation quickly. With 3 s of replication per object, key, consent and
 * role, a first provisioning waits each one out; every wait polls within about 1 s + a quarter of the time
 * already waited, so the run ends soon after the last propagation.
 */
import { startEmulator } from '../emulator/index.js';
import { failureOf, runOn } from '../support/e2e.js';

test('first provisioning with 3 s of replication per step ends soon after the last propagation', async () => {
  const emulator = await startEmulator();
  try {
    emulator.setReplication({ objectMs: 3000, keyMs: 3000, consentMs: 3000, roleMs: 3000 });
    const started = Date.now();
    const run = await runOn(emulator, { 'verify-timeout': '120' });
    const seconds = (Date.now() - started) / 1000;
    expect(failureOf(run)).toBe('');
    const verified = Number(/Verified the certificate .* in ([\d.]+) s/.exec(run.stdout)?.[1]);
    const requests = emulator.requests.length;
    console.log(
      `first provisioning: ${seconds.toFixed(1)} s, verification ${verified} s, ${requests} requests`,
    );
    expect(seconds).toBeLessThan(Number(process.env.EXO_CBA_WAIT_BOUND ?? 60));
  } finally {
    await emulator.close();
  }
});

import { startEmulator, type Emulator } from '../emulator/index.js';
import { runAction } from '../support/run-action.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

test('probe', async () => {
  const run = await runAction({
    inputs: { ...emulator.actionInputs(), 'verify-timeout': '30' },
    env: { ...emulator.runnerEnv(), ACTIONS_STEP_DEBUG: 'true' },
  });
  console.log(run.exitCode, run.stdout.slice(-6000), run.stderr, run.outputs, run.summary);
  console.log(emulator.requests.map((r) => `${r.service} ${r.method} ${r.path} ${r.status}`).join('\n'));
});

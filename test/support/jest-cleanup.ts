/** Runs after each test file: no runner temp dir (which may hold a test PFX) is left behind. */
import { cleanupRunnerTemps } from './run-action.js';

afterAll(() => cleanupRunnerTemps());

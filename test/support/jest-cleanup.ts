/**
 * Runs around each test file: workflow commands written by in-process code stay off the real stdout, and no
 * runner temp dir (which may hold a test PFX) is left behind.
 */
import { captureWorkflowCommands, releaseWorkflowCommands } from './workflow-commands.js';
import { cleanupRunnerTemps } from './run-action.js';

captureWorkflowCommands();

afterAll(() => {
  releaseWorkflowCommands();
  cleanupRunnerTemps();
});

/**
 * In-process tests never write workflow commands to the real stdout (test/support/workflow-commands.ts): on a
 * runner an `::add-mask::` there would mask that value in the whole CI log.
 */
import { describe, expect, it } from '@jest/globals';
import { clearWorkflowCommands, workflowCommands } from './support/workflow-commands.js';

describe('workflow commands written by tests', () => {
  it('are captured instead of reaching the real stdout, other output passes through', () => {
    clearWorkflowCommands();
    process.stdout.write('::add-mask::a-test-value\n');
    process.stdout.write(Buffer.from('::warning::one\n::debug::two\n'));
    expect(workflowCommands()).toEqual(['::add-mask::a-test-value', '::warning::one', '::debug::two']);
  });

  it('calls a write callback for a captured chunk, as the stream would', async () => {
    await new Promise<void>((resolve) => process.stdout.write('::debug::with callback\n', () => resolve()));
    expect(workflowCommands()).toContain('::debug::with callback');
  });
});

/**
 * Keeps workflow commands (`::add-mask::…`, `::warning::…`, …) that in-process tests write to process.stdout
 * off the real stdout. On a GitHub runner the test job's log is parsed for them: an `::add-mask::` written by a
 * test would mask that value in the whole CI log (a one-letter value masks every such letter). Lines that do not
 * start with `::` pass through untouched, so jest's own output is unchanged. Tests can read what was captured.
 */
type Write = typeof process.stdout.write;

const captured: string[] = [];
let original: Write | undefined;

/** The workflow-command lines captured since the last `clearWorkflowCommands()`, without line ends. */
export function workflowCommands(): string[] {
  return [...captured];
}

export function clearWorkflowCommands(): void {
  captured.length = 0;
}

/** Starts capturing: a chunk whose lines all start with `::` is kept here instead of being written. */
export function captureWorkflowCommands(): void {
  if (original) return;
  const write = process.stdout.write.bind(process.stdout) as Write;
  original = process.stdout.write;
  process.stdout.write = (chunk: unknown, ...rest: unknown[]) => {
    const text =
      typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : undefined;
    const lines = text?.split(/\r?\n/).filter((line) => line !== '');
    if (lines && lines.length > 0 && lines.every((line) => line.startsWith('::'))) {
      captured.push(...lines);
      const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    }
    return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
  };
}

/** Restores process.stdout.write (the stream outlives the test file in a jest worker). */
export function releaseWorkflowCommands(): void {
  if (!original) return;
  process.stdout.write = original;
  original = undefined;
}

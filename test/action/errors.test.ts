import { ActionError, InputError, InternalError, userMessage } from '../../src/action/errors.js';
import { GraphError } from '../../src/graph/errors.js';
import { NetworkError } from '../../src/http/errors.js';

test('errors worded for the user reach them as they are', () => {
  expect(userMessage(new ActionError('Grant X.'))).toBe('Grant X.');
  expect(userMessage(new InputError('app-name', 'is too long.'))).toBe("Input 'app-name': is too long.");
  expect(userMessage(new NetworkError('Could not reach Entra ID.', { url: 'u', attempts: 1 }))).toBe(
    'Could not reach Entra ID.',
  );
  const graph = new GraphError({
    status: 403,
    code: 'Denied',
    graphMessage: 'no',
    method: 'GET',
    path: '/x',
  });
  expect(userMessage(graph)).toBe(graph.message);
});

test('an internal error is said to be a bug, with its message', () => {
  let error: unknown;
  try {
    (undefined as unknown as { replace(): void }).replace();
  } catch (e) {
    error = e;
  }
  expect(userMessage(error)).toMatch(
    /^exo-cba hit an unexpected error: Cannot read properties of undefined \(reading 'replace'\)\. This is a bug; please report it with the debug log/,
  );
  expect(userMessage('a string')).toMatch(/unexpected error: a string\. This is a bug/);
});

test('a broken invariant of exo-cba is reported as a bug, not as a worded error', () => {
  expect(userMessage(new InternalError('no certificate to publish'))).toMatch(
    /^exo-cba hit an unexpected error: no certificate to publish\. This is a bug/,
  );
});

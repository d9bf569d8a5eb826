/** Graph error responses mapped to errors a user can act on. */
import { GraphError, graphErrorFrom } from '../../src/graph/errors.js';
import { readDocsSampleMocks } from '../support/graph-schema.js';
import { harness, server, useTestServer } from '../support/http-harness.js';
import { sendJson } from '../support/http-servers.js';

useTestServer();

describe('Graph errors', () => {
  it('maps a Graph docs error body to a message with code, text and request id', () => {
    const mocks = readDocsSampleMocks();
    const sample = mocks.mocks.find((m) => m.request.url.endsWith('/protectionPolicies/*/deactivate'));
    expect(sample?.response.statusCode).toBe(400);
    const error = graphErrorFrom(
      { status: sample!.response.statusCode, headers: {}, data: sample!.response.body },
      { method: 'post', path: '/solutions/backupRestore/protectionPolicies/61633878/deactivate' },
    );

    expect(error).toBeInstanceOf(GraphError);
    expect(error.code).toBe('invalidStateForActivation');
    expect(error.requestId).toBe('7e921b55-8af4-41f5-881d-d425af822be0');
    expect(error.clientRequestId).toBe('77d27e8a-f18e-ce3a-42c9-f8a87fc00126');
    expect(error.date).toBe('2023-03-03T07:15:31');
    expect(error.message).toBe(
      'Graph POST /solutions/backupRestore/protectionPolicies/61633878/deactivate failed: 400 invalidStateForActivation: ' +
        'Policy in updating state, which is invalid for deactivation. Policy must be in Active or ActiveWithErrors state. ' +
        '(request-id 7e921b55-8af4-41f5-881d-d425af822be0)',
    );
  });

  it('names the missing permission and how to grant it on a 403 from the wire', async () => {
    server.handle((_req, res) =>
      sendJson(res, 403, {
        error: {
          code: 'Authorization_RequestDenied',
          message: 'Insufficient privileges to complete the operation.',
          innerError: {
            date: '2024-05-08T10:24:33',
            'request-id': 'c1a4f1ab-1d3c-4a3c-9f3e-8a3e6c2b7d10',
            'client-request-id': 'c1a4f1ab-1d3c-4a3c-9f3e-8a3e6c2b7d10',
          },
        },
      }),
    );
    const { http } = harness();
    const res = await http.request({
      method: 'POST',
      url: `${server.url}/v1.0/roleManagement/directory/roleAssignments`,
      service: 'graph',
      json: {},
    });
    const ctx = {
      method: 'POST',
      path: '/roleManagement/directory/roleAssignments',
      permission: 'RoleManagement.ReadWrite.Directory',
    };

    const error = graphErrorFrom(res, ctx);
    expect(error.status).toBe(403);
    expect(error.code).toBe('Authorization_RequestDenied');
    expect(error.message).toContain(
      'Graph POST /roleManagement/directory/roleAssignments failed: 403 Authorization_RequestDenied: Insufficient privileges to complete the operation. (request-id c1a4f1ab-1d3c-4a3c-9f3e-8a3e6c2b7d10)',
    );
    expect(error.message).toContain(
      "The provisioning app lacks the Microsoft Graph application permission RoleManagement.ReadWrite.Directory. Grant it: Entra admin center → App registrations → <provisioning app> → API permissions → Add a permission → Microsoft Graph → Application permissions → RoleManagement.ReadWrite.Directory, then 'Grant admin consent'.",
    );
    expect(graphErrorFrom(res, { method: 'GET', path: '/x' }).hint).toBeUndefined();
    expect(graphErrorFrom({ ...res, status: 404 }, ctx).hint).toBeUndefined();
  });

  it('copes with non-OData error bodies and scrubs them', () => {
    const error = graphErrorFrom(
      { status: 502, headers: { 'request-id': 'r-1' }, data: '<html>Bad gateway for Bearer abc.def</html>' },
      { method: 'GET', path: '/applications' },
    );
    expect(error.code).toBe('');
    expect(error.requestId).toBe('r-1');
    expect(error.message).toBe(
      'Graph GET /applications failed: 502: <html>Bad gateway for Bearer [REDACTED]</html> (request-id r-1)',
    );
    expect(error.withHint('Try again later.').message).toMatch(/\nTry again later\.$/);
  });
});

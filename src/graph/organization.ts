/** The tenant's initial `.onmicrosoft.com` domain, for `Connect-ExchangeOnline -Organization`. */
import { ActionError } from '../action/errors.js';
import { GraphError } from './errors.js';
import type { GraphClient } from './client.js';
import { organizationDomainsSchema } from './schemas.js';

export async function getInitialDomain(graph: GraphClient): Promise<string> {
  try {
    const domains = await graph.get('/organization?$select=verifiedDomains', {
      permission: 'Organization.Read.All',
      schema: organizationDomainsSchema,
    });
    const initial = domains.find((d) => d.isInitial)?.name;
    if (!initial)
      throw new ActionError(
        'Graph /organization listed no initial domain. Set the organization input (e.g. contoso.onmicrosoft.com).',
      );
    return initial;
  } catch (error) {
    if (error instanceof GraphError && error.status === 403) {
      throw new ActionError(
        "The organization could not be read: the provisioning app lacks Graph's Organization.Read.All. Either set the " +
          "'organization' input to the tenant's .onmicrosoft.com domain (or pass it as tenant-id), or grant Organization.Read.All " +
          'to the provisioning app and admin-consent it.',
        { cause: error },
      );
    }
    throw error;
  }
}

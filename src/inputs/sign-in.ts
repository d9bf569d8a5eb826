/** The sign-in inputs: which tenant, which provisioning app, and which cloud's endpoints. */
import { CLOUDS, CLOUD_NAMES, type Cloud, type CloudName } from '../cloud.js';
import { DOMAIN, GUID, type InputCheck } from './reader.js';

const ONMICROSOFT = /\.(onmicrosoft\.com|onmicrosoft\.us|partner\.onmschina\.cn)$/i;

export interface SignInSettings {
  tenantId: string;
  clientId: string;
  audience: string;
  cloud: Cloud;
  authorityHost: string;
  graphEndpoint: string;
  exchangeEndpoint: string;
  /** the `.onmicrosoft.com` domain when known without Graph (input or tenant-id) */
  organization?: string;
}

export function readSignIn(check: InputCheck): SignInSettings {
  const tenantId = check.required('tenant-id', 'the Entra tenant ID (a GUID) or its .onmicrosoft.com domain');
  if (tenantId && !GUID.test(tenantId) && !DOMAIN.test(tenantId)) {
    check.fail(
      'tenant-id',
      `'${tenantId}' is neither a GUID nor a domain. Use the Directory (tenant) ID from Entra ID → Overview, or contoso.onmicrosoft.com.`,
    );
  }
  // empty: the managed app signs in itself (see mode.ts)
  const clientId = check.string('client-id');
  if (clientId && !GUID.test(clientId)) {
    check.fail(
      'client-id',
      `'${clientId}' is not a GUID. Use the provisioning app's Application (client) ID from its Overview page.`,
    );
  }
  const audience = check.string('audience') || 'api://AzureADTokenExchange';
  const endpoints = readCloudEndpoints(check);
  const organization = readOrganization(check, tenantId);
  return { tenantId, clientId, audience, ...endpoints, organization };
}

function readCloudEndpoints(
  check: InputCheck,
): Pick<SignInSettings, 'cloud' | 'authorityHost' | 'graphEndpoint' | 'exchangeEndpoint'> {
  const cloud = CLOUDS[check.choice<CloudName>('cloud', 'public', CLOUD_NAMES)];
  const authorityHost = check.url('authority-host', cloud.loginHost, cloud.loginHost);
  // a pasted /v1.0 or /beta is dropped: this is the base URL, without an API version
  const graphEndpoint = check
    .url('graph-endpoint', cloud.graphEndpoint, cloud.graphEndpoint)
    .replace(/\/(v1\.0|beta)$/i, '');
  const exchangeEndpoint = check.url('exchange-endpoint', cloud.exchangeEndpoint, cloud.exchangeEndpoint);
  return { cloud, authorityHost, graphEndpoint, exchangeEndpoint };
}

/** The input, else a tenant-id that is an initial domain; otherwise Graph tells later. */
function readOrganization(check: InputCheck, tenantId: string): string | undefined {
  const organization = check.string('organization').toLowerCase();
  if (organization && !DOMAIN.test(organization)) {
    check.fail(
      'organization',
      `'${organization}' is not a domain. Use the tenant's initial domain, like contoso.onmicrosoft.com.`,
    );
  } else if (organization) {
    return organization;
  }
  return ONMICROSOFT.test(tenantId) ? tenantId.toLowerCase() : undefined;
}

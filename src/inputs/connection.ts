/**
 * Where a run signs in: the tenant, the cloud and its endpoints, the tenant's `.onmicrosoft.com` domain, and
 * for the provisioning app's entries its client ID and OIDC audience.
 */
import { CLOUDS, CLOUD_NAMES, INITIAL_DOMAIN, type Cloud, type CloudName } from '../cloud.js';
import { DOMAIN, GUID, type InputCheck } from './reader.js';

export interface Connection {
  tenantId: string;
  cloud: Cloud;
  authorityHost: string;
  graphEndpoint: string;
  exchangeEndpoint: string;
}

/** The entries that sign in as the provisioning app (bootstrap, remove, revoke). */
export interface ProvisioningSignIn {
  clientId: string;
  /** audience of the job's GitHub OIDC token */
  audience: string;
}

/**
 * Endpoint overrides for tests and unusual clouds come from the environment (EXO_CBA_AUTHORITY_HOST, …); the
 * bootstrap also takes them as inputs, which win.
 */
const ENDPOINTS = [
  ['authority-host', 'EXO_CBA_AUTHORITY_HOST', 'loginHost'],
  ['graph-endpoint', 'EXO_CBA_GRAPH_ENDPOINT', 'graphEndpoint'],
  ['exchange-endpoint', 'EXO_CBA_EXCHANGE_ENDPOINT', 'exchangeEndpoint'],
] as const;

export function readConnection(
  check: InputCheck,
  env: NodeJS.ProcessEnv,
  { endpointInputs }: { endpointInputs: boolean },
): Connection {
  const tenantId = check.required('tenant-id', 'the Entra tenant ID (a GUID) or its .onmicrosoft.com domain');
  if (tenantId && !GUID.test(tenantId) && !DOMAIN.test(tenantId)) {
    check.fail(
      'tenant-id',
      `'${tenantId}' is neither a GUID nor a domain. Use the Directory (tenant) ID from Entra ID → Overview, or contoso.onmicrosoft.com.`,
    );
  }
  const cloud = CLOUDS[check.choice<CloudName>('cloud', 'public', CLOUD_NAMES)];
  const [authorityHost, graphEndpoint, exchangeEndpoint] = ENDPOINTS.map(([input, variable, field]) => {
    const fallback = check.url(variable, env[variable]?.trim() || '', cloud[field], cloud[field]);
    return endpointInputs ? check.url(input, check.string(input), fallback, cloud[field]) : fallback;
  });
  // a pasted /v1.0 or /beta is dropped: this is the base URL, without an API version
  return {
    tenantId,
    cloud,
    authorityHost,
    graphEndpoint: graphEndpoint.replace(/\/(v1\.0|beta)$/i, ''),
    exchangeEndpoint,
  };
}

export function readProvisioningSignIn(check: InputCheck): ProvisioningSignIn {
  const clientId = check.required(
    'client-id',
    "the provisioning app's Application (client) ID (the app the job's GitHub OIDC token signs in as)",
  );
  if (clientId && !GUID.test(clientId)) {
    check.fail(
      'client-id',
      `'${clientId}' is not a GUID. Use the provisioning app's Application (client) ID from its Overview page.`,
    );
  }
  return { clientId, audience: check.string('audience') || 'api://AzureADTokenExchange' };
}

/** The `organization` input, else a tenant-id that is an initial domain; otherwise undefined. */
export function readOrganization(check: InputCheck, tenantId: string): string | undefined {
  const organization = check.string('organization').toLowerCase();
  if (organization && !DOMAIN.test(organization)) {
    check.fail(
      'organization',
      `'${organization}' is not a domain. Use the tenant's initial domain, like contoso.onmicrosoft.com.`,
    );
    return undefined;
  }
  if (organization) return organization;
  return INITIAL_DOMAIN.test(tenantId) ? tenantId.toLowerCase() : undefined;
}

/** The entries without the provisioning app cannot read the tenant's domains: the inputs must name it. */
export function requireOrganization(check: InputCheck, tenantId: string): string {
  const organization = readOrganization(check, tenantId);
  if (organization === undefined && !check.refusedInput('organization'))
    check.fail(
      'organization',
      "is required when tenant-id is a GUID (the app may not read the tenant's domains): pass " +
        '${{ secrets.EXO_ORGANIZATION }} or the .onmicrosoft.com domain, or give tenant-id as that domain.',
    );
  return organization ?? '';
}

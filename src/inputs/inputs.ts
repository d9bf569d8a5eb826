/**
 * Every input of action.yml, read and validated into one typed Settings object before the first request.
 * All problems are reported together, each naming the input, the value and the fix.
 *
 * The entry validates inputs before it loads the pipeline, so this module's imports stay light: no
 * @actions/core, and node-forge only (dynamically) when a `certificate` input is to be opened.
 */
import { CLOUDS, CLOUD_NAMES, EXCHANGE_SUPPORTED_ROLES, type Cloud, type CloudName } from '../cloud.js';
import type { IssuedCertificate } from '../certificate/certificate.js';
import { ActionError, InputError } from '../action/errors.js';
import { maskCertificate } from '../action/mask.js';
import { getInput, setSecret, warning } from '../action/runner.js';
import { secretTargetProblems, type SecretScope, type SecretTarget } from '../secrets/target.js';
import { parseSubject } from '../certificate/subject.js';

export type VerifyMode = 'exchange' | 'token' | 'none';

export interface RoleRequest {
  name: string;
  templateId: string;
}

export interface Settings {
  tenantId: string;
  clientId: string;
  audience: string;
  cloud: Cloud;
  authorityHost: string;
  graphEndpoint: string;
  exchangeEndpoint: string;
  /** the `.onmicrosoft.com` domain when known without Graph (input or tenant-id) */
  organization?: string;
  appName: string;
  appUniqueName: string;
  /** manage this existing app instead of upserting by unique name */
  appId?: string;
  /** Exchange app role values to request and consent */
  permissions: string[];
  roles: RoleRequest[];
  /** the `certificate` input, opened with its password */
  certificate?: IssuedCertificate;
  certificateSubject: string;
  certificateValidityDays: number;
  rotateBeforeDays: number;
  keySize: 2048 | 3072 | 4096;
  forceRotate: boolean;
  verify: VerifyMode;
  verifyTimeoutSeconds: number;
  /** where to write GitHub secrets; undefined when no github-token is given */
  secrets?: { token: string; target: SecretTarget };
  installCertificate: boolean;
  dryRun: boolean;
}

/** Reads one input the way the runner passes it (INPUT_<NAME> with hyphens kept). */
export type InputReader = (name: string) => string;

export const runnerInputs: InputReader = (name) => getInput(name);

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const ONMICROSOFT = /\.(onmicrosoft\.com|onmicrosoft\.us|partner\.onmschina\.cn)$/i;

/** `Exchange Online Automation` → `exchange-online-automation` */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

/** Splits a list input on commas and/or newlines. */
export function parseList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Resolves a role given by display name (any case) or template ID against the roles Exchange supports. */
export function resolveRole(value: string): RoleRequest | undefined {
  for (const [name, templateId] of Object.entries(EXCHANGE_SUPPORTED_ROLES)) {
    if (name.toLowerCase() === value.toLowerCase() || templateId === value.toLowerCase())
      return { name, templateId };
  }
  return undefined;
}

function endpoint(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !url.search && !url.hash ? url : undefined;
  } catch {
    return undefined;
  }
}

class Reader {
  readonly errors: InputError[] = [];
  constructor(private readonly read: InputReader) {}

  fail(input: string, message: string): undefined {
    this.errors.push(new InputError(input, message));
    return undefined;
  }
  string(name: string): string {
    return this.read(name).trim();
  }
  required(name: string, what: string): string {
    const value = this.string(name);
    if (!value) this.fail(name, `is required: ${what}.`);
    return value;
  }
  boolean(name: string, fallback: boolean): boolean {
    const value = this.string(name);
    if (!value) return fallback;
    if (/^(true|yes|on)$/i.test(value)) return true;
    if (/^(false|no|off)$/i.test(value)) return false;
    this.fail(name, `'${value}' is not a boolean. Use true or false.`);
    return fallback;
  }
  integer(name: string, fallback: number, min: number, max: number, unit: string): number {
    const value = this.string(name);
    if (!value) return fallback;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      this.fail(name, `'${value}' is not a whole number of ${unit} from ${min} to ${max}.`);
      return fallback;
    }
    return Number(value);
  }
  choice<T extends string>(name: string, fallback: T, choices: readonly T[]): T {
    const value = this.string(name).toLowerCase();
    if (!value) return fallback;
    if ((choices as readonly string[]).includes(value)) return value as T;
    this.fail(name, `'${value}' is not one of ${choices.join(', ')}.`);
    return fallback;
  }
  url(name: string, fallback: string, example: string): string {
    const value = this.string(name);
    if (!value) return fallback;
    const url = endpoint(value);
    if (!url) {
      this.fail(name, `'${value}' is not an https URL without query or fragment, like ${example}.`);
      return fallback;
    }
    return url.toString().replace(/\/+$/, '');
  }
}

/** Reads and validates every input. Throws an ActionError listing every bad input; changes nothing. */
export async function readSettings(
  read: InputReader = runnerInputs,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Settings> {
  const r = new Reader(read);
  // mask secret inputs before anything could print them (the runner masks secrets it passed, not other values)
  for (const name of ['certificate', 'certificate-password', 'github-token']) {
    const value = read(name).trim();
    if (value) setSecret(value);
  }

  const tenantId = r.required('tenant-id', 'the Entra tenant ID (a GUID) or its .onmicrosoft.com domain');
  if (tenantId && !GUID.test(tenantId) && !DOMAIN.test(tenantId)) {
    r.fail(
      'tenant-id',
      `'${tenantId}' is neither a GUID nor a domain. Use the Directory (tenant) ID from Entra ID → Overview, or contoso.onmicrosoft.com.`,
    );
  }
  const clientId = r.required(
    'client-id',
    "the Application (client) ID of the provisioning app that trusts this repository's OIDC token",
  );
  if (clientId && !GUID.test(clientId)) {
    r.fail(
      'client-id',
      `'${clientId}' is not a GUID. Use the provisioning app's Application (client) ID from its Overview page.`,
    );
  }
  const audience = r.string('audience') || 'api://AzureADTokenExchange';

  const cloudName = r.choice<CloudName>('cloud', 'public', CLOUD_NAMES);
  const cloud = CLOUDS[cloudName];
  const authorityHost = r.url('authority-host', cloud.loginHost, cloud.loginHost);
  let graphEndpoint = r.url('graph-endpoint', cloud.graphEndpoint, cloud.graphEndpoint);
  graphEndpoint = graphEndpoint.replace(/\/(v1\.0|beta)$/i, '');
  const exchangeEndpoint = r.url('exchange-endpoint', cloud.exchangeEndpoint, cloud.exchangeEndpoint);

  let organization = r.string('organization').toLowerCase() || undefined;
  if (organization && !DOMAIN.test(organization)) {
    r.fail(
      'organization',
      `'${organization}' is not a domain. Use the tenant's initial domain, like contoso.onmicrosoft.com.`,
    );
    organization = undefined;
  }
  if (!organization && ONMICROSOFT.test(tenantId)) organization = tenantId.toLowerCase();

  const appName = r.string('app-name') || 'Exchange Online Automation';
  if (appName.length > 120)
    r.fail('app-name', `is ${appName.length} characters long; Entra allows at most 120.`);
  const uniqueInput = r.string('app-unique-name');
  const appUniqueName = uniqueInput || slug(appName);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/.test(appUniqueName)) {
    r.fail(
      uniqueInput ? 'app-unique-name' : 'app-name',
      uniqueInput
        ? `'${uniqueInput}' may hold only letters, digits, '.', '_' and '-' (at most 120, starting with a letter or digit).`
        : `'${appName}' gives no usable unique name; set app-unique-name, e.g. exchange-automation.`,
    );
  }
  const appId = r.string('app-id') || undefined;
  if (appId && !GUID.test(appId))
    r.fail('app-id', `'${appId}' is not a GUID. Use the Application (client) ID of the app to manage.`);

  const permissions = parseList(r.string('permissions') || 'Exchange.ManageAsApp');
  const roles: RoleRequest[] = [];
  for (const value of parseList(r.string('roles') || 'Exchange Administrator')) {
    const role = resolveRole(value);
    if (role) {
      if (!roles.some((x) => x.templateId === role.templateId)) roles.push(role);
    } else {
      r.fail(
        'roles',
        `'${value}' is not a directory role Exchange Online supports for app-only access. Use one of: ${Object.keys(EXCHANGE_SUPPORTED_ROLES).join(', ')} (names or template IDs).`,
      );
    }
  }

  const certificateSubject =
    r.string('certificate-subject') || `CN=${appName.replace(/([,+"\\<>;=])/g, '\\$1')}`;
  try {
    parseSubject(certificateSubject);
  } catch (error) {
    r.fail(
      'certificate-subject',
      `'${certificateSubject}' is not a distinguished name (${(error as Error).message}). Use e.g. CN=Exchange Automation, O=Contoso.`,
    );
  }
  const certificateValidityDays = r.integer('certificate-validity-days', 365, 1, 730, 'days');
  const rotateBeforeDays = r.integer('rotate-before-days', 30, 0, 729, 'days');
  if (rotateBeforeDays >= certificateValidityDays) {
    r.fail(
      'rotate-before-days',
      `${rotateBeforeDays} must be less than certificate-validity-days (${certificateValidityDays}), or every run would rotate.`,
    );
  }
  const keySizeText = r.string('key-size') || '2048';
  const keySize = (['2048', '3072', '4096'].includes(keySizeText) ? Number(keySizeText) : 2048) as
    2048 | 3072 | 4096;
  if (!['2048', '3072', '4096'].includes(keySizeText))
    r.fail('key-size', `'${keySizeText}' is not 2048, 3072 or 4096.`);

  const certificateInput = read('certificate').trim();
  const password = read('certificate-password');
  let certificate: IssuedCertificate | undefined;
  if (certificateInput) {
    if (!password) {
      r.fail(
        'certificate-password',
        'is required when certificate is set. Pass ${{ secrets.EXO_CERTIFICATE_PASSWORD }}.',
      );
    } else {
      // node-forge is loaded only to open a PFX: a run that fails on other inputs starts and ends fast
      const { openPfx } = await import('../certificate/certificate.js');
      try {
        certificate = openPfx(certificateInput, password);
        maskCertificate(certificate); // its key in PEM is a new form of the secret: mask it before anything prints
      } catch (error) {
        if (error instanceof InputError) r.errors.push(error);
        else
          r.fail(
            'certificate',
            'could not be read as a base64 PKCS#12 (PFX). Pass ${{ secrets.EXO_CERTIFICATE }} as written by exo-cba.',
          );
      }
    }
  }

  const verify = r.choice<VerifyMode>('verify', 'exchange', ['exchange', 'token', 'none']);
  const verifyTimeoutSeconds = r.integer('verify-timeout', 600, 0, 3600, 'seconds');
  const forceRotate = r.boolean('force-rotate', false);
  const installCertificate = r.boolean('install-certificate', false);
  const dryRun = r.boolean('dry-run', false);

  let secrets: Settings['secrets'];
  const githubToken = read('github-token').trim();
  const scope = r.choice<SecretScope>('secret-scope', 'repository', [
    'repository',
    'environment',
    'organization',
  ]);
  const repository = r.string('secret-repository') || env.GITHUB_REPOSITORY || '';
  const prefix = r.string('secret-prefix') || 'EXO_';
  if (githubToken) {
    const environment = r.string('secret-environment') || undefined;
    const organization =
      r.string('secret-organization') || repository.split('/')[0] || env.GITHUB_REPOSITORY_OWNER || '';
    const target: SecretTarget = { scope, repository, environment, organization, prefix };
    r.errors.push(...secretTargetProblems(target));
    secrets = { token: githubToken, target };
  } else if (r.string('secret-environment') || r.string('secret-scope')) {
    warning(
      'secret-scope / secret-environment are set but github-token is empty: no GitHub secrets will be written.',
    );
  }

  if (r.errors.length) {
    throw new ActionError(
      `Invalid input${r.errors.length > 1 ? 's' : ''}; nothing was changed:\n` +
        r.errors.map((e) => `  - ${e.message}`).join('\n'),
      { cause: r.errors[0] },
    );
  }
  return {
    tenantId,
    clientId,
    audience,
    cloud,
    authorityHost,
    graphEndpoint,
    exchangeEndpoint,
    organization,
    appName,
    appUniqueName,
    appId,
    permissions,
    roles,
    certificate,
    certificateSubject,
    certificateValidityDays,
    rotateBeforeDays,
    keySize,
    forceRotate,
    verify,
    verifyTimeoutSeconds,
    secrets,
    installCertificate,
    dryRun,
  };
}

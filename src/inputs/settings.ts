/**
 * One settings object per entry, read and validated from that entry's inputs before the first request. All
 * problems are reported together, each naming the input, the value and the fix. Each entry's type has exactly
 * the fields that entry has: the intent is the entry the job uses, never inferred from which inputs are empty.
 */
import { readApp, readAppId, readRoles, type AppSettings, type RoleRequest } from './app.js';
import {
  likeCurrent,
  readCertificateInput,
  readExpiryPolicy,
  readNewCertificate,
  type CertificateInput,
  type ExpiryPolicy,
  type NewCertificate,
} from './certificate.js';
import {
  readConnection,
  readOrganization,
  readProvisioningSignIn,
  requireOrganization,
  type Connection,
  type ProvisioningSignIn,
} from './connection.js';
import { InputCheck, maskSecretInputs, runnerInputs, type InputReader } from './reader.js';
import { readSecretTarget, type SecretsSettings } from './secret-target.js';
import { readSubjects } from './subjects.js';
import { readVerification, type VerificationSettings } from './verification.js';
import type { IssuedCertificate } from '../certificate/certificate.js';
import { InternalError } from '../action/errors.js';

export type Intent = 'bootstrap' | 'rotate' | 'token' | 'use' | 'remove' | 'revoke';

/** The provisioning app creates and repairs everything, and publishes the certificate. */
export interface BootstrapSettings
  extends
    Connection,
    ProvisioningSignIn,
    AppSettings,
    CertificateInput,
    NewCertificate,
    ExpiryPolicy,
    VerificationSettings,
    SecretsSettings {
  intent: 'bootstrap';
  /** the `.onmicrosoft.com` domain when the inputs give it; else it is read from Graph */
  organization?: string;
  forceRotate: boolean;
  dryRun: boolean;
  /** trust the token jobs' GitHub OIDC subjects on the managed app (access-token: true) */
  accessToken: boolean;
  /** those subjects; empty: the running job's */
  accessTokenSubjects: string[];
  /** enable the app's service principal again after a revoke (a plain bootstrap never does) */
  enableApp: boolean;
}

/** The managed app rotates its own certificate, signed in with it. */
export interface RotateSettings
  extends Connection, NewCertificate, ExpiryPolicy, VerificationSettings, SecretsSettings {
  intent: 'rotate';
  appId: string;
  /** the managed app's object ID, when the app may not read itself */
  appObjectId?: string;
  organization: string;
  certificate: IssuedCertificate;
  publishedPassword?: string;
  /** the Exchange permissions its token must carry */
  permissions: string[];
  forceRotate: boolean;
  dryRun: boolean;
}

/** A job signs in as the managed app with its own OIDC token and gets Exchange (and S&C) tokens. */
export interface TokenSettings extends Connection, VerificationSettings {
  intent: 'token';
  appId: string;
  organization: string;
  audience: string;
  permissions: string[];
  complianceAccessToken: boolean;
}

/** A job uses the published certificate: no sign-in, no request. */
export interface UseSettings extends ExpiryPolicy {
  intent: 'use';
  certificate: IssuedCertificate;
  installCertificate: boolean;
}

/** The provisioning app takes away what exo-cba set up for the managed app, and its secrets. */
export interface RemoveSettings extends Connection, ProvisioningSignIn, SecretsSettings {
  intent: 'remove';
  appId: string;
  /** the directory roles to take away from an app exo-cba adopted (its own app is deleted whole) */
  roles: RoleRequest[];
  permissions: string[];
  dryRun: boolean;
}

/** The provisioning app disables the managed app's service principal. */
export interface RevokeSettings extends Connection, ProvisioningSignIn {
  intent: 'revoke';
  appId: string;
  dryRun: boolean;
}

export type Settings =
  BootstrapSettings | RotateSettings | TokenSettings | UseSettings | RemoveSettings | RevokeSettings;

export type SettingsOf<I extends Intent> = Extract<Settings, { intent: I }>;

/** The one Exchange permission app-only PowerShell needs; only the bootstrap asks for others. */
export const MANAGE_AS_APP = 'Exchange.ManageAsApp';

type Reader<S> = (check: InputCheck, env: NodeJS.ProcessEnv) => Promise<S> | S;

const READERS: { [I in Intent]: Reader<Omit<SettingsOf<I>, 'intent'>> } = {
  async bootstrap(check, env) {
    const connection = readConnection(check, env, { endpointInputs: true });
    const signIn = readProvisioningSignIn(check);
    const organization = readOrganization(check, connection.tenantId);
    const app = readApp(check);
    // a pair that does not open is repaired, not refused, when the run writes both secrets again
    const certificate = await readCertificateInput(check, {
      repairable: Boolean(check.string('github-token')),
    });
    const newCertificate = readNewCertificate(check, app.appName);
    return {
      ...connection,
      ...signIn,
      organization,
      ...app,
      ...certificate,
      ...newCertificate,
      ...readExpiryPolicy(check, { validityDays: newCertificate.certificateValidityDays, failBefore: true }),
      forceRotate: check.boolean('force-rotate', false),
      ...readVerification(check),
      secrets: readSecretTarget(check, env, { full: true }),
      accessToken: check.boolean('access-token', false),
      accessTokenSubjects: readSubjects(check),
      enableApp: check.boolean('enable-app', false),
      dryRun: check.boolean('dry-run', false),
    };
  },
  async rotate(check, env) {
    const connection = readConnection(check, env, { endpointInputs: false });
    const appId = readAppId(check, true);
    const appObjectId = readAppId(check, false, 'app-object-id') || undefined;
    const organization = requireOrganization(check, connection.tenantId);
    const input = await readCertificateInput(check, { required: true });
    const current = input.certificate && likeCurrent(input.certificate);
    const policy = readExpiryPolicy(check, {
      validityDays: current?.certificateValidityDays,
      failBefore: false,
    });
    const rest = {
      forceRotate: check.boolean('force-rotate', false),
      ...readVerification(check),
      secrets: readSecretTarget(check, env, { full: false }),
      dryRun: check.boolean('dry-run', false),
    };
    check.throwIfInvalid();
    return {
      ...connection,
      appId,
      appObjectId,
      organization,
      certificate: present(input.certificate),
      publishedPassword: input.publishedPassword,
      ...present(current),
      ...policy,
      permissions: [MANAGE_AS_APP],
      ...rest,
    };
  },
  token(check, env) {
    const connection = readConnection(check, env, { endpointInputs: false });
    return {
      ...connection,
      appId: readAppId(check, true),
      organization: requireOrganization(check, connection.tenantId),
      audience: check.string('audience') || 'api://AzureADTokenExchange',
      permissions: [MANAGE_AS_APP],
      complianceAccessToken: check.boolean('compliance-access-token', false),
      ...readVerification(check),
    };
  },
  async use(check) {
    const { certificate } = await readCertificateInput(check, { required: true });
    const rest = {
      installCertificate: check.boolean('install-certificate', false),
      ...readExpiryPolicy(check, { failBefore: true }),
    };
    check.throwIfInvalid();
    return { certificate: present(certificate), ...rest };
  },
  remove(check, env) {
    const connection = readConnection(check, env, { endpointInputs: false });
    return {
      ...connection,
      ...readProvisioningSignIn(check),
      appId: readAppId(check, true),
      roles: readRoles(check),
      permissions: [MANAGE_AS_APP],
      secrets: readSecretTarget(check, env, { full: false }),
      dryRun: check.boolean('dry-run', false),
    };
  },
  revoke(check, env) {
    return {
      ...readConnection(check, env, { endpointInputs: false }),
      ...readProvisioningSignIn(check),
      appId: readAppId(check, true),
      dryRun: check.boolean('dry-run', false),
    };
  },
};

/** A value the inputs guarantee once they are valid (a required input that opened). */
function present<T>(value: T | undefined): T {
  if (value === undefined) throw new InternalError('a required input is missing after validation');
  return value;
}

export interface ReadResult<I extends Intent> {
  settings: SettingsOf<I>;
  /** what the user should know about the inputs (logged as warnings) */
  notes: string[];
}

/** Reads and validates every input of the entry. Throws an ActionError listing every bad input; changes nothing. */
export async function readSettings<I extends Intent>(
  intent: I,
  read: InputReader = runnerInputs,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ReadResult<I>> {
  maskSecretInputs(read);
  const check = new InputCheck(read);
  const fields = await (READERS[intent] as Reader<Omit<SettingsOf<I>, 'intent'>>)(check, env);
  check.throwIfInvalid();
  return { settings: { intent, ...fields } as SettingsOf<I>, notes: check.notes };
}

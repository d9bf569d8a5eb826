/**
 * Every input of action.yml, read and validated into one typed Settings object before the first request.
 * All problems are reported together, each naming the input, the value and the fix.
 *
 * The entry validates inputs before it loads the pipeline, so these modules' imports stay light: no
 * @actions/core, and node-forge only (dynamically) when a `certificate` input is to be opened.
 */
import { readApp, type AppSettings } from './app.js';
import { readCertificateSettings, type CertificateSettings } from './certificate.js';
import { InputCheck, maskSecretInputs, runnerInputs, type InputReader } from './reader.js';
import { readSecretTarget, type SecretsSettings } from './secret-target.js';
import { readSignIn, type SignInSettings } from './sign-in.js';
import { readVerification, type VerificationSettings } from './verification.js';
import { readMode, type ModeSettings } from './mode.js';
import { lineageOf, type Lineage } from '../plan/lineage.js';

export interface Settings
  extends
    SignInSettings,
    ModeSettings,
    AppSettings,
    CertificateSettings,
    VerificationSettings,
    SecretsSettings {
  forceRotate: boolean;
  /** take away what exo-cba created */
  remove: boolean;
  /** whose keys this run may prune: the destination that publishes its certificate */
  lineage: Lineage;
  installCertificate: boolean;
  dryRun: boolean;
}

/** Reads and validates every input. Throws an ActionError listing every bad input; changes nothing. */
export async function readSettings(
  read: InputReader = runnerInputs,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Settings> {
  maskSecretInputs(read);
  const check = new InputCheck(read);
  // one fixed order, close to action.yml's: the errors are listed in it
  const signIn = readSignIn(check);
  const app = readApp(check);
  const mode = readMode(check, {
    clientId: signIn.clientId,
    appId: app.appId,
    certificate: Boolean(check.string('certificate')),
  });
  if (mode.mode !== 'bootstrap' && !signIn.organization)
    check.fail(
      'organization',
      "is required when client-id is empty and tenant-id is a GUID (the app may not read the tenant's domains): pass " +
        '${{ secrets.EXO_ORGANIZATION }} or the .onmicrosoft.com domain, or give tenant-id as that domain.',
    );
  // bootstrap with secrets can repair a certificate/password pair that does not open (see certificate.ts)
  const repairable = mode.mode === 'bootstrap' && Boolean(check.string('github-token'));
  const certificate = await readCertificateSettings(check, app.appName, repairable);
  const verification = readVerification(check);
  const forceRotate = check.boolean('force-rotate', false);
  const installCertificate = check.boolean('install-certificate', false);
  const dryRun = check.boolean('dry-run', false);
  const remove = check.boolean('remove', false);
  if (remove && mode.mode !== 'bootstrap')
    check.fail(
      'remove',
      'true needs client-id: only the provisioning app may take away roles, consent and the app. Run the removal with ' +
        'client-id set to the provisioning app (and app-id for an app exo-cba adopted).',
    );
  if (remove && forceRotate)
    check.fail(
      'force-rotate',
      'true contradicts remove: true, which takes the certificates away: set one of them.',
    );
  const secrets = readSecretTarget(check, env);
  check.throwIfInvalid();
  const lineage = lineageOf(
    secrets
      ? { kind: 'secrets', ...secrets.target }
      : { kind: 'outputs', repository: env.GITHUB_REPOSITORY || 'this repository' },
  );
  return {
    ...signIn,
    ...mode,
    ...app,
    ...certificate,
    ...verification,
    forceRotate,
    secrets,
    installCertificate,
    dryRun,
    remove,
    lineage,
  };
}

/**
 * The `Connect-ExchangeOnline` line the job summary ends with, ready to copy into a later step of the job.
 * It names public facts only (client ID, organization, thumbprint, file path); the password and the token
 * are read from environment variables the step sets from the outputs, never written out.
 */

export const PASSWORD_VARIABLE = 'EXO_PW';
export const TOKEN_VARIABLE = 'EXO_TOKEN';
export const COMPLIANCE_TOKEN_VARIABLE = 'EXO_COMPLIANCE_TOKEN';

/** How this run's result signs in. */
export type ConnectCredential =
  { kind: 'store'; thumbprint: string } | { kind: 'file'; path: string } | { kind: 'token' };

export interface ConnectFacts {
  /** RUNNER_OS: Windows, Linux or macOS */
  runnerOs: string | undefined;
  /** the app and organization; a job that only uses the published certificate reads them from the secrets */
  appId: string | { fromSecrets: true };
  organization: string | { fromSecrets: true };
  exchangeEnvironmentName: string;
  credential: ConnectCredential;
  /** GITHUB_ACTION: the exo-cba step's id, when the workflow gave it one */
  stepId?: string;
}

export interface ConnectLine {
  command: string;
  /** the step's `env:`: variable name → the expression of the output it takes */
  env: Record<string, string>;
  /** what the reader must know to use it */
  notes: string[];
}

const PUBLIC_CLOUD = 'O365Default';

/** A PowerShell single-quoted string: `'` doubles, nothing else is special. */
export function powershellQuote(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A bare argument when it is a plain word (GUID, domain), else quoted. */
function argument(value: string): string {
  return /^[\w.-]+$/.test(value) ? value : powershellQuote(value);
}

/** The runner names a step without an `id:` `__run`, `__owner_repo` and the like: those cannot be referenced. */
function outputExpression(stepId: string | undefined, output: string): string {
  const id = stepId && /^[A-Za-z_][\w-]*$/.test(stepId) && !stepId.startsWith('__') ? stepId : '<id>';
  return `\${{ steps.${id}.outputs.${output} }}`;
}

function credentialArguments(credential: ConnectCredential): string {
  switch (credential.kind) {
    case 'store':
      return `-CertificateThumbprint ${credential.thumbprint}`;
    case 'file':
      return (
        `-CertificateFilePath ${powershellQuote(credential.path)} ` +
        `-CertificatePassword (ConvertTo-SecureString $env:${PASSWORD_VARIABLE} -AsPlainText -Force)`
      );
    case 'token':
      return `-AccessToken $env:${TOKEN_VARIABLE}`;
  }
}

function credentialNotes(facts: ConnectFacts): string[] {
  const windows = facts.runnerOs === 'Windows';
  switch (facts.credential.kind) {
    case 'store':
      return [
        'The certificate is in Cert:\\CurrentUser\\My until the post step removes it at the end of the job.',
      ];
    case 'file':
      return [
        'The PFX file is deleted by the post step at the end of the job: use the line in a later step of this job.',
        ...(windows
          ? ['With install-certificate: true, -CertificateThumbprint works instead of the file.']
          : []),
      ];
    case 'token':
      return ['The token is valid for about an hour (output access-token-expires-on) and is not refreshed.'];
  }
}

/** The published secrets a job that holds no outputs of exo-cba reads instead. */
const FROM_SECRETS = {
  appId: ['EXO_APP_ID', '${{ secrets.EXO_APP_ID }}'],
  organization: ['EXO_ORGANIZATION', '${{ secrets.EXO_ORGANIZATION }}'],
} as const;

/**
 * The `Connect-IPPSSession` line for a Security & Compliance token: the token, the organization and, outside the
 * commercial cloud, the connection URI and authorization endpoint Microsoft's app-only guide requires.
 */
export function complianceConnectLine(facts: {
  organization: string;
  stepId?: string;
  connection?: { connectionUri: string; authorizationEndpoint: string };
}): ConnectLine {
  const sovereign = facts.connection
    ? ` -ConnectionUri ${argument(facts.connection.connectionUri)} -AzureADAuthorizationEndpointUri ` +
      argument(facts.connection.authorizationEndpoint)
    : '';
  return {
    command:
      `Connect-IPPSSession -AccessToken $env:${COMPLIANCE_TOKEN_VARIABLE} -Organization ` +
      `${argument(facts.organization)}${sovereign}`,
    env: { [COMPLIANCE_TOKEN_VARIABLE]: outputExpression(facts.stepId, 'compliance-access-token') },
    notes: ['Needs ExchangeOnlineManagement 3.8.0 or later (Connect-IPPSSession -AccessToken).'],
  };
}

export function connectLine(facts: ConnectFacts): ConnectLine {
  const { credential } = facts;
  const fromSecrets: Record<string, string> = {};
  const value = (field: 'appId' | 'organization') => {
    const given = facts[field];
    if (typeof given === 'string') return argument(given);
    const [variable, expression] = FROM_SECRETS[field];
    fromSecrets[variable] = expression;
    return `$env:${variable}`;
  };
  const identity =
    credential.kind === 'token'
      ? `-Organization ${value('organization')}`
      : `-AppId ${value('appId')} -Organization ${value('organization')}`;
  const environment =
    facts.exchangeEnvironmentName && facts.exchangeEnvironmentName !== PUBLIC_CLOUD
      ? ` -ExchangeEnvironmentName ${argument(facts.exchangeEnvironmentName)}`
      : '';
  const password = Object.keys(fromSecrets).length
    ? '${{ secrets.EXO_CERTIFICATE_PASSWORD }}'
    : outputExpression(facts.stepId, 'certificate-password');
  const env: Record<string, string> = {
    ...fromSecrets,
    ...(credential.kind === 'file' ? { [PASSWORD_VARIABLE]: password } : {}),
    ...(credential.kind === 'token'
      ? { [TOKEN_VARIABLE]: outputExpression(facts.stepId, 'access-token') }
      : {}),
  };
  const shell =
    facts.runnerOs === 'Windows'
      ? []
      : ['Run it with shell: pwsh (the default shell of this runner is bash).'];
  return {
    command: `Connect-ExchangeOnline ${identity}${environment} ${credentialArguments(credential)}`,
    env,
    notes: [...shell, ...credentialNotes(facts)],
  };
}

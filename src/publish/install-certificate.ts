/**
 * `install-certificate: true`: on Windows runners, import the PFX into Cert:\CurrentUser\My so
 * `Connect-ExchangeOnline -CertificateThumbprint` works as on a workstation; the post step removes
 * it again, private key included.
 *
 * The key goes into a legacy CryptoAPI provider (CSP) on purpose: the ExchangeOnlineManagement
 * module cannot sign with a CNG (KSP) key. "Microsoft Enhanced RSA and AES Cryptographic Provider"
 * is the CSP that can make SHA-256 signatures.
 *
 * Command lines are built by pure functions and run through an injected `exec`, so they are
 * testable anywhere. The PFX password is a separate argument and masked by describeCommand().
 */
import { execFile } from 'node:child_process';
import { ActionError } from '../action/errors.js';

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}
export type Exec = (program: string, args: readonly string[]) => Promise<ExecResult>;

export interface Command {
  program: string;
  args: string[];
  /** Argument values that must never be printed. */
  secrets: string[];
}

export const KEY_PROVIDER = 'Microsoft Enhanced RSA and AES Cryptographic Provider';
export const STORE = 'Cert:\\CurrentUser\\My';

export const NON_WINDOWS_WARNING =
  "install-certificate has no effect on this runner: the Windows certificate store, and with it Connect-ExchangeOnline -CertificateThumbprint, exists only on Windows. Connect with -CertificateFilePath (output 'certificate-path') and -CertificatePassword (ConvertTo-SecureString 'certificate-password' -AsPlainText -Force) instead, or run the job on a Windows runner.";

const THUMBPRINT = /^[0-9A-F]{40}$/;
const EXEC_TIMEOUT_MS = 120_000;

/**
 * certutil [-f] [-user] [-p Password] [-csp Provider] -importPFX [Store] PFXFile [Modifiers]
 * -f replaces an earlier import of the same certificate; -user targets CurrentUser instead of
 * LocalMachine; NoExport keeps the key from being exported again; NoRoot keeps certutil from adding
 * the self-signed certificate to the trusted roots (which would raise a confirmation dialog).
 */
export function importCommand(pfxPath: string, password: string): Command {
  return {
    program: 'certutil.exe',
    args: [
      '-f',
      '-user',
      '-p',
      password,
      '-csp',
      KEY_PROVIDER,
      '-importPFX',
      'My',
      pfxPath,
      'NoExport,NoRoot',
    ],
    secrets: [password],
  };
}

/** certutil -user -store My <thumbprint>: lists the certificate with its key provider. */
export function verifyCommand(thumbprint: string): Command {
  return {
    program: 'certutil.exe',
    args: ['-user', '-store', 'My', normalizeThumbprint(thumbprint)],
    secrets: [],
  };
}

/**
 * Remove-Item -DeleteKey deletes the certificate and its private key container; removing only the
 * certificate (certutil -delstore) is not documented to delete the key, which would leave it on a
 * self-hosted runner's disk. Absent already is fine: the post step may run after a failed import.
 */
export function removeCommand(thumbprint: string): Command {
  const path = `${STORE}\\${normalizeThumbprint(thumbprint)}`;
  const script = `$p = '${path}'; if (Test-Path -LiteralPath $p) { Remove-Item -LiteralPath $p -DeleteKey -ErrorAction Stop }`;
  return {
    program: 'powershell.exe',
    args: ['-NoLogo', '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', script],
    secrets: [],
  };
}

/** The command line for logs, every secret replaced by ***. */
export function describeCommand(command: Command): string {
  return [command.program, ...command.args]
    .map((part) => (command.secrets.includes(part) ? '***' : quote(maskSecrets(part, command.secrets))))
    .join(' ');
}

export interface InstallOptions {
  pfxPath: string;
  password: string;
  thumbprint: string;
  platform?: NodeJS.Platform;
  exec?: Exec;
}
export interface InstallResult {
  installed: boolean;
  /** e.g. Cert:\CurrentUser\My\<thumbprint>, when installed. */
  storePath?: string;
  warning?: string;
}

export async function installCertificate(options: InstallOptions): Promise<InstallResult> {
  const thumbprint = normalizeThumbprint(options.thumbprint);
  if ((options.platform ?? process.platform) !== 'win32')
    return { installed: false, warning: NON_WINDOWS_WARNING };
  const exec = options.exec ?? execCommand;

  const importing = importCommand(options.pfxPath, options.password);
  const imported = await run(exec, importing, 'certutil');
  if (imported.exitCode !== 0) {
    throw new ActionError(
      `Importing the certificate into ${STORE} failed: ${describeCommand(importing)} exited with ${imported.exitCode}${details(imported, importing.secrets)}. ` +
        "Check that the runner's user profile is loaded (the job must not run as a service account without one), or set install-certificate: false and connect with -CertificateFilePath.",
    );
  }

  const verifying = verifyCommand(thumbprint);
  const listed = await run(exec, verifying, 'certutil');
  if (listed.exitCode !== 0) {
    throw new ActionError(
      `certutil reported success, but certificate ${thumbprint} is not in ${STORE} (${describeCommand(verifying)} exited with ${listed.exitCode}${details(listed, [])}). ` +
        'Set install-certificate: false and connect with -CertificateFilePath instead.',
    );
  }
  const storePath = `${STORE}\\${thumbprint}`;
  if (!listed.stdout.includes(KEY_PROVIDER)) {
    return {
      installed: true,
      storePath,
      warning: `Certificate ${thumbprint} is in ${STORE}, but certutil did not show its key in "${KEY_PROVIDER}". If Connect-ExchangeOnline -CertificateThumbprint fails, connect with -CertificateFilePath instead.`,
    };
  }
  return { installed: true, storePath };
}

export interface RemoveOptions {
  thumbprint: string;
  platform?: NodeJS.Platform;
  exec?: Exec;
}

export async function removeInstalledCertificate(
  options: RemoveOptions,
): Promise<{ removed: boolean; warning?: string }> {
  const thumbprint = normalizeThumbprint(options.thumbprint);
  if ((options.platform ?? process.platform) !== 'win32')
    return { removed: false, warning: NON_WINDOWS_WARNING };
  const removing = removeCommand(thumbprint);
  const result = await run(options.exec ?? execCommand, removing, 'powershell.exe');
  if (result.exitCode !== 0) {
    throw new ActionError(
      `Removing certificate ${thumbprint} and its private key from ${STORE} failed (exit code ${result.exitCode}${details(result, [])}). ` +
        `On a self-hosted runner remove it by hand: Remove-Item -LiteralPath '${STORE}\\${thumbprint}' -DeleteKey`,
    );
  }
  return { removed: true };
}

/** execFile without a shell: arguments reach the program as they are, quoting done by Node. */
export const execCommand: Exec = (program, args) =>
  new Promise((resolve, reject) => {
    const child = execFile(
      program,
      [...args],
      { windowsHide: true, timeout: EXEC_TIMEOUT_MS, maxBuffer: 4 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error === null) return resolve({ exitCode: 0, stdout, stderr });
        const failure = error as NodeJS.ErrnoException & { code?: number | string; killed?: boolean };
        if (typeof failure.code === 'number') return resolve({ exitCode: failure.code, stdout, stderr });
        if (failure.killed) {
          return resolve({
            exitCode: -1,
            stdout,
            stderr: `${stderr}\n(stopped after ${EXEC_TIMEOUT_MS / 1000} s)`,
          });
        }
        reject(failure);
      },
    );
    // Nothing is ever typed in: a program that prompts reads end-of-file instead of hanging.
    child.stdin?.end();
  });

async function run(exec: Exec, command: Command, name: string): Promise<ExecResult> {
  try {
    return await exec(command.program, command.args);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ActionError(
      code === 'ENOENT'
        ? `${name} was not found on this runner; it ships with Windows. Set install-certificate: false and connect with -CertificateFilePath instead.`
        : `Running ${describeCommand(command)} failed: ${maskSecrets(error instanceof Error ? error.message : String(error), command.secrets)}`,
    );
  }
}

function normalizeThumbprint(thumbprint: string): string {
  const normalized = thumbprint.replace(/[\s:]/g, '').toUpperCase();
  if (!THUMBPRINT.test(normalized)) {
    throw new Error(`'${thumbprint}' is not a SHA-1 certificate thumbprint (40 hexadecimal characters).`);
  }
  return normalized;
}

function details(result: ExecResult, secrets: string[]): string {
  const output = maskSecrets(`${result.stderr}\n${result.stdout}`, secrets)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(-5)
    .join(' | ');
  return output === '' ? '' : `: ${output}`;
}

function maskSecrets(text: string, secrets: string[]): string {
  return secrets
    .filter((secret) => secret !== '')
    .reduce((masked, secret) => masked.split(secret).join('***'), text);
}

function quote(part: string): string {
  return /[\s"]/.test(part) ? `"${part.replace(/"/g, '\\"')}"` : part;
}

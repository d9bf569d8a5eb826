import { ActionError } from '../../src/action/errors.js';
import {
  describeCommand,
  execCommand,
  importCommand,
  installCertificate,
  KEY_PROVIDER,
  NON_WINDOWS_WARNING,
  removeCommand,
  removeInstalledCertificate,
  verifyCommand,
  type Exec,
  type ExecResult,
} from '../../src/publish/install-certificate.js';

const PASSWORD = 'Zq3-secret_password-of-43-characters-xxxxxx';
const THUMBPRINT = 'C2672F52C60E8A55C76D19844A245FF4590C8DE5';
const PFX_PATH = 'D:\\a\\_temp\\exo cba\\exo-cba.pfx';

/** A stand-in for Windows: answers each program from a script and records every call. */
function fakeExec(
  answers: Record<string, ExecResult | Error>,
): Exec & { calls: { program: string; args: string[] }[] } {
  const calls: { program: string; args: string[] }[] = [];
  const exec = async (program: string, args: readonly string[]) => {
    calls.push({ program, args: [...args] });
    const key =
      program === 'certutil.exe' ? `certutil ${args.includes('-importPFX') ? 'import' : 'store'}` : program;
    const answer = answers[key];
    if (answer === undefined) throw new Error(`unexpected call: ${program}`);
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return Object.assign(exec, { calls });
}

const storeListing = `My "Personal"
================ Certificate 0 ================
Serial Number: 19d2bbff434a2abccb148cd1773fe55c
Issuer: CN=Exchange Online Automation
Cert Hash(sha1): c2672f52c60e8a55c76d19844a245ff4590c8de5
  Key Container = 5f4d3a5c-1d0e-4a43-9f7b-3c1d2f0a7e11
  Provider = ${KEY_PROVIDER}
Encryption test passed
CertUtil: -store command completed successfully.`;

describe('command lines', () => {
  it('imports into CurrentUser\\My with the AES CSP, non-exportable, without touching the root store', () => {
    const command = importCommand(PFX_PATH, PASSWORD);
    expect(command.program).toBe('certutil.exe');
    expect(command.args).toEqual([
      '-f',
      '-user',
      '-p',
      PASSWORD,
      '-csp',
      'Microsoft Enhanced RSA and AES Cryptographic Provider',
      '-importPFX',
      'My',
      PFX_PATH,
      'NoExport,NoRoot',
    ]);
  });

  it('masks the password when the command is described', () => {
    const text = describeCommand(importCommand(PFX_PATH, PASSWORD));
    expect(text).not.toContain(PASSWORD);
    expect(text).toBe(
      'certutil.exe -f -user -p *** -csp "Microsoft Enhanced RSA and AES Cryptographic Provider" -importPFX My "D:\\a\\_temp\\exo cba\\exo-cba.pfx" NoExport,NoRoot',
    );
  });

  it('lists and removes by normalized thumbprint, deleting the private key too', () => {
    expect(verifyCommand('c2:67:2f:52:c6:0e:8a:55:c7:6d:19:84:4a:24:5f:f4:59:0c:8d:e5').args).toEqual([
      '-user',
      '-store',
      'My',
      THUMBPRINT,
    ]);
    const remove = removeCommand(THUMBPRINT.toLowerCase());
    expect(remove.program).toBe('powershell.exe');
    expect(remove.args.slice(0, -1)).toEqual([
      '-NoLogo',
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-Command',
    ]);
    expect(remove.args.at(-1)).toBe(
      `$p = 'Cert:\\CurrentUser\\My\\${THUMBPRINT}'; if (Test-Path -LiteralPath $p) { Remove-Item -LiteralPath $p -DeleteKey -ErrorAction Stop }`,
    );
  });

  it('refuses anything but a SHA-1 thumbprint, so nothing else reaches a command line', () => {
    expect(() => removeCommand("ABC'; Remove-Item C:\\ -Recurse; '")).toThrow(
      /not a SHA-1 certificate thumbprint/,
    );
    expect(() => verifyCommand('A'.repeat(64))).toThrow(/40 hexadecimal characters/);
  });
});

describe('installCertificate', () => {
  it('does nothing off Windows and explains the file-based alternative', async () => {
    const exec = fakeExec({});
    const result = await installCertificate({
      pfxPath: '/tmp/x.pfx',
      password: PASSWORD,
      thumbprint: THUMBPRINT,
      platform: 'linux',
      exec,
    });
    expect(result).toEqual({ installed: false, warning: NON_WINDOWS_WARNING });
    expect(exec.calls).toEqual([]);
    expect(NON_WINDOWS_WARNING).toMatch(/-CertificateThumbprint/);
    expect(NON_WINDOWS_WARNING).toMatch(/-CertificateFilePath/);
    expect(NON_WINDOWS_WARNING).toMatch(/-CertificatePassword/);
  });

  it('imports, then confirms the certificate and its CSP key are in the store', async () => {
    const exec = fakeExec({
      'certutil import': {
        exitCode: 0,
        stdout: 'CertUtil: -importPFX command completed successfully.',
        stderr: '',
      },
      'certutil store': { exitCode: 0, stdout: storeListing, stderr: '' },
    });
    const result = await installCertificate({
      pfxPath: PFX_PATH,
      password: PASSWORD,
      thumbprint: THUMBPRINT.toLowerCase(),
      platform: 'win32',
      exec,
    });
    expect(result).toEqual({ installed: true, storePath: `Cert:\\CurrentUser\\My\\${THUMBPRINT}` });
    expect(exec.calls).toEqual([
      { program: 'certutil.exe', args: importCommand(PFX_PATH, PASSWORD).args },
      { program: 'certutil.exe', args: ['-user', '-store', 'My', THUMBPRINT] },
    ]);
  });

  it('warns when the store does not show the key in the expected provider', async () => {
    const exec = fakeExec({
      'certutil import': { exitCode: 0, stdout: '', stderr: '' },
      'certutil store': {
        exitCode: 0,
        stdout: storeListing.replace(KEY_PROVIDER, 'Microsoft Software Key Storage Provider'),
        stderr: '',
      },
    });
    const result = await installCertificate({
      pfxPath: PFX_PATH,
      password: PASSWORD,
      thumbprint: THUMBPRINT,
      platform: 'win32',
      exec,
    });
    expect(result.installed).toBe(true);
    expect(result.warning).toMatch(/-CertificateFilePath/);
  });

  it('fails with the exit code and certutil output, the password masked, and what to do', async () => {
    const exec = fakeExec({
      'certutil import': {
        exitCode: -2147024810,
        stdout: `CertUtil: -importPFX command FAILED: 0x80070056 (WIN32: 86 ERROR_INVALID_PASSWORD)\nPassword was ${PASSWORD}`,
        stderr: 'CertUtil: The specified network password is not correct.',
      },
    });
    const failure = installCertificate({
      pfxPath: PFX_PATH,
      password: PASSWORD,
      thumbprint: THUMBPRINT,
      platform: 'win32',
      exec,
    });
    await expect(failure).rejects.toBeInstanceOf(ActionError);
    const message = await failure.catch((error: Error) => error.message);
    expect(message).toMatch(/Importing the certificate into Cert:\\CurrentUser\\My failed/);
    expect(message).toMatch(/exited with -2147024810/);
    expect(message).toMatch(/ERROR_INVALID_PASSWORD/);
    expect(message).toMatch(/install-certificate: false/);
    expect(message).not.toContain(PASSWORD);
    expect(exec.calls).toHaveLength(1);
  });

  it('fails when certutil succeeds but the certificate is not in the store', async () => {
    const exec = fakeExec({
      'certutil import': { exitCode: 0, stdout: '', stderr: '' },
      'certutil store': {
        exitCode: -2147023728,
        stdout: 'CertUtil: -store command FAILED: 0x80070490 (WIN32: 1168 ERROR_NOT_FOUND)',
        stderr: '',
      },
    });
    await expect(
      installCertificate({
        pfxPath: PFX_PATH,
        password: PASSWORD,
        thumbprint: THUMBPRINT,
        platform: 'win32',
        exec,
      }),
    ).rejects.toThrow(new RegExp(`${THUMBPRINT} is not in Cert:\\\\CurrentUser\\\\My.*ERROR_NOT_FOUND`));
  });

  it('says so when certutil is missing', async () => {
    const exec = fakeExec({
      'certutil import': Object.assign(new Error('spawn certutil.exe ENOENT'), { code: 'ENOENT' }),
    });
    await expect(
      installCertificate({
        pfxPath: PFX_PATH,
        password: PASSWORD,
        thumbprint: THUMBPRINT,
        platform: 'win32',
        exec,
      }),
    ).rejects.toThrow(/certutil was not found on this runner/);
  });
});

describe('removeInstalledCertificate', () => {
  it('does nothing off Windows', async () => {
    const exec = fakeExec({});
    expect(await removeInstalledCertificate({ thumbprint: THUMBPRINT, platform: 'darwin', exec })).toEqual({
      removed: false,
      warning: NON_WINDOWS_WARNING,
    });
    expect(exec.calls).toEqual([]);
  });

  it('removes certificate and key with PowerShell', async () => {
    const exec = fakeExec({ 'powershell.exe': { exitCode: 0, stdout: '', stderr: '' } });
    expect(await removeInstalledCertificate({ thumbprint: THUMBPRINT, platform: 'win32', exec })).toEqual({
      removed: true,
    });
    expect(exec.calls).toEqual([{ program: 'powershell.exe', args: removeCommand(THUMBPRINT).args }]);
  });

  it('tells how to remove it by hand when PowerShell fails', async () => {
    const exec = fakeExec({
      'powershell.exe': { exitCode: 1, stdout: '', stderr: 'Remove-Item : Access is denied.' },
    });
    await expect(
      removeInstalledCertificate({ thumbprint: THUMBPRINT, platform: 'win32', exec }),
    ).rejects.toThrow(
      /Access is denied.*Remove-Item -LiteralPath 'Cert:\\CurrentUser\\My\\C2672F52C60E8A55C76D19844A245FF4590C8DE5' -DeleteKey/,
    );
  });
});

describe('execCommand', () => {
  it('returns exit code and output of a real process without a shell', async () => {
    const result = await execCommand(process.execPath, [
      '-e',
      'process.stdout.write(process.argv[1]); process.stderr.write("err"); process.exit(3)',
      'an argument with spaces & "quotes"',
    ]);
    expect(result).toEqual({ exitCode: 3, stdout: 'an argument with spaces & "quotes"', stderr: 'err' });
  });

  it('gives a program that waits for input end-of-file instead of hanging', async () => {
    const script =
      'let n = 0; process.stdin.on("data", (d) => (n += d.length)); process.stdin.on("end", () => console.log("eof", n))';
    expect(await execCommand(process.execPath, ['-e', script])).toEqual({
      exitCode: 0,
      stdout: 'eof 0\n',
      stderr: '',
    });
  });

  it('rejects with ENOENT when the program does not exist', async () => {
    await expect(execCommand('exo-cba-no-such-program', [])).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

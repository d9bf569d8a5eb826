/** The job summary's closing sections: the Connect-ExchangeOnline line for the runner, and the run's warnings. */
import { recordWarnings } from '../../src/action/log.js';
import { connectLine, type ConnectFacts } from '../../src/publish/connect-line.js';
import { connectSection, warningsSection } from '../../src/publish/summary-sections.js';

const APP = '11111111-2222-3333-4444-555555555555';
const THUMB = 'A'.repeat(40);
const facts = (overrides: Partial<ConnectFacts>): ConnectFacts => ({
  runnerOs: 'Linux',
  appId: APP,
  organization: 'contoso.onmicrosoft.com',
  exchangeEnvironmentName: 'O365Default',
  credential: { kind: 'file', path: '/home/runner/work/_temp/exo-cba-x/exchange-online.pfx' },
  stepId: 'exo',
  ...overrides,
});

describe('the Connect-ExchangeOnline line', () => {
  it('on Linux: the PFX file, its password from an environment variable, in a pwsh step', () => {
    const line = connectLine(facts({}));
    expect(line.command).toBe(
      `Connect-ExchangeOnline -AppId ${APP} -Organization contoso.onmicrosoft.com ` +
        "-CertificateFilePath '/home/runner/work/_temp/exo-cba-x/exchange-online.pfx' " +
        '-CertificatePassword (ConvertTo-SecureString $env:EXO_PW -AsPlainText -Force)',
    );
    expect(line.env).toEqual({ EXO_PW: '${{ steps.exo.outputs.certificate-password }}' });
    expect(line.notes.join(' ')).toMatch(/shell: pwsh/);
    expect(line.notes.join(' ')).toMatch(/deleted by the post step/);
  });

  it('on Windows with the certificate in the store: the thumbprint, no secret needed', () => {
    const line = connectLine(
      facts({ runnerOs: 'Windows', credential: { kind: 'store', thumbprint: THUMB } }),
    );
    expect(line.command).toBe(
      `Connect-ExchangeOnline -AppId ${APP} -Organization contoso.onmicrosoft.com -CertificateThumbprint ${THUMB}`,
    );
    expect(line.env).toEqual({});
    expect(line.notes.join(' ')).not.toMatch(/shell: pwsh/);
  });

  it('on Windows without the store: the file, quoted for PowerShell, and how to use the store instead', () => {
    const line = connectLine(
      facts({
        runnerOs: 'Windows',
        credential: { kind: 'file', path: "D:\\a\\_temp\\it's\\exchange-online.pfx" },
      }),
    );
    expect(line.command).toContain("-CertificateFilePath 'D:\\a\\_temp\\it''s\\exchange-online.pfx'");
    expect(line.notes.join(' ')).toMatch(/install-certificate: true/);
  });

  it('token mode: the access token from an environment variable; the cloud outside the public one', () => {
    const line = connectLine(
      facts({ credential: { kind: 'token' }, exchangeEnvironmentName: 'O365USGovGCCHigh', stepId: '__run' }),
    );
    expect(line.command).toBe(
      'Connect-ExchangeOnline -Organization contoso.onmicrosoft.com -ExchangeEnvironmentName O365USGovGCCHigh ' +
        '-AccessToken $env:EXO_TOKEN',
    );
    // a step without an id: the reader fills it in
    expect(line.env).toEqual({ EXO_TOKEN: '${{ steps.<id>.outputs.access-token }}' });
  });

  it('renders as HTML with every value escaped', () => {
    const html = connectSection(connectLine(facts({ organization: '<b>' })));
    expect(html).toContain("-Organization '&lt;b&gt;'");
    expect(html).toContain('<code>EXO_PW: ${{ steps.exo.outputs.certificate-password }}</code>');
    expect(html).not.toContain('<b>');
  });
});

describe("the run's warnings", () => {
  it('are recorded as they are logged, and listed escaped', () => {
    const logged: string[] = [];
    const log = recordWarnings({ info: () => {}, debug: () => {}, warning: (m) => logged.push(m) });
    log.info('not a warning');
    log.warning('role <Exchange Administrator> & more');
    expect(logged).toEqual(['role <Exchange Administrator> & more']);
    expect(warningsSection(log.warnings)).toBe(
      '<h3>Warnings</h3>\n<ul><li>role &lt;Exchange Administrator&gt; &amp; more</li></ul>\n',
    );
  });

  it('a run without warnings has no section', () => {
    expect(warningsSection([])).toBe('');
  });
});

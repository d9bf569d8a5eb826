import { describe, expect, it } from '@jest/globals';
import { isExchangeHost, redirectTarget } from '../../src/exchange/redirects.js';

describe('which hosts may receive the Exchange token', () => {
  it.each([
    ['https://outlook.office365.com', 'outlook.office365.com', true],
    ['https://outlook.office365.com', 'nam13b.outlook.office365.com', true],
    ['https://outlook.office365.com', 'nam13b.office365.com', true],
    ['https://outlook.office365.com', 'office365.com.evil.example', false],
    ['https://outlook.office365.com', 'evil-office365.com', false],
    // the regional Locations public clients see (ScubaGear, CIPP): <region>.admin.protection.outlook.com:446
    ['https://outlook.office365.com', 'zaf01b.admin.protection.outlook.com', true],
    ['https://outlook.office365.com', 'outlook.com.evil.example', false],
    ['https://outlook-dod.office365.us', 'x.admin.protection.outlook.com', false],
    ['https://outlook-dod.office365.us', 'x.outlook-dod.office365.us', true],
    ['https://outlook-dod.office365.us', 'x.office365.com', false],
    ['https://partner.outlook.cn', 'abc.partner.outlook.cn', true],
    ['https://127.0.0.1:8443', 'localhost', true],
    ['https://127.0.0.1:8443', 'example.com', false],
    ['https://10.0.0.5', '10.0.0.6', false],
  ])('%s → %s: %s', (endpoint, host, allowed) => {
    expect(isExchangeHost(endpoint, host)).toBe(allowed);
  });
});

describe('where a redirect leads', () => {
  it('maps port 446 to the front door port and resolves a relative Location', () => {
    const front = 'https://outlook.office365.com/adminapi/v1.0/t/EXOModuleFile';
    expect(
      redirectTarget(
        front,
        'https://nam13b.outlook.office365.com:446/adminapi/v1.0/t/EXOModuleFile',
        'https://outlook.office365.com',
      ).toString(),
    ).toBe('https://nam13b.outlook.office365.com/adminapi/v1.0/t/EXOModuleFile');
    expect(redirectTarget(front, '/adminapi/beta/t/x', 'https://outlook.office365.com').toString()).toBe(
      'https://outlook.office365.com/adminapi/beta/t/x',
    );
    expect(
      redirectTarget(
        'https://127.0.0.1:9000/a',
        'https://localhost:446/a',
        'https://127.0.0.1:9000',
      ).toString(),
    ).toBe('https://localhost:9000/a');
  });
});

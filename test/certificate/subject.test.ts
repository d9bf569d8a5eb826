import { escapeDnValue, parseSubject } from '../../src/certificate/subject.js';

describe('parseSubject', () => {
  it.each([
    ['CN=Exchange Online Automation', [{ shortName: 'CN', value: 'Exchange Online Automation' }]],
    [
      'CN=x, O=Contoso, OU=IT, L=Zürich, ST=ZH, C=ch, E=admin@contoso.com',
      [
        { shortName: 'CN', value: 'x' },
        { shortName: 'O', value: 'Contoso' },
        { shortName: 'OU', value: 'IT' },
        { shortName: 'L', value: 'Zürich' },
        { shortName: 'ST', value: 'ZH' },
        { shortName: 'C', value: 'CH' },
        { shortName: 'E', value: 'admin@contoso.com' },
      ],
    ],
    [
      'cn = spaced ,s=WA,emailAddress=a@b.c',
      [
        { shortName: 'CN', value: 'spaced' },
        { shortName: 'ST', value: 'WA' },
        { shortName: 'E', value: 'a@b.c' },
      ],
    ],
    ['CN=Contoso\\, Inc. Automation', [{ shortName: 'CN', value: 'Contoso, Inc. Automation' }]],
    ['CN="Contoso, Inc. Automation"', [{ shortName: 'CN', value: 'Contoso, Inc. Automation' }]],
    ['CN=a=b', [{ shortName: 'CN', value: 'a=b' }]],
  ])('parses %s', (dn, expected) => {
    expect(parseSubject(dn)).toEqual(expected);
  });

  it('round-trips any app name through escapeDnValue', () => {
    for (const name of ['Contoso, Inc. + "Friends"', ' leading and trailing ', 'back\\slash;#<>=']) {
      expect(parseSubject(`CN=${escapeDnValue(name)}`)).toEqual([{ shortName: 'CN', value: name }]);
    }
  });

  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['Exchange Online Automation', /not NAME=value/],
    ['CN=x, Inc.', /'Inc\.' that is not NAME=value/],
    ['CN=', /empty CN value/],
    ['CN=x, DC=contoso', /attribute 'DC'.*use CN, O, OU, L, ST, C, E/],
    ['O=Contoso', /no CN/],
    ['CN=x, C=USA', /two-letter country code/],
    ['CN=x, E=not-an-address', /e-mail/],
    [`CN=${'a'.repeat(65)}`, /65 characters; the limit is 64/],
    ['CN=a+b', /unescaped '\+'/],
    ['CN="unterminated', /unterminated/],
    ['CN=trailing\\', /backslash/],
  ])('rejects %j', (dn, message) => {
    expect(() => parseSubject(dn)).toThrow(message);
  });
});

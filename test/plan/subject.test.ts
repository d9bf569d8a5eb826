import { certificateSubjectFor } from '../../src/plan/subject.js';
import { parseSubject } from '../../src/certificate/subject.js';

const defaulted = { certificateSubject: 'CN=Exchange Online Automation', certificateSubjectDefaulted: true };

describe('the subject of a new certificate', () => {
  it('names an adopted app by its own name, escaped as a DN value', () => {
    expect(certificateSubjectFor(defaulted, 'Mail + Calendar "sync"')).toBe(
      'CN=Mail \\+ Calendar \\"sync\\"',
    );
    expect(parseSubject(certificateSubjectFor(defaulted, '#1 app; =x'))).toEqual([
      { shortName: 'CN', value: '#1 app; =x' },
    ]);
  });

  it("cuts a long name to CN's 64 characters", () => {
    const subject = certificateSubjectFor(defaulted, 'A'.repeat(100));
    expect(subject).toBe(`CN=${'A'.repeat(64)}`);
  });

  it('keeps the configured subject when it was given, or the app has no name', () => {
    const given = { certificateSubject: 'CN=Ops, O=Contoso', certificateSubjectDefaulted: false };
    expect(certificateSubjectFor(given, 'Legacy scripts')).toBe('CN=Ops, O=Contoso');
    expect(certificateSubjectFor(defaulted, '')).toBe('CN=Exchange Online Automation');
    expect(certificateSubjectFor(defaulted, '   ')).toBe('CN=Exchange Online Automation');
    expect(certificateSubjectFor(defaulted, undefined)).toBe('CN=Exchange Online Automation');
  });
});

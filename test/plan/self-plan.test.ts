/** Self-rotation names its new certificate after the app as it reads itself, like an adopted app's. */
import { planSelfRotation } from '../../src/plan/self-plan.js';
import type { PlanSettings, Step } from '../../src/plan/plan.js';

const NOW = new Date(Date.UTC(2030, 0, 1));
const settings = (overrides: Partial<PlanSettings> = {}): PlanSettings => ({
  appName: 'Exchange Online Automation',
  appUniqueName: 'exchange-online-automation',
  appId: 'app-client',
  permissions: ['Exchange.ManageAsApp'],
  roles: [],
  certificateSubject: 'CN=Exchange Online Automation',
  certificateSubjectDefaulted: true,
  certificateValidityDays: 365,
  rotateBeforeDays: 30,
  keySize: 2048,
  forceRotate: true,
  verify: 'none',
  verifyTimeoutSeconds: 600,
  lineage: { id: '43009eca20', label: 'outputs of contoso/exchange-automation' },
  ...overrides,
});
const subjects = (stages: Step[][]) =>
  stages.flat().flatMap((s) => (s.kind === 'add-certificate' ? [s.subject] : []));

describe('self-rotation: the new certificate’s subject', () => {
  it('is the app’s own name when certificate-subject was not given', () => {
    const plan = planSelfRotation(
      settings(),
      { keys: [], keysKnown: true, app: { displayName: 'Legacy' } },
      NOW,
    );
    expect(subjects(plan.stages)).toEqual(['CN=Legacy']);
  });

  it('is certificate-subject when given, and the default when the app may not read its name', () => {
    const given = settings({ certificateSubject: 'CN=Ops', certificateSubjectDefaulted: false });
    expect(
      subjects(
        planSelfRotation(given, { keys: [], keysKnown: true, app: { displayName: 'Legacy' } }, NOW).stages,
      ),
    ).toEqual(['CN=Ops']);
    expect(
      subjects(
        planSelfRotation(settings(), { keys: [], keysKnown: false, app: { displayName: '' } }, NOW).stages,
      ),
    ).toEqual(['CN=Exchange Online Automation']);
  });
});

/** A self-rotation issues its next certificate like the current one, and decides with the shared key rules. */
import { planSelfRotation, type SelfPlanSettings } from '../../src/plan/self-plan.js';
import type { Step } from '../../src/plan/plan.js';

const NOW = new Date(Date.UTC(2030, 0, 1));
const settings = (overrides: Partial<SelfPlanSettings> = {}): SelfPlanSettings => ({
  certificateSubject: 'CN=Legacy, O=Contoso',
  certificateValidityDays: 90,
  keySize: 3072,
  rotateBeforeDays: 30,
  forceRotate: true,
  verify: 'none',
  verifyTimeoutSeconds: 600,
  lineage: '43009eca20',
  ...overrides,
});
const added = (stages: Step[][]) => stages.flat().filter((s) => s.kind === 'add-certificate');

describe('self-rotation', () => {
  it('issues the new certificate with the settings taken from the current one', () => {
    const plan = planSelfRotation(settings(), { keys: [], keysKnown: true }, NOW);
    expect(added(plan.stages)).toEqual([
      {
        kind: 'add-certificate',
        reason: 'forced',
        subject: 'CN=Legacy, O=Contoso',
        validityDays: 90,
        keySize: 3072,
        replaces: undefined,
      },
    ]);
  });

  it('verifies before publishing, unless verify is none; prunes only what it could read', () => {
    const plan = planSelfRotation(
      settings({ verify: 'token', secretPrefix: 'EXO_' }),
      { keys: [], keysKnown: false, existingSecrets: new Set() },
      NOW,
    );
    expect(plan.stages.map((stage) => stage.map((s) => s.kind))).toEqual([
      ['add-certificate'],
      ['verify-certificate'],
      ['publish-secrets'],
    ]);
  });
});

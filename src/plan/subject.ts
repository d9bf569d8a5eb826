/**
 * The subject of a new certificate. An explicit certificate-subject is kept as given; the default names
 * the app: an adopted app (app-id) by its own display name, which exo-cba does not change, rather than
 * by the app-name input it never applied.
 */
import { commonNameSubject, parseSubject } from '../certificate/subject.js';
import type { PlanSettings } from './plan.js';

export function certificateSubjectFor(
  settings: Pick<PlanSettings, 'certificateSubject' | 'certificateSubjectDefaulted'>,
  /** the adopted app's display name as read; undefined for exo-cba's own app (it follows app-name) */
  adoptedName: string | undefined,
): string {
  if (!settings.certificateSubjectDefaulted || !adoptedName?.trim()) return settings.certificateSubject;
  const subject = commonNameSubject(adoptedName);
  try {
    parseSubject(subject);
    return subject;
  } catch {
    return settings.certificateSubject; // a name no subject can carry: the app-name default stands
  }
}

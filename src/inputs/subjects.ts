/** `access-token-subjects`: the GitHub OIDC subjects of the jobs that may sign in as the managed app. */
import { parseList } from './app.js';
import type { InputCheck } from './reader.js';

/** GitHub OIDC `sub` claims: `repo:`-prefixed, or a customized template; never blank or multi-line. */
const SUBJECT = /^[^\s,]{1,600}$/;

export function readSubjects(check: InputCheck): string[] {
  const subjects = parseList(check.string('access-token-subjects'));
  for (const subject of subjects) {
    if (!SUBJECT.test(subject))
      check.fail(
        'access-token-subjects',
        `'${subject}' is not a GitHub OIDC subject, like repo:contoso/automation:environment:exchange.`,
      );
  }
  return subjects;
}

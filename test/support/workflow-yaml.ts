/**
 * Reading workflows with a YAML parser: the steps that use an exo-cba entry (`uses: exo-cba/exo-cba@…` is the
 * bootstrap, `exo-cba/exo-cba/<entry>@…` the others), with their id and `with:` keys, and each entry's input and
 * output names as its action.yml declares them.
 */
import { parse } from 'yaml';
import { actionFile, type EntryName } from './action-files.js';

/** The names of an entry's inputs or outputs. */
export function actionNames(section: 'inputs' | 'outputs', entry: EntryName = 'bootstrap'): Set<string> {
  return new Set(Object.keys(actionFile(entry)[section]));
}

export interface ExoStep {
  /** the job the step belongs to */
  job: string;
  entry: EntryName;
  id?: string;
  with: string[];
  /** the `with:` values as written */
  values: Record<string, string>;
}

interface WorkflowStep {
  uses?: string;
  id?: string;
  with?: Record<string, unknown>;
}

const USES = /^exo-cba\/exo-cba(?:\/(rotate|token|use|remove|revoke))?@\S+$/;

/** The steps of a workflow that use an exo-cba entry, job by job in the order they are written. */
export function exoSteps(yaml: string): ExoStep[] {
  const workflow = parse(yaml) as { jobs?: Record<string, { steps?: WorkflowStep[] }> } | null;
  const steps: ExoStep[] = [];
  for (const [job, { steps: jobSteps = [] }] of Object.entries(workflow?.jobs ?? {})) {
    for (const step of jobSteps) {
      const match = USES.exec(step.uses ?? '');
      if (!match) continue;
      const values = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)]));
      steps.push({
        job,
        entry: (match[1] ?? 'bootstrap') as EntryName,
        id: step.id,
        with: Object.keys(values),
        values,
      });
    }
  }
  return steps;
}

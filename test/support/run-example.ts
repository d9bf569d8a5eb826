/**
 * Runs an example workflow's exo-cba steps as GitHub would, against the emulator: jobs in file order (a matrix
 * job with its first combination, a dispatch with its inputs' defaults), every `${{ … }}` of a step's `with:`
 * resolved from fake `vars`, the emulator's GitHub secrets (the job's environment first, then the repository's),
 * earlier steps' outputs, `inputs`, `matrix` and `github.repository`. `actions/create-github-app-token` gives a
 * GitHub App token with exactly the `permission-*` it asks for; the job's OIDC subject names its environment.
 * Steps that are neither are skipped (shell, PowerShell); so are jobs on Windows or macOS runners (the store
 * import needs Windows: scripts/windows-certificate-store.ts covers it there).
 */
import { parse } from 'yaml';
import { fakeGitHubToken, type GitHubTokenPermissions } from '../emulator/github.js';
import type { Emulator } from '../emulator/index.js';
import { runAction, type ActionRun, type Entry } from './run-action.js';

interface WorkflowStep {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on'?: string;
  environment?: string;
  strategy?: { matrix?: Record<string, unknown[]> };
  steps?: WorkflowStep[];
}
type Triggers = Record<
  string,
  { inputs?: Record<string, { default?: unknown; options?: unknown[]; type?: string }> } | null
>;
interface Workflow {
  /** `on: push`, `on: [push, schedule]` or the object form */
  on?: string | string[] | Triggers;
  jobs?: Record<string, Job>;
}

export interface StepRun {
  job: string;
  step: string;
  entry: Entry;
  run: ActionRun;
}

const ENTRY = /^exo-cba\/exo-cba(?:\/(rotate|token|use|remove|revoke))?@\S+$/;
const EXPRESSION = /\$\{\{\s*([^}]*?)\s*\}\}/g;

/** The dispatch inputs as a person running it with the defaults would give them. */
function triggers(workflow: Workflow): Triggers {
  const on = workflow.on ?? {};
  if (typeof on === 'string') return { [on]: null };
  if (Array.isArray(on)) return Object.fromEntries(on.map((event) => [event, null]));
  return on;
}

function dispatchInputs(workflow: Workflow): Record<string, string> {
  const inputs = triggers(workflow).workflow_dispatch?.inputs ?? {};
  return Object.fromEntries(
    Object.entries(inputs).map(([name, spec]) => [
      name,
      String(spec.default ?? spec.options?.[0] ?? (spec.type === 'boolean' ? false : '')),
    ]),
  );
}

export async function runExample(
  emulator: Emulator,
  yaml: string,
  vars: Record<string, string>,
): Promise<StepRun[]> {
  const workflow = parse(yaml) as Workflow;
  const repository = emulator.github.repository;
  const event = 'workflow_dispatch' in triggers(workflow) ? 'workflow_dispatch' : 'schedule';
  const inputs = dispatchInputs(workflow);
  const runs: StepRun[] = [];
  for (const [jobName, job] of Object.entries(workflow.jobs ?? {})) {
    if (/windows|macos/i.test(job['runs-on'] ?? '')) continue;
    const matrix = Object.fromEntries(
      Object.entries(job.strategy?.matrix ?? {}).map(([k, values]) => [k, String(values[0])]),
    );
    const outputs: Record<string, Record<string, string>> = {};
    const resolve = (text: string, environment?: string): string =>
      text.replace(EXPRESSION, (_all, expression: string) => {
        const [, name, comparison] = /^([\w.-]+)(?:\s*==\s*(\w+))?$/.exec(expression) ?? [];
        if (!name)
          throw new Error(`the example uses an expression the runner here cannot evaluate: ${expression}`);
        const value = lookup(name, environment);
        return comparison === undefined ? value : String(value === comparison);
      });
    const lookup = (name: string, environment?: string): string => {
      const [root, ...rest] = name.split('.');
      const key = rest.join('.');
      if (root === 'vars') return vars[key] ?? '';
      if (root === 'inputs') return inputs[key] ?? '';
      if (root === 'matrix') return matrix[key] ?? '';
      if (name === 'github.repository') return repository;
      if (root === 'secrets')
        return (
          (environment && emulator.github.decrypt({ repository, environment }, key)) ||
          emulator.github.decrypt({ repository }, key) ||
          ''
        );
      if (root === 'steps') {
        const [id, , output] = rest;
        return outputs[id]?.[output] ?? '';
      }
      throw new Error(`the example reads ${name}, which the runner here does not provide`);
    };
    const environment = job.environment ? resolve(job.environment) : undefined;
    if (environment) emulator.github.addEnvironment(repository, environment);
    // the job's OIDC token names its environment, as GitHub's default subject does
    emulator.oidc.subject = `repo:${repository}:${environment ? `environment:${environment}` : 'ref:refs/heads/main'}`;
    for (const [index, step] of (job.steps ?? []).entries()) {
      const withInputs = Object.fromEntries(
        Object.entries(step.with ?? {}).map(([k, v]) => [k, resolve(String(v), environment)]),
      );
      if (step.uses?.startsWith('actions/create-github-app-token@')) {
        const token = fakeGitHubToken('app');
        const permissions = Object.fromEntries(
          Object.entries(withInputs)
            .filter(([k]) => k.startsWith('permission-'))
            .map(([k, v]) => [k.slice('permission-'.length).replace(/-/g, '_'), v]),
        ) as GitHubTokenPermissions;
        emulator.github.addToken(token, { kind: 'app', permissions });
        if (step.id) outputs[step.id] = { token };
        continue;
      }
      const match = ENTRY.exec(step.uses ?? '');
      if (!match) continue;
      const entry = (match[1] ?? 'index') as Entry;
      const run = await runAction({
        entry,
        inputs: { ...(entry === 'index' ? { cloud: 'public' } : {}), ...withInputs },
        env: { ...emulator.runnerEnv(), GITHUB_EVENT_NAME: event },
      });
      runs.push({ job: jobName, step: step.id ?? `#${index + 1}`, entry, run });
      if (step.id) outputs[step.id] = run.outputs;
    }
  }
  return runs;
}

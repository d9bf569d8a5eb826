/**
 * Raw inputs and their basic types. `InputCheck` reads one input at a time, turns a bad value into an
 * InputError naming the input, the value and the fix, and keeps going, so every problem is reported at once.
 */
import * as core from '@actions/core';
import { ActionError, InputError } from '../action/errors.js';

/** Reads one input the way the runner passes it (INPUT_<NAME> with hyphens kept), trimmed. */
export type InputReader = (name: string) => string;

export const runnerInputs: InputReader = (name) => core.getInput(name);

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

const SECRET_INPUTS = ['certificate', 'certificate-password', 'github-token'];

/** Masks the secret inputs before anything could print them (the runner masks secrets it passed, not other values). */
export function maskSecretInputs(read: InputReader): void {
  for (const name of SECRET_INPUTS) {
    const value = read(name).trim();
    if (value) core.setSecret(value);
  }
}

/**
 * The longest value each input may hold, so an absurd one fails before the first request; inputs not
 * listed allow DEFAULT_MAX_LENGTH. GitHub secret names are limited, so the prefix is too.
 */
const MAX_LENGTH: Record<string, number> = {
  'tenant-id': 253,
  audience: 600,
  organization: 253,
  'app-name': 120,
  'app-unique-name': 120,
  permissions: 4000,
  roles: 2000,
  'exchange-role-groups': 4000,
  certificate: 200_000,
  'certificate-password': 1024,
  'certificate-subject': 1024,
  'authority-host': 2048,
  'graph-endpoint': 2048,
  'exchange-endpoint': 2048,
  'github-token': 2000,
  'secret-repository': 140,
  'secret-environment': 255,
  'secret-organization': 39,
  'secret-prefix': 40,
  // up to 20 federated credentials of up to 600 characters each (Entra's limits)
  'access-token-subjects': 20 * 601,
};
const DEFAULT_MAX_LENGTH = 100;

/** Inputs that are lists or base64 and may span lines; any other control character is still refused. */
const MULTILINE = new Set([
  'permissions',
  'roles',
  'exchange-role-groups',
  'certificate',
  'access-token-subjects',
]);

/** C0 and C1 control characters and DEL: a newline in a value that reaches the log starts a workflow command. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Reads typed inputs and collects every error instead of stopping at the first. */
export class InputCheck {
  readonly errors: InputError[] = [];
  /** what the user should know about the inputs, logged as warnings once they are all read */
  readonly notes: string[] = [];
  /** inputs already reported, so a refused value is not reported again as missing */
  private readonly refused = new Set<string>();
  constructor(private readonly read: InputReader) {}

  fail(input: string, message: string): undefined {
    this.errors.push(new InputError(input, message));
    return undefined;
  }
  /** the value as passed, unchecked and unrecorded: only its length and shape may be looked at, never logged */
  peek(name: string): string {
    return this.read(name);
  }
  /** refuses `input` (and `also`) with one message: none of them is judged or reported again */
  refuse(input: string, message: string, also: string[] = []): void {
    for (const name of [input, ...also]) this.refused.add(name);
    this.fail(input, message);
  }
  /** the value exactly as passed, for a password (only its length is checked: it never reaches a log) */
  raw(name: string): string {
    return this.checked(name, this.read(name), false);
  }
  /** the trimmed value; '' when it is refused (control characters, too long), with the error recorded */
  string(name: string): string {
    return this.checked(name, this.read(name).trim(), true);
  }
  required(name: string, what: string): string {
    const value = this.string(name);
    if (!value && !this.refused.has(name)) this.fail(name, `is required: ${what}.`);
    return value;
  }

  private checked(name: string, value: string, refuseControls: boolean): string {
    if (this.refused.has(name)) return '';
    const max = MAX_LENGTH[name] ?? DEFAULT_MAX_LENGTH;
    const controls = MULTILINE.has(name) ? CONTROL_BUT_LINE_BREAKS : CONTROL;
    let problem: string | undefined;
    if (value.length > max) problem = `is ${value.length} characters long; at most ${max} are allowed.`;
    else if (refuseControls && controls.test(value))
      problem =
        'holds a control character (a line break, carriage return or another): it would reach the log and could ' +
        'inject workflow commands. Remove it.';
    if (problem === undefined) return value;
    this.refused.add(name);
    this.fail(name, problem);
    return '';
  }
  boolean(name: string, fallback: boolean): boolean {
    const value = this.string(name);
    if (!value) return fallback;
    if (/^(true|yes|on)$/i.test(value)) return true;
    if (/^(false|no|off)$/i.test(value)) return false;
    this.fail(name, `'${value}' is not a boolean. Use true or false.`);
    return fallback;
  }
  integer(name: string, fallback: number, min: number, max: number, unit: string): number {
    const value = this.string(name);
    if (!value) return fallback;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      this.fail(name, `'${value}' is not a whole number of ${unit} from ${min} to ${max}.`);
      return fallback;
    }
    return Number(value);
  }
  choice<T extends string>(name: string, fallback: T, choices: readonly T[]): T {
    const value = this.string(name).toLowerCase();
    if (!value) return fallback;
    if ((choices as readonly string[]).includes(value)) return value as T;
    this.fail(name, `'${value}' is not one of ${choices.join(', ')}.`);
    return fallback;
  }
  /**
   * An https base URL (no query or fragment, no trailing slash) from `value`, the input or environment
   * variable `name` holds (upper case: a variable); `fallback` when it is empty.
   */
  url(name: string, value: string, fallback: string, example: string): string {
    if (!value) return fallback;
    const url = httpsEndpoint(value);
    if (!url) {
      const message = `'${value}' is not an https URL without query or fragment, like ${example}.`;
      if (/^[A-Z0-9_]+$/.test(name)) this.errors.push(new InputError(name, message, 'Environment variable'));
      else this.fail(name, message);
      return fallback;
    }
    return url.toString().replace(/\/+$/, '');
  }

  /** Whether the input was refused already (too long, control characters): it is not reported again. */
  refusedInput(name: string): boolean {
    return this.refused.has(name);
  }

  /** Throws one ActionError listing every bad input, if there is any. */
  throwIfInvalid(): void {
    if (this.errors.length === 0) return;
    throw new ActionError(
      `Invalid input${this.errors.length > 1 ? 's' : ''}; nothing was changed:\n` +
        this.errors.map((e) => `  - ${e.message}`).join('\n'),
      { cause: this.errors[0] },
    );
  }
}

function httpsEndpoint(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !url.search && !url.hash ? url : undefined;
  } catch {
    return undefined;
  }
}

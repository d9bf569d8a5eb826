/**
 * Raw inputs and their basic types. `InputCheck` reads one input at a time, turns a bad value into an
 * InputError naming the input, the value and the fix, and keeps going, so every problem is reported at once.
 */
import { ActionError, InputError } from '../action/errors.js';
import { getInput, setSecret } from '../action/runner.js';

/** Reads one input the way the runner passes it (INPUT_<NAME> with hyphens kept). */
export type InputReader = (name: string) => string;

export const runnerInputs: InputReader = (name) => getInput(name);

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

const SECRET_INPUTS = ['certificate', 'certificate-password', 'github-token'];

/** Masks the secret inputs before anything could print them (the runner masks secrets it passed, not other values). */
export function maskSecretInputs(read: InputReader): void {
  for (const name of SECRET_INPUTS) {
    const value = read(name).trim();
    if (value) setSecret(value);
  }
}

/** Reads typed inputs and collects every error instead of stopping at the first. */
export class InputCheck {
  readonly errors: InputError[] = [];
  constructor(private readonly read: InputReader) {}

  fail(input: string, message: string): undefined {
    this.errors.push(new InputError(input, message));
    return undefined;
  }
  /** the value exactly as passed, for a password */
  raw(name: string): string {
    return this.read(name);
  }
  string(name: string): string {
    return this.read(name).trim();
  }
  required(name: string, what: string): string {
    const value = this.string(name);
    if (!value) this.fail(name, `is required: ${what}.`);
    return value;
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
  url(name: string, fallback: string, example: string): string {
    const value = this.string(name);
    if (!value) return fallback;
    const url = httpsEndpoint(value);
    if (!url) {
      this.fail(name, `'${value}' is not an https URL without query or fragment, like ${example}.`);
      return fallback;
    }
    return url.toString().replace(/\/+$/, '');
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

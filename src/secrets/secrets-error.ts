/**
 * The one error the secrets client throws, and how any failure of a GitHub call becomes one.
 */
import { ActionError } from '../action/errors.js';
import { errorMessage } from '../action/log.js';
import { NetworkError } from '../http/errors.js';
import { UndocumentedAnswerError } from '../github/client.js';
import { failureOf } from '../github/failure.js';
import { describeFailure, unansweredMessage, type FailureContext } from './messages.js';

/** A GitHub call failed; the message says what to do. Never carries a secret value. */
export class SecretsError extends ActionError {
  /** HTTP status GitHub answered, when there was one */
  status?: number;
  /** the secret being written, when the failure is about one */
  secret?: string;
  constructor(message: string, options?: { status?: number; secret?: string; cause?: unknown }) {
    super(message, { cause: options?.cause });
    this.name = 'SecretsError';
    this.status = options?.status;
    this.secret = options?.secret;
  }
}

/** Turns whatever a GitHub call threw into a SecretsError that says what to do. */
export function toSecretsError(error: unknown, ctx: FailureContext & { secret?: string }): SecretsError {
  if (error instanceof SecretsError) return error;
  const { action, target, secret } = ctx;
  if (error instanceof UndocumentedAnswerError)
    return new SecretsError(
      `${unansweredMessage(action, target, error.message)}. Rerun once GitHub answers normally.`,
      {
        status: error.status,
        secret,
      },
    );
  const failure = failureOf(error);
  if (failure) return new SecretsError(describeFailure(failure, ctx), { status: failure.status, secret });
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  if (cause instanceof NetworkError)
    return new SecretsError(unansweredMessage(action, target, cause.message), { secret, cause });
  // Octokit wraps transport errors; their messages come from the HTTP stack, which scrubs them.
  return new SecretsError(unansweredMessage(action, target, errorMessage(error)), { secret });
}

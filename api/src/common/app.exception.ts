import type { ErrorCode } from '@webcare/shared';

/**
 * Base of every feature's exception: a code from shared/ and the HTTP status it maps to.
 * The message is for people: it names the problem, never message content or identifiers.
 */
export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    message: string,
    /** Extra fields for the error body (e.g. the values that are allowed). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

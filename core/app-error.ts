/** What went wrong, in terms a caller (and the HTTP mapper) can act on. */
export type AppErrorKind =
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  | 'unauthorized'
  | 'forbidden'
  | 'rate-limited'
  | 'upstream'
  | 'unavailable'
  | 'internal';

/** The one error type of vitrine: a kind plus a message written for the person who must fix it. */
export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly kind: AppErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

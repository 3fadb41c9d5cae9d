import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { type AppErrorKind, isAppError } from '../core/index.ts';

const statusByKind: Record<AppErrorKind, number> = {
  'invalid-input': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'rate-limited': 429,
  internal: 500,
  upstream: 502,
  unavailable: 503,
};

/** The one place errors become HTTP: `{ "error": { "kind", "message" } }` with the matching status. */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, _request, response, _next) => {
    if (isAppError(error)) {
      response.status(statusByKind[error.kind]).json({ error: { kind: error.kind, message: error.message } });
      return;
    }
    // express.json() reports malformed bodies as errors with a 4xx status.
    const status = typeof error?.status === 'number' && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error }, 'unhandled request error');
    const message =
      status === 500
        ? 'Something went wrong on our side.'
        : error?.type === 'entity.parse.failed'
          ? `The request body is not valid JSON (${(error as Error).message}).`
          : error?.type === 'entity.too.large'
            ? 'The request body is too large.'
            : (error as Error).message;
    response.status(status).json({ error: { kind: status === 500 ? 'internal' : 'invalid-input', message } });
  };
}

/** An error the API answered with: `{ error: { kind, message } }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly kind: string,
    message: string,
  ) {
    super(message);
  }
}

/** Calls the vitrine API with JSON in and out; a non-2xx answer throws an ApiError with the server's message. */
export async function api<T>(path: string, options: { method?: string; body?: unknown; token?: string | null; rawBody?: string } = {}): Promise<T> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.rawBody !== undefined) headers['content-type'] = 'text/plain';
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? (options.body !== undefined || options.rawBody !== undefined ? 'POST' : 'GET'),
      headers,
      body: options.rawBody ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined),
    });
  } catch {
    throw new ApiError(0, 'unavailable', 'Cannot reach the shop right now. Check your connection and try again.');
  }
  const text = await response.text();
  const json = text ? safeJson(text) : null;
  if (!response.ok) {
    const error = (json as { error?: { kind?: string; message?: string } } | null)?.error;
    throw new ApiError(response.status, error?.kind ?? 'internal', error?.message ?? `The shop answered ${response.status}.`);
  }
  return json as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** What to tell the user about a failure: the API's own message (a lost connection is one too), else `fallback`. */
export function errorMessage(failure: unknown, fallback: string): string {
  return failure instanceof ApiError ? failure.message : fallback;
}

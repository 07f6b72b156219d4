/**
 * The console's one way to reach the server: same-origin JSON, never cached (the server says
 * `no-store` too), with the API's error shape turned into an ApiError the views can name fields from.
 * Browsers add `Origin` to every non-GET fetch, which is what the server's CSRF check reads.
 */
export interface FieldProblem {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly fields: FieldProblem[],
    /** Seconds, from `Retry-After` on a 429. */
    readonly retryAfter: number | undefined,
    /** On a 409: the id of what this collides with (an overlapping shift). */
    readonly conflictsWith?: string,
    /** On a 409 `rest_limit`: the rule, who, hours, limit and when, for the page to word itself. */
    readonly facts?: Readonly<Record<string, string | number>>,
  ) {
    super(`${status} ${code}`);
  }

  /** True when the API named this field (a JSON pointer like `/signInName`). */
  names(field: string): boolean {
    return this.fields.some((problem) => problem.field === field);
  }
}

/** Told when any request finds the session gone, so the console can say so and show sign-in. */
let onSignedOut: (() => void) | undefined;
export function whenSessionEnds(listener: () => void): void {
  onSignedOut = listener;
}

interface ErrorBody {
  error?: { code?: string; fields?: FieldProblem[]; conflictsWith?: string; facts?: Record<string, string | number> };
}

export async function api<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(path, {
    method,
    headers:
      body === undefined
        ? { accept: 'application/json' }
        : { accept: 'application/json', 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
    credentials: 'same-origin',
    cache: 'no-store',
  });
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : undefined;
  if (response.ok) return parsed as T;
  const error = (parsed ?? {}) as ErrorBody;
  const retry = response.headers.get('retry-after');
  const problem = new ApiError(
    response.status,
    error.error?.code ?? 'failed',
    error.error?.fields ?? [],
    retry === null ? undefined : Number(retry),
    error.error?.conflictsWith,
    error.error?.facts,
  );
  if (response.status === 401 && !path.startsWith('/api/session')) onSignedOut?.();
  throw problem;
}

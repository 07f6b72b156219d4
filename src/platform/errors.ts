/**
 * Domain errors carry a stable code; HTTP status mapping lives in one place (http/errors.ts).
 * Messages must never contain a caller's number, a message body or a note.
 */
export type ErrorCode =
  | 'validation_failed'
  | 'not_found'
  | 'conflict'
  | 'shift_overlap'
  /** A shift would break one of the program's rest rules; a coordinator may allow it with a reason (shifts/rest.ts). */
  | 'rest_limit'
  | 'unauthenticated'
  | 'forbidden'
  | 'bad_signature'
  | 'provider_failed'
  /** Provider webhooks arrived, but no phone provider is configured here. */
  | 'no_provider'
  | 'rate_limited'
  /** A body in a form the route does not take (a webhook that is not a signed form). */
  | 'unsupported_body'
  /** Taking a conversation needs someone on call for texts now, or a coordinator (conversations/answering.ts). */
  | 'not_on_call'
  | ChatRefusal;

/**
 * Why the web chat did not take a visitor's message. Spelled as the chat page's script and its
 * catalogs know them (src/web/client/chat.ts), which is why they are not snake_case like the rest.
 */
export type ChatRefusal =
  | 'blocked'
  | 'slowDown'
  | 'busy'
  | 'closedNow'
  | 'readersChanged'
  | 'duplicate'
  /** Under pressure a new chat needs a proof (src/chat/opening.ts): the page solves a challenge and sends again. */
  | 'proofNeeded'
  /** A no-JavaScript ticket whose short wait is not over yet. */
  | 'notYet';

export interface FieldProblem {
  /** A JSON-pointer-like path to the offending field, e.g. `/messages/es/greeting`. */
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: readonly FieldProblem[] = [],
    /** The id of the existing thing this one collides with (an overlapping shift), for clients to point at. */
    readonly conflictsWith?: string,
    /** Plain facts a client words in its own language (a rest rule's numbers); never a caller's detail. */
    readonly facts?: Readonly<Record<string, string | number>>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function invalid(fields: FieldProblem[]): DomainError {
  // The first few name the trouble; the HTTP answer lists at most 20 and counts the rest (http/errors.ts).
  const shown = fields.slice(0, 5).map((f) => `${f.field}: ${f.message}`);
  const summary = `${shown.join('; ')}${fields.length > shown.length ? `; and ${fields.length - shown.length} more` : ''}`;
  return new DomainError('validation_failed', `Invalid input — ${summary}`, fields);
}

export function notFound(what: string): DomainError {
  return new DomainError('not_found', `${what} not found`);
}

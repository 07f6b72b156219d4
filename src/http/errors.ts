import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type ErrorCode, type FieldProblem } from '../platform/errors';
import { nulsIn } from './nul';

/** The one place where domain error codes become HTTP statuses. */
const STATUS: Record<ErrorCode, number> = {
  validation_failed: 422,
  not_found: 404,
  conflict: 409,
  shift_overlap: 409,
  rest_limit: 409,
  unauthenticated: 401,
  forbidden: 403,
  bad_signature: 403,
  provider_failed: 502,
  no_provider: 503,
  rate_limited: 429,
  unsupported_body: 415,
  not_on_call: 403,
  // The web chat's refusals (src/chat): the page without JavaScript answers with the same statuses.
  blocked: 403,
  slowDown: 429,
  busy: 429,
  closedNow: 409,
  readersChanged: 409,
  duplicate: 409,
  proofNeeded: 428,
  notYet: 429,
};

/** The status an error code is answered with, for a page that shows the error itself instead of JSON. */
export function statusOf(code: ErrorCode): number {
  return STATUS[code];
}

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    fields?: FieldProblem[];
    more?: number;
    conflictsWith?: string;
    facts?: Readonly<Record<string, string | number>>;
  };
}

/**
 * At most this many problems are listed, and named in the message fewer still: a body with ten
 * thousand bad fields gets a short answer (the first few, and a count), not one as large as itself.
 */
export const LISTED_PROBLEMS = 20;
const NAMED_IN_MESSAGE = 5;

/** The error body for a list of field problems, bounded whatever their number. */
function problemsBody(code: string, lead: string, fields: readonly FieldProblem[]): ErrorBody {
  const named = fields.slice(0, NAMED_IN_MESSAGE).map((f) => `${f.field}: ${f.message}`);
  const unnamed = fields.length - named.length;
  const message = `${lead} — ${named.join('; ')}${unnamed > 0 ? `; and ${unnamed} more` : ''}`;
  const body: ErrorBody = { error: { code, message, fields: fields.slice(0, LISTED_PROBLEMS) } };
  if (fields.length > LISTED_PROBLEMS) body.error.more = fields.length - LISTED_PROBLEMS;
  return body;
}

interface AjvIssue {
  instancePath: string;
  message?: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** Schema failures name the field the same way domain validation does (`/hours/weekly/0/start`). */
function fieldsFromValidation(issues: readonly AjvIssue[]): FieldProblem[] {
  return issues.map((issue) => {
    if (issue.keyword === 'required')
      return { field: `${issue.instancePath}/${String(issue.params.missingProperty)}`, message: 'is required' };
    if (issue.keyword === 'additionalProperties') {
      return {
        field: `${issue.instancePath}/${String(issue.params.additionalProperty)}`,
        message: 'is not a known field',
      };
    }
    return { field: issue.instancePath || '/', message: issue.message ?? 'is not valid' };
  });
}

export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  if (error instanceof DomainError) {
    const body: ErrorBody =
      error.fields.length > LISTED_PROBLEMS
        ? problemsBody(error.code, 'Invalid input', error.fields)
        : { error: { code: error.code, message: error.message } };
    if (error.fields.length > 0 && error.fields.length <= LISTED_PROBLEMS) body.error.fields = [...error.fields];
    if (error.conflictsWith !== undefined) body.error.conflictsWith = error.conflictsWith;
    if (error.facts !== undefined) body.error.facts = error.facts;
    void reply.status(STATUS[error.code]).send(body);
    return;
  }
  const fastifyError = error as FastifyError & { validation?: AjvIssue[] };
  if (fastifyError.validation) {
    void reply
      .status(422)
      .send(problemsBody('validation_failed', 'Invalid input', fieldsFromValidation(fastifyError.validation)));
    return;
  }
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    // Framework-level client errors (bad JSON, body too large): their messages describe the request, not a person.
    void reply.status(fastifyError.statusCode).send({ error: { code: 'bad_request', message: fastifyError.message } });
    return;
  }
  // A NUL in a body that passed validation: PostgreSQL refuses it in text (SQLite would have kept it).
  // The request's fault, so a 422 naming where — never the value — rather than a 500.
  const withNul = nulsIn(request.body, '');
  if (withNul.length > 0) {
    request.log.warn(
      { route: request.routeOptions.url, err: { name: error.name, code: (error as { code?: unknown }).code } },
      'refused a request with a NUL character',
    );
    const fields = withNul.map((field) => ({ field, message: 'must not contain a NUL character' }));
    void reply.status(422).send(problemsBody('validation_failed', 'Invalid input', fields));
    return;
  }
  // Unknown errors are logged by kind and stack frames only (the first stack line repeats the
  // message, which could quote input) and answered with no detail.
  const frames = error.stack?.split('\n').slice(1).join('\n');
  request.log.error(
    { err: { name: error.name, code: (error as { code?: unknown }).code, frames } },
    'unexpected error',
  );
  void reply.status(500).send({ error: { code: 'internal', message: 'Something went wrong on our side.' } });
}

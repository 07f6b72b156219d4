import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type ErrorCode, type FieldProblem } from '../platform/errors';

/** The one place where domain error codes become HTTP statuses. */
const STATUS: Record<ErrorCode, number> = {
  validation_failed: 422,
  not_found: 404,
  conflict: 409,
  shift_overlap: 409,
  unauthenticated: 401,
  forbidden: 403,
  bad_signature: 403,
  provider_failed: 502,
  no_provider: 503,
  rate_limited: 429,
  not_on_call: 403,
  // The web chat's refusals (src/chat): the page without JavaScript answers with the same statuses.
  blocked: 403,
  slowDown: 429,
  busy: 429,
  closedNow: 409,
  readersChanged: 409,
  duplicate: 409,
};

/** The status an error code is answered with, for a page that shows the error itself instead of JSON. */
export function statusOf(code: ErrorCode): number {
  return STATUS[code];
}

export interface ErrorBody {
  error: { code: string; message: string; fields?: FieldProblem[]; conflictsWith?: string };
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
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.fields.length > 0) body.error.fields = [...error.fields];
    if (error.conflictsWith !== undefined) body.error.conflictsWith = error.conflictsWith;
    void reply.status(STATUS[error.code]).send(body);
    return;
  }
  const fastifyError = error as FastifyError & { validation?: AjvIssue[] };
  if (fastifyError.validation) {
    const fields = fieldsFromValidation(fastifyError.validation);
    void reply.status(422).send({
      error: {
        code: 'validation_failed',
        message: `Invalid input — ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`,
        fields,
      },
    } satisfies ErrorBody);
    return;
  }
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    // Framework-level client errors (bad JSON, body too large): their messages describe the request, not a person.
    void reply.status(fastifyError.statusCode).send({ error: { code: 'bad_request', message: fastifyError.message } });
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

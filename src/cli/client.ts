// The shapes below are taken from the server's own schemas as types only (erased at run time), so the
// CLI stays a plain HTTP client while `tsc` notices the moment the API and the CLI disagree.
import type { Static } from '@sinclair/typebox';
import type { IssuedApiToken, IssuedInvite } from '../auth/issued';
import type { BackupFile } from '../backup/file';
import type { BurnResultSchema } from '../burn/routes';
import type { HoldingsSchema } from '../holdings/schema';
import type { ProgramPatchBody, ProgramSchema } from '../program/schema';
import type { ConnectBodyType, ConnectResultSchema, LineCheckSchema } from '../provider-setup/schema';
import type { NewResponderBody, ResponderPatchBody, ResponderSchema } from '../responders/schema';
import type {
  OnCallSchema,
  OverrideBody,
  OverrideSchema,
  RuleBody,
  RuleSchema,
  ScheduleSchema,
  ShiftsSchema,
} from '../shifts/schema';

export type Program = Static<typeof ProgramSchema>;
export type ProgramPatch = ProgramPatchBody;
export type Responder = Static<typeof ResponderSchema>;
export type NewResponder = NewResponderBody;
export type ResponderPatch = ResponderPatchBody;
export type ShiftRule = Static<typeof RuleSchema>;
export type NewShiftRule = RuleBody;
export type ShiftOverride = Static<typeof OverrideSchema>;
export type NewShiftOverride = OverrideBody;
export type Shifts = Static<typeof ShiftsSchema>;
export type Schedule = Static<typeof ScheduleSchema>;
export type OnCall = Static<typeof OnCallSchema>;
export type Holdings = Static<typeof HoldingsSchema>;
export type BurnResult = Static<typeof BurnResultSchema>;
export type LineCheck = Static<typeof LineCheckSchema>;
export type LineCheckItem = LineCheck['items'][number];
export type ConnectResult = Static<typeof ConnectResultSchema>;
export type RoutingChange = ConnectResult['changes'][number];

export interface Call {
  id: string;
  channel: 'voice';
  state: 'greeting' | 'ringing' | 'connected' | 'ended';
  startedAt: number;
  language: string | null;
  outcome: 'answered' | 'no_answer' | 'off_hours' | 'caller_hung_up' | null;
  endReason: 'mistake' | 'must_end' | null;
  secondsToAnswer: number | null;
  durationSeconds: number | null;
  acceptedBy: string | null;
  endedAt: number | null;
}
export type EndReason = 'mistake' | 'must_end';

export interface ApiToken {
  id: string;
  label: string;
  responderId: string;
  createdAt: number;
  revokedAt: number | null;
}
export type IssuedToken = IssuedApiToken;
export type { IssuedInvite };
/** `kith setup` always asks for the API token, so it is there unless the server changed. */
export interface SetupResult extends Partial<IssuedToken> {
  programId: string;
  responderId: string;
  invite: IssuedInvite;
}
export interface SetupInput {
  token: string;
  programName: string;
  coordinator: { name: string; phone?: string | null; languages?: string[]; roles?: string[] };
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** Kith refused the request (or could not be reached): exit code 1, message and fields on stderr. */
export class CliApiError extends Error {
  override readonly name = 'CliApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: readonly FieldProblem[] = [],
    /** Plain facts the server gives for a client to word itself (a rest rule's numbers on `rest_limit`). */
    readonly facts: Readonly<Record<string, string | number>> = {},
  ) {
    super(message);
  }
}

const REQUEST_TIMEOUT_MS = 30_000;

type ErrorBody = {
  error: { code: string; message: string; fields?: FieldProblem[]; facts?: Record<string, string | number> };
};

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string';
}

/** A typed client for Kith's JSON API; the one place requests are built and error bodies are read. */
export class KithClient {
  readonly baseUrl: string;

  constructor(
    baseUrl: string,
    // Private and never part of any message: a token in an error would end up in scrollback and logs.
    private readonly token?: string,
  ) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      const cause =
        error instanceof Error && error.cause instanceof Error
          ? error.cause.message
          : error instanceof Error
            ? error.message
            : String(error);
      throw new CliApiError(
        0,
        'unreachable',
        `Could not reach Kith at ${this.baseUrl} (${cause}). Is it running, and is the address right?`,
      );
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (!response.ok) {
      if (isErrorBody(parsed))
        throw new CliApiError(
          response.status,
          parsed.error.code,
          parsed.error.message,
          parsed.error.fields ?? [],
          parsed.error.facts ?? {},
        );
      throw new CliApiError(
        response.status,
        'http_error',
        `Kith answered ${response.status} ${response.statusText} to ${method} ${path}`,
      );
    }
    if (text !== '' && parsed === undefined) {
      throw new CliApiError(
        response.status,
        'bad_response',
        `${this.baseUrl} answered, but not with Kith's JSON. Is this the right address?`,
      );
    }
    return parsed as T;
  }

  setup(input: SetupInput) {
    return this.request<SetupResult>('POST', '/api/setup', input);
  }

  program() {
    return this.request<Program>('GET', '/api/program');
  }
  changeProgram(patch: ProgramPatch) {
    return this.request<Program>('PATCH', '/api/program', patch);
  }

  responders() {
    return this.request<Responder[]>('GET', '/api/responders');
  }
  responder(id: string) {
    return this.request<Responder>('GET', `/api/responders/${encodeURIComponent(id)}`);
  }
  addResponder(input: NewResponder) {
    return this.request<Responder>('POST', '/api/responders', input);
  }
  changeResponder(id: string, patch: ResponderPatch) {
    return this.request<Responder>('PATCH', `/api/responders/${encodeURIComponent(id)}`, patch);
  }
  removeResponder(id: string) {
    return this.request<void>('DELETE', `/api/responders/${encodeURIComponent(id)}`);
  }
  invite(id: string) {
    return this.request<IssuedInvite>('POST', `/api/responders/${encodeURIComponent(id)}/invite`);
  }

  shifts() {
    return this.request<Shifts>('GET', '/api/shifts');
  }
  addRule(rule: NewShiftRule) {
    return this.request<ShiftRule>('POST', '/api/shifts/rules', rule);
  }
  replaceRule(id: string, rule: NewShiftRule) {
    return this.request<ShiftRule>('PUT', `/api/shifts/rules/${encodeURIComponent(id)}`, rule);
  }
  removeRule(id: string) {
    return this.request<void>('DELETE', `/api/shifts/rules/${encodeURIComponent(id)}`);
  }
  addOverride(override: NewShiftOverride) {
    return this.request<ShiftOverride>('POST', '/api/shifts/overrides', override);
  }
  removeOverride(id: string) {
    return this.request<void>('DELETE', `/api/shifts/overrides/${encodeURIComponent(id)}`);
  }
  schedule(query: { from?: string; days?: number }) {
    const params = new URLSearchParams();
    if (query.from !== undefined) params.set('from', query.from);
    if (query.days !== undefined) params.set('days', String(query.days));
    const qs = params.toString();
    return this.request<Schedule>('GET', `/api/shifts/schedule${qs ? `?${qs}` : ''}`);
  }
  onCall() {
    return this.request<OnCall>('GET', '/api/on-call');
  }

  calls(query: { from?: number; to?: number; limit?: number } = {}) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
    const qs = params.toString();
    return this.request<Call[]>('GET', `/api/calls${qs ? `?${qs}` : ''}`);
  }
  liveCalls() {
    return this.request<Call[]>('GET', '/api/calls/live');
  }
  call(id: string) {
    return this.request<Call>('GET', `/api/calls/${encodeURIComponent(id)}`);
  }
  endCall(id: string, reason: EndReason) {
    return this.request<Call>('POST', `/api/calls/${encodeURIComponent(id)}/end`, { reason });
  }

  burn(confirm: string) {
    return this.request<BurnResult>('POST', '/api/program/burn', { confirm });
  }
  backup() {
    return this.request<BackupFile>('POST', '/api/backup');
  }

  /** POST, so a number asked about travels in the body and never in a URL a proxy would log. */
  holdings(number?: string) {
    return this.request<Holdings>('POST', '/api/holdings', number === undefined ? {} : { number });
  }

  providerCheck() {
    return this.request<LineCheck>('GET', '/api/provider/check');
  }
  providerConnect(body: ConnectBodyType) {
    return this.request<ConnectResult>('POST', '/api/provider/connect', body);
  }

  tokens() {
    return this.request<ApiToken[]>('GET', '/api/tokens');
  }
  issueToken(responderId: string, label: string) {
    return this.request<IssuedToken>('POST', '/api/tokens', { responderId, label });
  }
  revokeToken(id: string) {
    return this.request<void>('DELETE', `/api/tokens/${encodeURIComponent(id)}`);
  }
}

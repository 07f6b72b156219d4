/**
 * The dispatch API as the console uses it (docs/DISPATCH.md), and the brief: sealed here to the
 * requester and every candidate with a key, opened here with my key. The server never sees where
 * the team goes or what it must know.
 */
import type { Identity, PublicIdentity, SealedRecord } from '@server/crypto/e2e';
import type { DebriefView, FollowUpBodyType, FollowUpView } from '@server/care/schema';
import type { CandidateView, NewResponseBody, ResponseView } from '@server/dispatch/schema';
import type { DispatchSettings } from '@server/program/dispatch';
import type { ProgramView } from '@server/program/schema';
import { api, ApiError } from '../../api';
import type { E2e } from '../../keys';

/** What the dispatch API gives (src/dispatch/schema.ts, src/care/schema.ts): the server's own types. */
export type MemberStatus =
  'asked' | 'accepted' | 'on_the_way' | 'on_scene' | 'leaving' | 'clear' | 'declined' | 'timed_out' | 'released';
/** The schema lists the statuses as plain strings; the console narrows them to the known ones. */
export type Member = Omit<ResponseView['members'][number], 'status'> & { status: MemberStatus };
export type FieldResponse = Omit<ResponseView, 'members'> & { members: Member[] };
export type Urgency = ResponseView['urgency'];
export type ResponseState = ResponseView['state'];
export type BriefWaiter = ResponseView['briefWaiting'][number];
export type FollowUpKind = FollowUpView['kind'];
export type Candidate = CandidateView;
export type Debrief = DebriefView;
export type FollowUp = FollowUpView;
export type { DispatchSettings };

/** Out, or on the way to it: what "on the team" means. */
export const ON_TEAM: MemberStatus[] = ['accepted', 'on_the_way', 'on_scene', 'leaving', 'clear'];
/** What a member can say while out, in order. */
export const OUT_STATUSES = ['on_the_way', 'on_scene', 'leaving', 'clear'] as const;
export type OutStatus = (typeof OUT_STATUSES)[number];

export type ProgramForField = Pick<ProgramView, 'timeZone' | 'languages'> & { dispatch: DispatchSettings };

export async function programForField(): Promise<ProgramForField> {
  const { timeZone, languages, dispatch } = await api<ProgramForField>('GET', '/api/program');
  return { timeZone, languages, dispatch };
}

/** The board: open responses and those closed in the last day. */
export async function listResponses(): Promise<FieldResponse[]> {
  return api<FieldResponse[]>('GET', '/api/dispatch');
}

/** One response, or undefined when it does not exist or is not mine to see (the server says 404 for both). */
export async function getResponse(id: string): Promise<FieldResponse | undefined> {
  try {
    return await api<FieldResponse>('GET', `/api/dispatch/${encodeURIComponent(id)}`);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 403)) return undefined;
    throw error;
  }
}

export interface Candidates {
  field: Candidate[];
  support: Candidate[];
}

/** Who may be asked now, with their public keys (never numbers): the brief is sealed to each. */
export async function candidates(needs: string[], language: string | null): Promise<Candidates> {
  const query = new URLSearchParams();
  if (needs.length > 0) query.set('needs', needs.join(','));
  if (language) query.set('language', language);
  const listed = await api<Candidate[]>('GET', `/api/dispatch/candidates?${query.toString()}`);
  return { field: listed.filter((c) => c.role === 'field'), support: listed.filter((c) => c.role === 'support') };
}

/** What is sealed: where, and what the team must know. `v` lets a later console read older briefs. */
export interface BriefContent {
  v: 1;
  place: string;
  point: { lat: number; lng: number } | null;
  notes: string;
}

/**
 * The brief's id (its ciphertext's associated data), a random UUID as the API asks. Made from
 * getRandomValues, not crypto.randomUUID: browsers offer that only on HTTPS and loopback.
 */
export function newBriefId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Seals the brief to me and to every candidate who has a key (the others cannot read anything yet). */
export function sealBrief(e2e: E2e, me: Identity, people: Candidate[], content: Omit<BriefContent, 'v'>): SealedRecord {
  const readers: PublicIdentity[] = [{ keyId: me.keyId, publicKey: me.publicKey }];
  for (const person of people) {
    if (!person.publicKey) continue;
    const keyId = person.keyId ?? e2e.keyId(person.publicKey);
    if (!readers.some((reader) => reader.keyId === keyId)) readers.push({ keyId, publicKey: person.publicKey });
  }
  const body: BriefContent = { v: 1, ...content };
  return e2e.sealRecord({ recordId: newBriefId(), plaintext: JSON.stringify(body), readers });
}

/**
 * Shares the brief with every teammate who joined after it was written: its data key, opened here
 * with my key, sealed to each one's public key (the server checks the key is theirs and never sees
 * the data key). Any reader's console does this on its own, so whoever is looking shares first; a
 * 409 means a teammate's console already did. Answers the names it shared with.
 */
export async function shareBriefWithWaiting(e2e: E2e, me: Identity, response: FieldResponse): Promise<string[]> {
  const brief = response.brief;
  if (!brief) return [];
  const shared: string[] = [];
  for (const waiter of response.briefWaiting) {
    const entry = e2e
      .shareRecord(brief, me, { keyId: waiter.keyId, publicKey: waiter.publicKey })
      .keys.find((key) => key.keyId === waiter.keyId);
    if (!entry) continue;
    try {
      await api('POST', at(response.id, 'brief/readers'), { responderId: waiter.responderId, sealedKey: entry });
      shared.push(waiter.name);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 409)) throw error;
    }
  }
  return shared;
}

/** The brief opened with my key; undefined when it cannot be (not a reader, a key reset, damage). */
export function openBrief(e2e: E2e, record: SealedRecord, me: Identity): BriefContent | undefined {
  try {
    const parsed = JSON.parse(e2e.openRecordText(record, me)) as Partial<BriefContent>;
    if (parsed.v !== 1 || typeof parsed.place !== 'string') return undefined;
    return {
      v: 1,
      place: parsed.place,
      point: parsed.point ?? null,
      notes: typeof parsed.notes === 'string' ? parsed.notes : '',
    };
  } catch {
    return undefined;
  }
}

/** What asking for a team sends (src/dispatch/schema.ts). */
export type AskBody = NewResponseBody;

export function askForTeam(body: AskBody): Promise<FieldResponse> {
  return api<FieldResponse>('POST', '/api/dispatch', body);
}

const at = (id: string, what: string) => `/api/dispatch/${encodeURIComponent(id)}/${what}`;

export const answer = (id: string, accept: boolean, etaMinutes?: number) =>
  api('POST', at(id, 'answer'), etaMinutes === undefined ? { accept } : { accept, etaMinutes });
export const setStatus = (id: string, status: OutStatus, etaMinutes?: number) =>
  api('POST', at(id, 'status'), etaMinutes === undefined ? { status } : { status, etaMinutes });
export const checkIn = (id: string) => api('POST', at(id, 'check-in'), {});
export const askBackup = (id: string) => api('POST', at(id, 'backup'), {});
export const recordEmergency = (id: string, category: string) =>
  api('POST', at(id, 'events'), { kind: 'emergency_services', category, personConsented: true });
export const recordPolice = (id: string, category: string) =>
  api('POST', at(id, 'events'), { kind: 'police_contact', category });
export const closeResponse = (id: string, outcome: string) => api('POST', at(id, 'close'), { outcome });
export const keepContact = (id: string, number: string) => api('PUT', at(id, 'contact'), { number });
export const addFollowUp = (id: string, body: FollowUpBodyType) => api('POST', at(id, 'follow-ups'), body);

/** The id a debrief's words are sealed under (src/care/debriefs.ts): they cannot be moved to another. */
export function debriefRecordId(debrief: Debrief): string {
  return `debrief.${debrief.responseId}.${debrief.responderId}`;
}

export interface Debriefs {
  hold: Debrief[];
  attend: Debrief[];
}

/** Mine to hold (I am the support person) and mine to attend (I went). */
export async function listDebriefs(): Promise<Debriefs> {
  const listed = await api<Debrief[]>('GET', '/api/debriefs');
  return { hold: listed.filter((d) => d.mine === 'hold'), attend: listed.filter((d) => d.mine === 'attend') };
}

export function debriefDone(debrief: Debrief, record: SealedRecord | undefined) {
  return api(
    'POST',
    `/api/debriefs/${encodeURIComponent(debrief.responseId)}/${encodeURIComponent(debrief.responderId)}`,
    record ? { done: true, record } : { done: true },
  );
}

/** My follow-ups. */
export async function listFollowUps(): Promise<FollowUp[]> {
  return api<FollowUp[]>('GET', '/api/follow-ups');
}

/** The person is reached through the line: my phone rings, then theirs, from the community number. */
export const callThrough = (id: string) => api('POST', `/api/follow-ups/${encodeURIComponent(id)}/call`, {});
/** A text to the person from the community number; the words are not kept. */
export const textThrough = (id: string, body: string) =>
  api('POST', `/api/follow-ups/${encodeURIComponent(id)}/text`, { body });
export const followUpDone = (id: string) => api('POST', `/api/follow-ups/${encodeURIComponent(id)}/done`, {});

/** A catalog's word for an id the program uses by default; a program's own id is shown as itself. */
export function wordFor(words: Record<string, string>, id: string): string {
  return Object.prototype.hasOwnProperty.call(words, id) ? (words[id] ?? id) : id;
}

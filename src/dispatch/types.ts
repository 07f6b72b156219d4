import type { Kysely } from 'kysely';
import type { Principal } from '../auth/principal';
import type { ServerKeys } from '../crypto/server-keys';
import type { SealedRecord } from '../crypto/e2e';
import type { BriefWaiter } from './brief';
import type { Database } from '../db/schema';
import type {
  FieldMemberStatus,
  FieldResponseState,
  FieldRole,
  FieldSourceKind,
  FieldUrgency,
} from '../db/schema-dispatch';
import type { LiveHub } from '../live/hub';
import type { Clock } from '../platform/clock';
import type { Logger } from '../platform/logger';
import type { MessagingProvider, VoiceProvider } from '../telephony/provider';

/**
 * What field dispatch needs; no HTTP in sight. A superset of the texting domain's TextDeps, so the
 * pager can reuse its senders (`tellResponder`) without a second way of reaching a phone.
 */
export interface DispatchDeps {
  db: Kysely<Database>;
  clock: Clock;
  keys: ServerKeys;
  logger: Logger;
  /** Consoles hear `dispatch` whenever a response or one of its members changes. */
  live: LiveHub;
  /** Absent until a phone provider is configured: the console still works, the pager does not. */
  messaging: MessagingProvider | undefined;
  /** For ringing every on-shift field responder when a team asks for backup. */
  voice: VoiceProvider | undefined;
  /** Kith's public base URL, for console links in pager texts. */
  publicUrl: string;
}

export function dispatchDepsOf(ctx: {
  db: { kysely: Kysely<Database> };
  clock: Clock;
  keys: ServerKeys;
  provider: (MessagingProvider & VoiceProvider) | undefined;
  logger: Logger;
  live: LiveHub;
  config: { publicUrl: string };
}): DispatchDeps {
  return {
    db: ctx.db.kysely,
    clock: ctx.clock,
    keys: ctx.keys,
    logger: ctx.logger,
    live: ctx.live,
    messaging: ctx.provider,
    voice: ctx.provider,
    publicUrl: ctx.config.publicUrl,
  };
}

/** Who is asking, as the domain needs it (the HTTP principal, or a responder texting the pager). */
export interface Actor {
  responderId: string;
  programId: string;
  coordinator: boolean;
}

export const actorOf = (p: Principal): Actor => ({
  responderId: p.responderId,
  programId: p.programId,
  coordinator: p.roles.includes('coordinator'),
});

/** Statuses of a member who said yes and has not been released: the team, as it goes out and comes back. */
export const WENT: readonly FieldMemberStatus[] = ['accepted', 'on_the_way', 'on_scene', 'leaving', 'clear'];
/** Statuses of someone out right now: they are not a candidate for another response. */
export const OUT: readonly FieldMemberStatus[] = ['accepted', 'on_the_way', 'on_scene', 'leaving'];
/** A response still needing people: forming or formed. `no_team` and `closed` are over. */
export const OPEN_STATES: readonly FieldResponseState[] = ['forming', 'formed'];

export interface MemberView {
  responderId: string;
  name: string;
  role: FieldRole;
  status: FieldMemberStatus;
  etaMinutes: number | null;
  askedAt: number;
  answerBy: number;
  answeredAt: number | null;
}

/** docs/DISPATCH.md "The response view": nothing in it names the person or holds a number. */
export interface ResponseView {
  id: string;
  alias: string;
  state: FieldResponseState;
  urgency: FieldUrgency;
  needs: string[];
  language: string | null;
  agreed: string[];
  source: { kind: Exclude<FieldSourceKind, 'none'>; id: string } | null;
  requestedBy: string;
  requestedByName: string;
  createdAt: number;
  formBy: number;
  formedAt: number | null;
  checkInDueAt: number | null;
  lastCheckInAt: number | null;
  missedCheckInAt: number | null;
  closedAt: number | null;
  outcome: string | null;
  members: MemberView[];
  /** With my key only, and only if I may read it (the requester, or a member who said yes). */
  brief: SealedRecord | null;
  /** Whether the response has a brief at all (its words stay sealed; only its existence is told). */
  briefHeld: boolean;
  /** Teammates who may read the brief but hold no key to it: shown only to someone who can share it. */
  briefWaiting: BriefWaiter[];
  /** The program's own words, in my language. */
  guidance: { noTeam: string; police: string };
}

export interface CandidateView {
  id: string;
  name: string;
  skills: string[];
  languages: string[];
  /** X25519, base64url; null until they have signed in once (then they cannot read the brief). */
  publicKey: string | null;
  /** Its fingerprint: what the brief's key for them must carry. */
  keyId: string | null;
  /** Whether they would be asked to go or to support. */
  role: FieldRole;
}

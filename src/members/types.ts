import type { TextDeps } from '../conversations/deps';

/** What the members capability needs: texting's deps (db, clock, keys, messaging, logger, live). No HTTP. */
export type MemberDeps = TextDeps;

/** A member as the console sees them: never their phone number, only whether one is held. */
export interface Member {
  id: string;
  number: string;
  name: string | null;
  language: string;
  hasPhone: boolean;
  hasDuressWord: boolean;
  peers: Peer[];
  createdAt: number;
}

/** One of a member's chosen people: another member (by number) or a responder. */
export type Peer = { kind: 'member'; memberId: string; number: string } | { kind: 'responder'; responderId: string };

export interface MemberInput {
  name: string | null;
  language: string;
  phone: string | null;
}

export interface JoinCode {
  id: string;
  code: string;
  language: string;
  uses: number;
  createdAt: number;
}

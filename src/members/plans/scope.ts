import type { MemberDeps } from '../types';
import * as repo from './repo';
import type { Scope } from './plans';

/** Whether a call, conversation or field response is open, and who is on it (for routes and inbound). */
export const scopeNow = (deps: Pick<MemberDeps, 'db'>, programId: string, scope: Scope) =>
  repo.scopeNow(deps.db, programId, scope.kind, scope.id);

/** The member's open text conversation, found by the keyed hash of their number, if there is one. */
export const openConversationOf = (deps: Pick<MemberDeps, 'db'>, programId: string, senderIndex: string) =>
  repo.openConversationBySender(deps.db, programId, senderIndex);

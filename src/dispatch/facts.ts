import type { ResponseFacts } from '../access/policy';
import type { MemberRow, ResponseRow } from './repo';
import { WENT } from './types';

/** What the access policy needs to know about a response, for one responder: did they ask, are they on the team. */
export function responseFacts(
  row: Pick<ResponseRow, 'requested_by'>,
  members: readonly Pick<MemberRow, 'responder_id' | 'status'>[],
  responderId: string,
): ResponseFacts {
  return {
    requestedBy: row.requested_by,
    askerOnTeam: members.some((m) => m.responder_id === responderId && WENT.includes(m.status)),
  };
}

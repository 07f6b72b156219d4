import type { Principal } from '../auth/principal';
import { getProgram } from '../program/service';
import type { TextDeps } from './deps';
import { close } from './lifecycle';
import { openConversations } from './repo';

/**
 * After a flood: every web chat still waiting whose person wrote once and nothing since, closed in
 * one action by a coordinator. Each goes through `close`, as any other does (its hash erased after
 * the grace, its keys with it); a chat someone has taken is theirs to close, so it is left alone.
 * A person who has written only once and is still there is closed too: the console says so before
 * asking, and their page tells them the chat ended and they can start a new one.
 */
export async function closeSilentChats(deps: TextDeps, who: Principal): Promise<{ closed: number }> {
  const program = await getProgram(deps, who.programId);
  const silent = (await openConversations(deps.db, who.programId)).filter(
    (row) => row.channel === 'chat' && row.state === 'waiting' && row.inbound_count <= 1,
  );
  let closed = 0;
  for (const row of silent) if (await close(deps, program, row.id, 'closed', false)) closed += 1;
  return { closed };
}

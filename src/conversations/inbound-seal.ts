import { newId } from '../platform/ids';
import type { Program } from '../program/types';
import type { TextDeps } from './deps';
import { readersFor, sealToReaders, unheldReadersGuess, type SealedWords } from './readers';
import type { ConversationRow } from './types';

/** The message a text becomes, its words sealed before its transaction. */
export interface EarlyMessage {
  id: string;
  sealed: SealedWords | undefined;
}

/**
 * A text's words sealed to the readers its conversation has now, before the transaction that stores
 * them (inbound.ts), so it does not hold the database while they are sealed; the transaction checks them
 * against the readers it finds (`sealedFor`). A text with no open conversation opens one (or picks up
 * one just closed) that nobody holds yet: its readers are whoever is on call, as for any conversation
 * nobody holds, and the last such text's readers are taken as the guess (`unheldReadersGuess`).
 */
export async function sealEarly(
  deps: TextDeps,
  program: Program,
  open: ConversationRow | undefined,
  words: string,
): Promise<EarlyMessage> {
  const id = newId('msg');
  if (words === '') return { id, sealed: undefined };
  const conversation = open ?? { claimed_by: null, person_public_key: null, channel: 'sms' as const };
  const guess = conversation.claimed_by ? undefined : unheldReadersGuess(program.id);
  const readers = guess ?? (await readersFor(deps, program, conversation, deps.clock.now()));
  return { id, sealed: await sealToReaders(readers, id, words) };
}

import type { Program } from '../program/types';
import type { Tier } from '../shifts/types';
import type { TextDeps } from './deps';
import { onCallForTexts } from './readers';
import { isOptedOut, type ConversationRow } from './repo';
import { openSenderNumber } from './sender-keys';
import { personText, responderText, type PersonTextKey } from './texts';

export const SMS_STATUS_PATH = '/webhooks/twilio/sms/status';
export const CONSOLE_TEXTS_PATH = '/console/texts';

/**
 * Sends one text from the community number. A failure is logged by kind only (never the number or
 * the words) and reported as undefined: a text that cannot go out must not undo what was stored.
 */
async function send(deps: TextDeps, program: Program, to: string, body: string, purpose: string): Promise<string | undefined> {
  if (!deps.messaging || !program.phoneNumber) return undefined;
  try {
    return (await deps.messaging.sendText({ to, from: program.phoneNumber, body, statusCallbackPath: SMS_STATUS_PATH })).messageRef;
  } catch (error) {
    deps.logger.warn({ programId: program.id, purpose, err: { name: (error as Error).name } }, 'a text could not be sent');
    return undefined;
  }
}

/** Words to the person of an SMS conversation, unless they have texted STOP. Undefined if not sent. */
export async function textPerson(deps: TextDeps, program: Program, conversation: ConversationRow, body: string, purpose: string): Promise<string | undefined> {
  if (conversation.channel !== 'sms' || !conversation.sender_index) return undefined;
  if (await isOptedOut(deps.db, program.id, conversation.sender_index)) return undefined;
  const number = await openSenderNumber(deps, conversation);
  return number === undefined ? undefined : send(deps, program, number, body, purpose);
}

export async function tellPerson(deps: TextDeps, program: Program, conversation: ConversationRow, key: PersonTextKey): Promise<void> {
  await textPerson(deps, program, conversation, personText(program, conversation.language, key), key);
}

interface ResponderPhone {
  id: string;
  languages: string;
  phoneSealed: string | null;
}

async function textResponder(deps: TextDeps, program: Program, responder: ResponderPhone, body: (language: string) => string, purpose: string): Promise<void> {
  if (!responder.phoneSealed) return;
  const language = (JSON.parse(responder.languages) as string[])[0] ?? 'en';
  await send(deps, program, deps.keys.open(responder.phoneSealed, responder.id), body(language), purpose);
}

async function responderPhone(deps: TextDeps, id: string): Promise<ResponderPhone | undefined> {
  return deps.db.selectFrom('responders').select(['id', 'languages', 'phone_sealed as phoneSealed']).where('id', '=', id).executeTakeFirst();
}

/** Tells one responder something on their own phone. */
export async function tellResponder(deps: TextDeps, program: Program, responderId: string, body: (language: string) => string, purpose: string): Promise<void> {
  const responder = await responderPhone(deps, responderId);
  if (responder) await textResponder(deps, program, responder, body, purpose);
}

/** The on-call responders of a tier, each alerted (and, where the program relays content, sent the words so far). */
export async function alertTier(deps: TextDeps, program: Program, conversation: ConversationRow, tier: Tier, words: string[]): Promise<string[]> {
  const url = `${deps.publicUrl}${CONSOLE_TEXTS_PATH}`;
  const minutes = program.texting.claimMinutes;
  const alerted = await onCallForTexts(deps, program, deps.clock.now(), tier);
  await Promise.all(
    alerted.map(async (responder) => {
      const key = tier === 'primary' ? 'alert' : 'alertBackup';
      await textResponder(deps, program, responder, (l) => responderText(l, key, { alias: conversation.alias, url, minutes }), key);
      if (!program.texting.relayContent) return;
      for (const body of words) await textResponder(deps, program, responder, (l) => responderText(l, 'relayed', { alias: conversation.alias, body }), 'relay');
    }),
  );
  return alerted.map((r) => r.id);
}

/** Everyone on call who was alerted, except the one who took it, hears who did. */
export async function tellTaken(deps: TextDeps, program: Program, conversation: ConversationRow, takerId: string, takerName: string): Promise<void> {
  const others = (await onCallForTexts(deps, program, deps.clock.now())).filter((r) => r.id !== takerId);
  await Promise.all(
    others.map((responder) => textResponder(deps, program, responder, (l) => responderText(l, 'taken', { alias: conversation.alias, name: takerName }), 'taken')),
  );
}

import { recordAccess } from '../access/service';
import type { Program } from '../program/types';
import type { Tier } from '../shifts/types';
import type { TextDeps } from './deps';
import { OUTBOUND_GRACE_MS, oweDeletion } from './provider-copies';
import { alertable, ofTier, onCallForTexts, type OnCallForTexts } from './readers';
import { isOptedOut, responderPhone, type ConversationRow, type ResponderPhone } from './repo';
import { smsSenderIndex } from './sender-index';
import { openSenderNumber } from './sender-keys';
import { personText, responderText, type PersonTextKey } from './texts';

export const SMS_STATUS_PATH = '/webhooks/twilio/sms/status';
export const CONSOLE_TEXTS_PATH = '/console/texts';

/**
 * Sends one text from the community number. A failure is logged by kind only (never the number or
 * the words) and reported as undefined: a text that cannot go out must not undo what was stored.
 */
async function send(
  deps: TextDeps,
  program: Program,
  to: string,
  body: string,
  purpose: string,
): Promise<string | undefined> {
  if (!deps.messaging || !program.phoneNumber) return undefined;
  try {
    const { messageRef } = await deps.messaging.sendText({
      to,
      from: program.phoneNumber,
      body,
      statusCallbackPath: SMS_STATUS_PATH,
    });
    // Deleted at its final status; owed meanwhile, in case that callback is lost while Kith is down.
    await oweDeletion(deps.db, messageRef, deps.clock.now() + OUTBOUND_GRACE_MS);
    return messageRef;
  } catch (error) {
    deps.logger.warn(
      { programId: program.id, purpose, err: { name: (error as Error).name } },
      'a text could not be sent',
    );
    return undefined;
  }
}

/**
 * Words to a number outside any conversation (src/members: a member or one of their people), unless
 * that number texted STOP. Undefined if not sent.
 */
export async function textNumber(
  deps: TextDeps,
  program: Program,
  to: string,
  body: string,
  purpose: string,
): Promise<string | undefined> {
  if (await isOptedOut(deps.db, program.id, smsSenderIndex(deps.keys, to))) return undefined;
  return send(deps, program, to, body, purpose);
}

/** Words to the person of an SMS conversation, unless they have texted STOP. Undefined if not sent. */
export async function textPerson(
  deps: TextDeps,
  program: Program,
  conversation: ConversationRow,
  body: string,
  purpose: string,
): Promise<string | undefined> {
  if (conversation.channel !== 'sms' || !conversation.sender_index) return undefined;
  if (await isOptedOut(deps.db, program.id, conversation.sender_index)) return undefined;
  const number = await openSenderNumber(deps, conversation);
  return number === undefined ? undefined : send(deps, program, number, body, purpose);
}

export async function tellPerson(
  deps: TextDeps,
  program: Program,
  conversation: ConversationRow,
  key: PersonTextKey,
): Promise<void> {
  await textPerson(deps, program, conversation, personText(program, conversation.language, key), key);
}

/** Whether the text went out. */
async function textResponder(
  deps: TextDeps,
  program: Program,
  responder: ResponderPhone,
  body: (language: string) => string,
  purpose: string,
): Promise<boolean> {
  if (!responder.phoneSealed) return false;
  const language = responder.languages[0] ?? 'en';
  return (
    (await send(deps, program, deps.keys.open(responder.phoneSealed, responder.id), body(language), purpose)) !==
    undefined
  );
}

/** Tells one responder something on their own phone; whether it went out. */
export async function tellResponder(
  deps: TextDeps,
  program: Program,
  responderId: string,
  body: (language: string) => string,
  purpose: string,
): Promise<boolean> {
  const responder = await responderPhone(deps.db, responderId);
  return responder ? textResponder(deps, program, responder, body, purpose) : false;
}

/**
 * A person's words relayed to a responder's own phone are that responder reading the conversation,
 * as surely as opening it in the console: the same access record, with the same ten-minute
 * coalescing. Only when a relay went out; an alert alone ("K7 is waiting") carries no words.
 */
export async function recordRelay(
  deps: TextDeps,
  program: Program,
  conversationId: string,
  responderId: string,
): Promise<void> {
  await recordAccess(deps.db, {
    programId: program.id,
    kind: 'conversation',
    recordId: conversationId,
    responderId,
    at: deps.clock.now(),
  });
}

/**
 * A burst of new conversations (a flood, or a busy night) must not bury responders' phones: each
 * program sends at most ALERT_BURST alerts a minute to each tier — the backup tier too, which a
 * flood's unanswered chats reach a few minutes later — and the rest are counted into one digest to
 * that tier that the sweep sends. In memory on purpose: losing a count in a crash loses a reminder,
 * not a message — every conversation is still in the console.
 */
export const ALERT_BURST = 6;
interface AlertWindow {
  programId: string;
  tier: Tier;
  start: number;
  sent: number;
  held: number;
}
const alertWindows = new Map<string, AlertWindow>();

function mayAlert(programId: string, tier: Tier, now: number): boolean {
  const key = `${programId}:${tier}`;
  let window = alertWindows.get(key);
  if (!window || now - window.start >= 60_000) {
    const held = window?.held ?? 0;
    window = { programId, tier, start: now, sent: 0, held };
    alertWindows.set(key, window);
  }
  if (window.sent < ALERT_BURST) {
    window.sent += 1;
    return true;
  }
  window.held += 1;
  return false;
}

/** Sends each program's held-back count as one digest to the tier it was held from, once its minute is over. */
export async function sendAlertDigests(deps: TextDeps, programOf: (id: string) => Promise<Program>): Promise<number> {
  const now = deps.clock.now();
  let sent = 0;
  for (const window of alertWindows.values()) {
    const { programId, tier } = window;
    if (window.held === 0 || now - window.start < 60_000) continue;
    const count = window.held;
    window.held = 0;
    const program = await programOf(programId).catch(() => undefined);
    if (!program) continue;
    const url = `${deps.publicUrl}${CONSOLE_TEXTS_PATH}`;
    for (const responder of alertable(await onCallForTexts(deps, program, now, tier))) {
      await textResponder(deps, program, responder, (l) => responderText(l, 'digest', { count, url }), 'digest');
    }
    sent += 1;
  }
  return sent;
}

/** The on-call responders of a tier, each alerted (and, where the program relays content, sent the words so far). */
export async function alertTier(
  deps: TextDeps,
  program: Program,
  conversation: ConversationRow,
  tier: Tier,
  words: string[],
  onCallNow?: readonly OnCallForTexts[],
): Promise<string[]> {
  const url = `${deps.publicUrl}${CONSOLE_TEXTS_PATH}`;
  const minutes = program.texting.claimMinutes;
  // Not before they have read the plan: the shift-start briefing gates alerts as it gates ringing.
  const alerted = alertable(
    onCallNow ? ofTier(onCallNow, tier) : await onCallForTexts(deps, program, deps.clock.now(), tier),
  );
  if (!mayAlert(program.id, tier, deps.clock.now())) return alerted.map((r) => r.id);
  await Promise.all(
    alerted.map(async (responder) => {
      const key = tier === 'primary' ? 'alert' : 'alertBackup';
      await textResponder(
        deps,
        program,
        responder,
        (l) => responderText(l, key, { alias: conversation.alias, url, minutes }),
        key,
      );
      if (!program.texting.relayContent) return;
      let relayed = false;
      for (const body of words)
        relayed =
          (await textResponder(
            deps,
            program,
            responder,
            (l) => responderText(l, 'relayed', { alias: conversation.alias, body }),
            'relay',
          )) || relayed;
      if (relayed) await recordRelay(deps, program, conversation.id, responder.id);
    }),
  );
  return alerted.map((r) => r.id);
}

/** Everyone on call who was alerted, except the one who took it, hears who did. */
export async function tellTaken(
  deps: TextDeps,
  program: Program,
  conversation: ConversationRow,
  takerId: string,
  takerName: string,
): Promise<void> {
  // Only the tiers that were alerted know of it; a backup responder never paged hears nothing.
  const tier =
    conversation.alerted_tier === 'primary' ? 'primary' : conversation.alerted_tier === null ? undefined : 'any';
  if (tier === undefined || conversation.off_hours_told === 1) return;
  const others = alertable(
    await onCallForTexts(deps, program, deps.clock.now(), tier === 'any' ? undefined : tier),
  ).filter((r) => r.id !== takerId);
  await Promise.all(
    others.map((responder) =>
      textResponder(
        deps,
        program,
        responder,
        (l) => responderText(l, 'taken', { alias: conversation.alias, name: takerName }),
        'taken',
      ),
    ),
  );
}

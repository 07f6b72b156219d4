import { DomainError } from '../platform/errors';
import type { Program } from '../program/types';
import { getResponder } from '../responders/service';
import type { TextDeps } from './deps';
import { claim, closeAsHolder, release } from './lifecycle';
import { CONSOLE_TEXTS_PATH } from './notify';
import { replyBySms } from './replies';
import * as repo from './repo';
import { responderText } from './texts';

export interface ResponderTextIn {
  messageRef: string;
  responderId: string;
  body: string;
}

/**
 * Texts from a responder that are not about a conversation — a field response's pager ("R4 YES 15",
 * src/dispatch/pager.ts) — are handed to whoever claims them. The composition root wires dispatch's
 * pager in, so texting never needs to know dispatch (dispatch sits above it).
 */
export interface ResponderTextHandler {
  /** Whether this text is for the handler rather than for a conversation. */
  claims(body: string): boolean;
  /** The texts to send back to the responder. */
  texted(program: Program, input: { responderId: string; body: string }): Promise<string[]>;
}

/** "K7", "k7 DONE", "K7: on my way" → the alias and the rest. */
function parse(body: string): { alias?: string; rest: string } {
  const match = /^\s*(K\d{1,4})\b[\s:,.-]*(.*)$/isu.exec(body);
  if (!match) return { rest: body.trim() };
  return { alias: (match[1] ?? '').toUpperCase(), rest: (match[2] ?? '').trim() };
}

/**
 * A responder working conversations from their own phone, texting the community number:
 * "K7" takes K7; "K7 words" takes it if it waits and sends the words; "K7 DONE" closes it; "K7 RELEASE"
 * gives it back. Without an alias, words go to the one conversation they hold, if they hold one.
 * Texts a handler claims (starting "R4": a field response's pager) go to it instead.
 * Returns the texts to send back to the responder.
 */
export async function responderTexted(
  deps: TextDeps,
  program: Program,
  input: ResponderTextIn,
  handlers: readonly ResponderTextHandler[] = [],
): Promise<string[]> {
  const me = await getResponder(deps, program.id, input.responderId);
  const language = me.languages[0] ?? 'en';
  const providerKey = deps.keys.index('message', input.messageRef);
  if (await repo.messageByProviderKey(deps.db, providerKey)) return []; // a retry of a reply already sent

  // "R4 YES 15": a field response's pager, not a conversation.
  const handler = handlers.find((h) => h.claims(input.body));
  if (handler) return handler.texted(program, { responderId: me.id, body: input.body });

  const { alias, rest } = parse(input.body);
  const held = (await repo.openConversations(deps.db, program.id)).filter(
    (c) => c.claimed_by === me.id && c.channel === 'sms',
  );
  const target = alias ? await repo.findByAlias(deps.db, program.id, alias) : held.length === 1 ? held[0] : undefined;
  const example = alias ?? held[0]?.alias ?? 'K1';
  if (!target) return [responderText(language, alias ? 'notYours' : 'whichOne', { alias: example })];
  const say = (key: 'notYours' | 'notOnCall' | 'yours' | 'closedByYou' | 'released' | 'replyFailed') =>
    responderText(language, key, { alias: target.alias });
  if (target.state === 'closed' || (target.state === 'claimed' && target.claimed_by !== me.id))
    return [say('notYours')];

  const command = rest.toUpperCase();
  try {
    if (command === 'DONE') {
      await closeAsHolder(deps, program, target.id, me.id);
      return [say('closedByYou')];
    }
    if (command === 'RELEASE') {
      await release(deps, program, target.id, me.id);
      return [say('released')];
    }
    const out: string[] = [];
    if (target.state === 'waiting') {
      await claim(deps, program, target.id, me.id);
      out.push(say('yours'));
    }
    if (rest !== '' && target.channel === 'sms') {
      const { sent } = await replyBySms(deps, program, target.id, me.id, rest, providerKey);
      if (!sent) out.push(say('replyFailed'));
    } else if (rest !== '') {
      out.push(
        responderText(language, 'chatInConsole', {
          alias: target.alias,
          url: `${deps.publicUrl}${CONSOLE_TEXTS_PATH}/${target.id}`,
        }),
      );
    }
    return out;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'conflict') return [say('notYours')];
    if (error instanceof DomainError && error.code === 'not_on_call') return [say('notOnCall')];
    throw error;
  }
}

import type { ResponderTextHandler } from '../conversations/responder-sms';
import { dispatchCatalogFor, dispatchText } from '../i18n/dispatch';
import { DomainError } from '../platform/errors';
import type { Program } from '../program/types';
import { answer } from './formation';
import { checkIn, raiseBackup, setStatus, type OutStatus } from './out';
import * as repo from './repo';
import { WENT, type Actor, type DispatchDeps } from './types';

/** "R4 YES 15", "r4 otw 10", "R4: ok" → the alias, the word and a number of minutes, if any. */
export function parsePager(body: string): { alias: string; word: string; minutes: number | null } | undefined {
  const match = /^\s*(R\d{1,4})\b[\s:,.-]*([\p{L}]*)[\s:,.-]*(\d{1,3})?\s*[.!]?\s*$/iu.exec(body);
  if (!match) return undefined;
  const word = (match[2] ?? '').normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
  return {
    alias: (match[1] ?? '').toUpperCase(),
    word,
    minutes: match[3] === undefined ? null : Number.parseInt(match[3], 10),
  };
}

/** Whether a responder's text is for the pager: it starts with a response alias ("R4"). K7-style texts are not. */
export function isPagerText(body: string): boolean {
  return /^\s*R\d{1,4}\b/iu.test(body);
}

const STATUS_WORDS: Readonly<Record<string, OutStatus>> = {
  OTW: 'on_the_way',
  HERE: 'on_scene',
  LEAVING: 'leaving',
  CLEAR: 'clear',
};
const STATUS_KEYS = { on_the_way: 'onTheWay', on_scene: 'onScene', leaving: 'leaving', clear: 'clear' } as const;

/**
 * A responder texting the community number about a field response (docs/DISPATCH.md): YES [minutes],
 * NO, OTW [minutes], HERE, LEAVING, CLEAR, OK, BACKUP — case-insensitive; SI/SÍ is YES. Returns the
 * texts to send back: a short confirmation, or plain help for anything else.
 */
export async function pagerTexted(
  deps: DispatchDeps,
  program: Program,
  input: { responderId: string; body: string },
): Promise<string[]> {
  const me = await repo.responderBasics(deps.db, input.responderId);
  const language = me?.languages[0] ?? 'en';
  const parsed = parsePager(input.body);
  const help = [dispatchText(language, 'help', {})];
  if (!parsed || !me) return help;
  const { alias, word, minutes } = parsed;
  const say = (key: Parameters<typeof dispatchText>[1], values: Record<string, string | number> = {}) => [
    dispatchText(language, key, { alias, ...values }),
  ];
  const row = await repo.openByAlias(deps.db, program.id, alias);
  if (!row) return say('notOpen');
  const actor: Actor = { responderId: me.id, programId: program.id, coordinator: me.roles.includes('coordinator') };
  try {
    if (word === 'YES' || word === 'SI') {
      const { result, role } = await answer(deps, program, actor, row.id, true, minutes);
      if (result === 'full') return say('full');
      return say(role === 'field' ? 'accepted' : 'acceptedSupport');
    }
    if (word === 'NO') {
      const mine = await repo.member(deps.db, row.id, me.id);
      if (mine && WENT.includes(mine.status)) return say('alreadyOn');
      await answer(deps, program, actor, row.id, false, null);
      return say('declined');
    }
    const status = STATUS_WORDS[word];
    if (status) {
      await setStatus(deps, program, actor, row.id, status, minutes);
      // "R4 OTW" without minutes keeps the ETA given with the yes.
      const eta = minutes ?? (await repo.member(deps.db, row.id, me.id))?.eta_minutes ?? '?';
      const words = dispatchCatalogFor(language)[STATUS_KEYS[status]].replace('{eta}', String(eta));
      return say('status', { status: words });
    }
    if (word === 'OK') {
      await checkIn(deps, program, actor, row.id);
      return say('checkedIn', { minutes: program.dispatch.checkInMinutes });
    }
    if (word === 'BACKUP') {
      const { told } = await raiseBackup(deps, program, actor, row.id);
      return say('backupAsked', { count: told });
    }
    return help;
  } catch (error) {
    if (error instanceof DomainError && (error.code === 'not_found' || error.code === 'conflict'))
      return say('notOpen');
    throw error;
  }
}

/** The pager as a handler of responders' texts, for texting to hand "R4 …" texts to (wired at the root). */
export function pagerHandler(deps: DispatchDeps): ResponderTextHandler {
  return { claims: isPagerText, texted: (program, input) => pagerTexted(deps, program, input) };
}

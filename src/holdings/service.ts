import type { Kysely } from 'kysely';
import type { ServerKeys } from '../crypto/server-keys';
import type { Database } from '../db/schema';
import { smsSenderIndex } from '../conversations/sender-index';
import type { Clock } from '../platform/clock';
import { invalid } from '../platform/errors';
import { toE164 } from '../platform/phone';
import { getProgram } from '../program/service';
import { RETENTION_CLASSES } from '../retention/classes';
import { classOf, NO_CALL_NUMBERS, TITLES, type HoldingClass, type HoldingItem, type Holdings } from './items';
import { numberItems } from './number';
import { programItems } from './program';

export type { About, HoldingClass, HoldingItem, Holdings } from './items';

/**
 * What Kith holds right now, for a program or for one phone number: by retention class, counts and
 * expiry times only — never contents, numbers or callers' names. The list a program would read out
 * to answer a legal demand, so it says what the database holds and nothing it merely hopes.
 */

export interface HoldingsDeps {
  db: Kysely<Database>;
  clock: Clock;
  keys: Pick<ServerKeys, 'index'>;
}

/**
 * Everything held for the program, or (with `number`) exactly what is linked to that number now.
 * An invalid number is refused naming `/number`, without repeating it.
 */
export async function holdingsOf(
  deps: HoldingsDeps,
  programId: string,
  options: { number?: string } = {},
): Promise<Holdings> {
  const program = await getProgram(deps, programId);
  const at = deps.clock.now();
  const base = { at, programName: program.name, timeZone: program.timeZone };
  if (options.number === undefined) {
    const { items, remarks } = await programItems(deps.db, program);
    return { scope: 'program', ...base, classes: classesOf(items), items, remarks, nothingLinked: null };
  }
  const e164 = toE164(options.number, program.defaultCountry);
  if (!e164) {
    throw invalid([
      {
        field: '/number',
        message: `is not a valid phone number for ${program.defaultCountry}; for another country start it with + and the country code`,
      },
    ]);
  }
  const items = await numberItems(deps.db, program, smsSenderIndex(deps.keys, e164));
  const remarks = [
    NO_CALL_NUMBERS,
    'Web chats are never linked to a number: a chat is known only by a random session in the visitor’s browser.',
    'A number kept for a field response’s follow-ups is sealed with no keyed hash beside it, so it cannot be found by number: the program’s list counts those held.',
  ];
  if (
    items.some(
      (i) => i.class === classOf('sms_opt_outs', 'optOuts') || i.class === classOf('blocked_senders', 'blocks'),
    )
  ) {
    remarks.push(
      'An opt-out or a block is a keyed hash of the number, kept for its own period after the number itself is erased: it is listed because it is held.',
    );
  }
  return { scope: 'number', ...base, classes: classesOf(items), items, remarks, nothingLinked: items.length === 0 };
}

function classesOf(items: HoldingItem[]): HoldingClass[] {
  const order = [...new Set(items.map((i) => i.class))];
  return order.map((cls) => ({
    class: cls,
    title: TITLES[cls]?.title ?? cls,
    about: TITLES[cls]?.about ?? 'callers',
    rule: RETENTION_CLASSES[cls]?.rule ?? '',
  }));
}

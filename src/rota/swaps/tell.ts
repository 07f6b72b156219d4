import { DateTime } from 'luxon';
import { tellResponder } from '../../conversations/notify';
import { onCallCoordinators } from '../../dispatch/candidates';
import { swapLanguage, swapRole, swapText, type SwapTextKey } from '../../i18n/swaps';
import type { Program } from '../../program/types';
import type { RotaDeps } from '../deps';
import { pushTo } from '../push';
import { localWhen } from '../reminders';

/** The console's Home (offers to take, my requests) and the coordinators' list of what waits for them. */
export const HOME_PATH = '/console';
export const PENDING_PATH = '/console/swaps';

export interface Stretch {
  role: string;
  start: number;
  end: number;
}

/** The words every swap text fills: the role and the stretch in the reader's language and the program's zone. */
function valuesFor(program: Program, language: string, stretch: Stretch, extra: Record<string, string | number>) {
  const zone = program.timeZone;
  const end = DateTime.fromMillis(stretch.end, { zone });
  const sameDay = DateTime.fromMillis(stretch.start, { zone }).hasSame(end, 'day');
  return {
    role: swapRole(language, stretch.role),
    when: localWhen(stretch.start, zone, language),
    // "Sun, Mar 8, 10:00 to 14:00": the day once when the stretch ends on it.
    until: sameDay ? end.toFormat('HH:mm') : localWhen(stretch.end, zone, language),
    ...extra,
  };
}

/** One text to one teammate, in their language; false when they have no number to text. */
export function tellOne(
  deps: RotaDeps,
  program: Program,
  responderId: string,
  key: SwapTextKey,
  stretch: Stretch,
  extra: Record<string, string | number> = {},
): Promise<boolean> {
  return tellResponder(
    deps,
    program,
    responderId,
    (language) => {
      const lang = swapLanguage(language);
      return swapText(lang, key, valuesFor(program, lang, stretch, extra));
    },
    `swap:${key}`,
  );
}

/** The words of one text in a language, for a reply to a text (the reply goes back the way it came). */
export function replyText(
  program: Program,
  language: string,
  key: SwapTextKey,
  stretch: Stretch,
  extra: Record<string, string | number> = {},
): string {
  const lang = swapLanguage(language);
  return swapText(lang, key, valuesFor(program, lang, stretch, extra));
}

/** An offer to each teammate who could take it, by text and by push where their console has it. */
export async function tellOffered(
  deps: RotaDeps,
  program: Program,
  to: readonly { id: string; language: string }[],
  stretch: Stretch,
  extra: { name: string; code: number },
): Promise<number> {
  let told = 0;
  for (const teammate of to) {
    const values = { ...extra, url: `${deps.publicUrl}${HOME_PATH}` };
    const texted = await tellOne(deps, program, teammate.id, 'offered', stretch, values);
    const lang = swapLanguage(teammate.language);
    const body = swapText(lang, 'offered', valuesFor(program, lang, stretch, values));
    const title = swapText(lang, 'offeredTitle', {});
    const pushed = await pushTo(deps, teammate.id, { title, body, path: HOME_PATH });
    if (texted || pushed > 0) told += 1;
  }
  return told;
}

/** The coordinators on call (else every active coordinator), less whoever the news is about. */
export async function tellCoordinators(
  deps: RotaDeps,
  program: Program,
  key: SwapTextKey,
  stretch: Stretch,
  extra: Record<string, string | number>,
  except: readonly string[],
): Promise<number> {
  const ids = (await onCallCoordinators(deps, program)).filter((id) => !except.includes(id));
  const sent = await Promise.all(
    ids.map((id) => tellOne(deps, program, id, key, stretch, { ...extra, url: `${deps.publicUrl}${PENDING_PATH}` })),
  );
  return sent.filter(Boolean).length;
}

import { tellResponder } from '../conversations/notify';
import { dispatchCatalogFor, dispatchText, type DispatchTextKey } from '../i18n/dispatch';
import type { Program } from '../program/types';
import type { ResponseRow } from './repo';
import type { DispatchDeps } from './types';

/** The console's page for one response (src/web/client/console/views/field/response.tsx). */
export const CONSOLE_DISPATCH_PATH = '/console/field';

export function consoleUrl(deps: Pick<DispatchDeps, 'publicUrl'>, responseId: string): string {
  return `${deps.publicUrl}${CONSOLE_DISPATCH_PATH}/${responseId}`;
}

/** "de-escalation, Spanish": the needs as a pager says them; the `language` need becomes the language's name. */
export function needsWords(language: string, row: Pick<ResponseRow, 'needs' | 'language'>): string {
  const names = dispatchCatalogFor(language).languageNames;
  return (JSON.parse(row.needs) as string[])
    .map((n) => (n === 'language' ? (row.language ? (names[row.language] ?? row.language) : n) : n))
    .join(', ');
}

/**
 * One pager text to a responder's own phone, in their first language, through the same sender as
 * the texting alerts (a failure is logged by kind and does not undo what was stored).
 */
export async function page(
  deps: DispatchDeps,
  program: Program,
  responderId: string,
  key: DispatchTextKey,
  row: ResponseRow,
  values: (language: string) => Record<string, string | number> = () => ({}),
): Promise<boolean> {
  return tellResponder(
    deps,
    program,
    responderId,
    (language) => dispatchText(language, key, { alias: row.alias, url: consoleUrl(deps, row.id), ...values(language) }),
    `dispatch:${key}`,
  );
}

export async function pageAll(
  deps: DispatchDeps,
  program: Program,
  ids: readonly string[],
  key: DispatchTextKey,
  row: ResponseRow,
  values?: (language: string) => Record<string, string | number>,
): Promise<void> {
  await Promise.all([...new Set(ids)].map((id) => page(deps, program, id, key, row, values)));
}

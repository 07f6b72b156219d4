import type { SealedRecord } from '../crypto/e2e';
import type { Program } from '../program/types';
import { mayReadBrief } from '../access/policy';
import { briefFor, waitingForBrief } from './brief';
import { responseFacts } from './facts';
import * as repo from './repo';
import type { DispatchDeps, ResponseView } from './types';

/** The program's words for a language, else English, else whatever it wrote first. */
function inLanguage(texts: Record<string, string>, language: string): string {
  return texts[language] ?? texts.en ?? Object.values(texts)[0] ?? '';
}

export function guidanceFor(program: Program, language: string): ResponseView['guidance'] {
  return {
    noTeam: inLanguage(program.dispatch.noTeamGuidance, language),
    police: inLanguage(program.dispatch.policeGuidance, language),
  };
}

/** Responses as `me` sees them, in `language`. */
export async function viewsOf(
  deps: Pick<DispatchDeps, 'db'>,
  program: Program,
  rows: repo.ResponseRow[],
  me: string,
  language: string,
): Promise<ResponseView[]> {
  const members = await repo.membersOf(
    deps.db,
    rows.map((r) => r.id),
  );
  const requesters = new Map<string, string>();
  for (const id of new Set(rows.map((r) => r.requested_by)))
    requesters.set(id, (await repo.responderBasics(deps.db, id))?.name ?? '');
  const guidance = guidanceFor(program, language);
  return Promise.all(
    rows.map(async (row) => {
      const mine = members.filter((m) => m.response_id === row.id);
      let brief: SealedRecord | null = null;
      if (row.brief_sealed && mayReadBrief({ responderId: me }, responseFacts(row, mine, me))) {
        const key = await repo.briefKeyOf(deps.db, row.id, me);
        if (key) brief = briefFor(row.brief_sealed, key);
      }
      // Only someone holding the brief can share it, so only they are told who is waiting for it.
      const briefWaiting = brief ? await waitingForBrief(deps, row, mine) : [];
      const view: ResponseView = {
        id: row.id,
        alias: row.alias,
        state: row.state,
        urgency: row.urgency,
        needs: JSON.parse(row.needs) as string[],
        language: row.language,
        agreed: JSON.parse(row.agreed) as string[],
        source:
          row.source_kind === 'none' || row.source_id === null ? null : { kind: row.source_kind, id: row.source_id },
        requestedBy: row.requested_by,
        requestedByName: requesters.get(row.requested_by) ?? '',
        createdAt: Number(row.created_at),
        formBy: Number(row.form_by),
        formedAt: row.formed_at === null ? null : Number(row.formed_at),
        checkInDueAt: row.check_in_due_at === null ? null : Number(row.check_in_due_at),
        lastCheckInAt: row.last_check_in_at === null ? null : Number(row.last_check_in_at),
        missedCheckInAt: row.missed_check_in_at === null ? null : Number(row.missed_check_in_at),
        closedAt: row.closed_at === null ? null : Number(row.closed_at),
        outcome: row.outcome,
        members: mine.map((m) => ({
          responderId: m.responder_id,
          name: m.name,
          role: m.role,
          status: m.status,
          etaMinutes: m.eta_minutes,
          askedAt: Number(m.asked_at),
          answerBy: Number(m.answer_by),
          answeredAt: m.answered_at === null ? null : Number(m.answered_at),
        })),
        brief,
        briefHeld: row.brief_sealed !== null,
        briefWaiting,
        guidance,
      };
      return view;
    }),
  );
}

export async function viewOf(
  deps: Pick<DispatchDeps, 'db'>,
  program: Program,
  row: repo.ResponseRow,
  me: string,
  language: string,
): Promise<ResponseView> {
  const [view] = await viewsOf(deps, program, [row], me, language);
  if (!view) throw new Error('unreachable: one row, one view');
  return view;
}

import type { Principal } from '../auth/principal';
import { invalid, type FieldProblem } from '../platform/errors';
import type { RotaDeps } from './deps';
import * as repo from './repo';
import { EVENING, LEAD_MINUTES, type Lead, type LeadMinutes } from './timing';

export interface ReminderSettings {
  lead: Lead;
  bySms: boolean;
  byPush: boolean;
  /** Whether this device (the session asking) has push turned on. */
  pushHere: boolean;
}

/** Nothing is sent until a responder chooses: reminders are an offer, not a default. */
const DEFAULT_LEAD: Lead = { kind: 'before', minutes: 60 };

export function leadOf(row: Pick<repo.SettingsRow, 'leadMinutes' | 'eveningMinute'>): Lead {
  if (row.eveningMinute !== null) return { kind: 'evening', minute: row.eveningMinute };
  return row.leadMinutes === null ? DEFAULT_LEAD : { kind: 'before', minutes: row.leadMinutes as LeadMinutes };
}

export async function reminderSettings(
  deps: RotaDeps,
  principal: Principal,
  sessionHash: string | undefined,
): Promise<ReminderSettings> {
  const row = await repo.settingsOf(deps.db, principal.responderId);
  const pushHere = sessionHash !== undefined && (await repo.pushOfSession(deps.db, sessionHash)) !== undefined;
  return {
    lead: row ? leadOf(row) : DEFAULT_LEAD,
    bySms: row?.bySms ?? false,
    byPush: row?.byPush ?? false,
    pushHere,
  };
}

export async function saveReminderSettings(
  deps: RotaDeps,
  principal: Principal,
  input: { lead: Lead; bySms: boolean; byPush: boolean },
): Promise<void> {
  const problems: FieldProblem[] = [];
  const { lead } = input;
  if (lead.kind === 'before' && !(LEAD_MINUTES as readonly number[]).includes(lead.minutes))
    problems.push({ field: '/lead/minutes', message: `must be one of ${LEAD_MINUTES.join(', ')}` });
  if (
    lead.kind === 'evening' &&
    !(lead.minute >= EVENING.min && lead.minute <= EVENING.max && lead.minute % EVENING.step === 0)
  )
    problems.push({ field: '/lead/at', message: 'must be a quarter hour from 12:00 to 23:45' });
  if (problems.length > 0) throw invalid(problems);
  await repo.saveSettings(
    deps.db,
    {
      responderId: principal.responderId,
      programId: principal.programId,
      leadMinutes: lead.kind === 'before' ? lead.minutes : null,
      eveningMinute: lead.kind === 'evening' ? lead.minute : null,
      bySms: input.bySms,
      byPush: input.byPush,
    },
    deps.clock.now(),
  );
}

import { runPeriodically, type Periodic } from '../platform/periodic';
import { getProgram } from '../program/service';
import type { Program } from '../program/types';
import type { TextDeps } from './deps';
import { close, sendOwedAlerts } from './lifecycle';
import { sendAlertDigests, tellPerson } from './notify';
import { eraseSendersPastGrace, moveTier, openEverywhere } from './repo';
import { retireSenderKeys } from './sender-keys';

const MINUTE = 60_000;

export interface SweepReport {
  escalated: number;
  toldNoAnswer: number;
  closedIdle: number;
  erased: number;
  keysRetired: number;
}

/**
 * The texting timers, driven from stored times so a restart loses none: waiting conversations move
 * to the backup tier and then tell the person nobody could answer; quiet ones close; numbers are
 * erased once a closed conversation's grace has passed; unused sender keys are deleted.
 */
export async function sweepConversations(deps: TextDeps): Promise<SweepReport> {
  const now = deps.clock.now();
  const report: SweepReport = { escalated: 0, toldNoAnswer: 0, closedIdle: 0, erased: 0, keysRetired: 0 };
  const programs = new Map<string, Program>();
  const programOf = async (id: string) => {
    let program = programs.get(id);
    if (!program) programs.set(id, (program = await getProgram(deps, id)));
    return program;
  };

  const open = await openEverywhere(deps.db);
  for (const conversation of open) {
    const program = await programOf(conversation.program_id);
    const { claimMinutes, backupMinutes, idleCloseMinutes } = program.texting;
    if (conversation.last_activity_at <= now - idleCloseMinutes * MINUTE) {
      if (await close(deps, program, conversation.id, 'idle')) report.closedIdle += 1;
      continue;
    }
    if (conversation.state !== 'waiting') continue;
    let escalated = false;
    if (conversation.tier === 'primary' && conversation.tier_since <= now - claimMinutes * MINUTE) {
      escalated = await moveTier(deps.db, conversation.id, 'primary', {
        tier: 'backup',
        tier_since: now,
        updated_at: now,
      });
      if (escalated) report.escalated += 1;
    } else if (conversation.tier === 'backup' && conversation.tier_since <= now - backupMinutes * MINUTE) {
      const moved = await moveTier(deps.db, conversation.id, 'backup', {
        tier: 'exhausted',
        alerted_tier: 'exhausted',
        tier_since: now,
        no_answer_told: 1,
        updated_at: now,
      });
      if (moved && conversation.no_answer_told === 0) {
        report.toldNoAnswer += 1;
        await tellPerson(deps, program, conversation, 'noAnswer');
      }
      deps.live.publish(program.id, 'conversations');
      continue;
    }
    // Alerts owed: a tier just reached, or a crash between storing a text and alerting. The row read
    // above says which, so a conversation already alerted costs no further query.
    if (escalated || conversation.alerted_tier !== conversation.tier)
      await sendOwedAlerts(deps, program, conversation.id);
  }

  await sendAlertDigests(deps, programOf);
  report.erased = await eraseSendersPastGrace(deps.db, now);
  report.keysRetired = await retireSenderKeys(deps, now);
  // Texts' copies at the provider are deleted by their own job (src/provider-copies/sweep.ts).
  return report;
}

/** The sweep at start and every `intervalMs`. */
export function startConversationSweeps(deps: TextDeps, intervalMs: number): Periodic {
  return runPeriodically(() => sweepConversations(deps), intervalMs, deps.logger, 'texting sweep');
}

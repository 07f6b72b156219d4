import { memberText } from '../i18n/members';
import { runPeriodically, type Periodic } from '../platform/periodic';
import { DAY } from '../platform/wall-time';
import { getProgram } from '../program/service';
import type { Program } from '../program/types';
import { claim, dueSteps, timeLabel, type Step } from './check-ins/check-ins';
import { closeFinished } from './plans/openings';
import { forgetTextsSeenBefore } from './repo';
import { findMemberRow } from './service';
import { hasPeers, memberLabel, tellMember, tellPeers, tellTeam } from './tell';
import type { MemberDeps } from './types';

export interface MemberSweepReport {
  prompted: number;
  peersTold: number;
  teamTold: number;
  /** Plans that were open for a call, conversation or response that has since closed, now deleted. */
  plansClosed: number;
}

/**
 * The check-ins' timers, from stored times only (a restart loses none). Each step is claimed by a
 * conditional update before its texts go out, so with two instances on PostgreSQL every alert is
 * sent once. A missed check-in tells the member's people; if none of them could be texted, or none
 * says they have it in time, the team on call. Never police, never an emergency service.
 */
export async function sweepMembers(deps: MemberDeps): Promise<MemberSweepReport> {
  const now = deps.clock.now();
  const report: MemberSweepReport = { prompted: 0, peersTold: 0, teamTold: 0, plansClosed: 0 };
  const programs = new Map<string, Program>();
  const programOf = async (id: string) => {
    let program = programs.get(id);
    if (!program) programs.set(id, (program = await getProgram(deps, id)));
    return program;
  };
  for (const step of await dueSteps(deps.db, now)) await take(deps, await programOf(step.row.program_id), step, report);
  // A plan is readable only while what it was opened for lasts (src/members/plans).
  report.plansClosed = await closeFinished(deps);
  // A retried webhook comes within minutes; a day is ample.
  await forgetTextsSeenBefore(deps.db, now - DAY);
  return report;
}

async function take(deps: MemberDeps, program: Program, step: Step, report: MemberSweepReport): Promise<void> {
  const now = deps.clock.now();
  const member = await findMemberRow(deps, program.id, step.row.member_id);
  if (!member) return;
  const time = timeLabel(step.row.local_minute);
  const label = memberLabel(deps, member);
  const toTeam = async () => {
    report.teamTold += await tellTeam(
      deps,
      program,
      (l) => memberText(l, 'missedTeam', { member: label, time }),
      'member missed',
    );
  };
  const peers = step.kind === 'missed' && (await hasPeers(deps, member.id));
  if (!(await claim(deps.db, step, now, program.timeZone, peers))) return;
  switch (step.kind) {
    case 'missed': {
      if (!peers) return toTeam();
      const minutes = step.row.escalate_minutes;
      const told = await tellPeers(
        deps,
        program,
        member,
        (l) => memberText(l, 'missedPeers', { member: member.number, time, minutes }),
        'member missed',
      );
      report.peersTold += told;
      // Nobody could be texted: waiting for an answer that cannot come would only lose time.
      if (
        told === 0 &&
        (await claim(deps.db, { kind: 'toTeam', row: { ...step.row, stage: 'peers' } }, now, program.timeZone, true))
      )
        await toTeam();
      return;
    }
    case 'toTeam':
      return toTeam();
    case 'prompt':
      report.prompted += 1;
      return tellMember(
        deps,
        program,
        member,
        memberText(member.language, 'watchPrompt', { program: program.name }),
        'member watch',
      );
    case 'watchOver':
      return tellMember(
        deps,
        program,
        member,
        memberText(member.language, 'watchEnded', { program: program.name }),
        'member watch',
      );
    case 'watchMiss':
      return;
  }
}

/** The sweep at start and every `intervalMs`. */
export function startMemberSweeps(deps: MemberDeps, intervalMs: number): Periodic {
  return runPeriodically(() => sweepMembers(deps), intervalMs, deps.logger, 'members sweep');
}

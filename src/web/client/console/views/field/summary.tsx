/**
 * A response in words, shared by the board and a team member's view: its state ("Forming — 2 of 2
 * needed, 1 asked", "No team could be formed" with the program's guidance in full, "Out"), each
 * member's status and ETA, the next check-in and a clear alert when one was missed. Words carry
 * every meaning; the styles only repeat it.
 */
import type { JSX } from 'preact';
import { fill } from '../../../../../i18n/catalog';
import type { DispatchText } from '../../../../i18n/console/dispatch-types';
import { useLang, useText } from '../../context';
import { formatTime } from '../../time';
import { languageName } from '../coordinate/parts';
import { plural } from '../texts/waited';
import { ON_TEAM, wordFor, type FieldResponse, type Member, type ProgramForField } from './data';

export function onTeam(response: FieldResponse): Member[] {
  return response.members.filter((member) => member.role === 'field' && ON_TEAM.includes(member.status));
}

export function stateLine(response: FieldResponse, program: ProgramForField, t: DispatchText, lang: string): string {
  const b = t.board;
  switch (response.state) {
    case 'forming': {
      const asked = response.members.filter((member) => member.role === 'field' && member.status === 'asked').length;
      return fill(b.forming, { accepted: onTeam(response).length, needed: program.dispatch.teamMin, asked });
    }
    case 'formed':
      return plural(b.formed, onTeam(response).length, lang);
    case 'no_team':
      return b.noTeam;
    default:
      return response.outcome ? fill(b.closed, { outcome: wordFor(t.outcomes, response.outcome) }) : b.closedNoOutcome;
  }
}

export function memberStatus(member: Member, t: DispatchText, lang: string): string {
  const status = t.memberStatus[member.status] ?? member.status;
  const withEta = (member.status === 'accepted' || member.status === 'on_the_way') && member.etaMinutes !== null;
  return withEta ? fill(t.board.withEta, { status, eta: plural(t.minutes, member.etaMinutes ?? 0, lang) }) : status;
}

/** The facts under a response's title: urgency, needs, language, state, check-in. */
export function Summary({
  response,
  program,
  me,
  headingLevel,
}: {
  response: FieldResponse;
  program: ProgramForField;
  me: string;
  headingLevel: 2 | 4;
}): JSX.Element {
  const text = useText();
  const t = text.dispatch;
  const lang = useLang();
  const time = (at: number) => formatTime(at, lang, program.timeZone);
  const Heading = headingLevel === 2 ? 'h2' : 'h4';
  const open = response.state === 'forming' || response.state === 'formed';
  const guidance =
    program.dispatch.noTeamGuidance[lang] ??
    response.guidance.noTeam ??
    program.dispatch.noTeamGuidance[program.languages[0] ?? 'en'] ??
    '';
  const members = response.members.filter((member) => member.status !== 'released' || response.state !== 'closed');
  const support = response.members.some(
    (member) => member.role === 'support' && !['declined', 'timed_out', 'released'].includes(member.status),
  );
  return (
    <>
      <p class="lead field-state" data-state={response.state}>
        {`${t.urgency[response.urgency]}. ${stateLine(response, program, t, lang)}`}
      </p>
      {response.state === 'forming' ? <p>{fill(t.board.formingUntil, { time: time(response.formBy) })}</p> : null}
      {response.missedCheckInAt !== null && open ? (
        <p class="field-alert" role="alert">
          <strong>{t.board.alertPrefix}</strong>{' '}
          {fill(t.board.checkInMissed, { time: time(response.checkInDueAt ?? response.missedCheckInAt) })}
        </p>
      ) : response.checkInDueAt !== null && open ? (
        <p>{fill(t.board.checkInDue, { time: time(response.checkInDueAt) })}</p>
      ) : null}
      {response.state === 'no_team' ? (
        <div class="notice">
          <Heading>{t.board.noTeamGuidanceHeading}</Heading>
          <p class="guidance">{guidance}</p>
        </div>
      ) : null}
      <p class="hint">
        {response.needs.length > 0
          ? fill(t.board.needsLine, { needs: response.needs.map((need) => wordFor(t.needs, need)).join(', ') })
          : null}
        {response.needs.length > 0 && response.language ? ' · ' : null}
        {response.language ? fill(t.board.languageLine, { language: languageName(response.language, lang) }) : null}
      </p>
      <Heading>{t.board.teamHeading}</Heading>
      {members.length === 0 ? (
        <p>{t.board.membersNone}</p>
      ) : (
        <ul class="plain-list team-list">
          {members.map((member) => (
            <li key={member.responderId + member.role} data-status={member.status}>
              {fill(t.board.member, {
                name: member.responderId === me ? `${member.name} (${t.board.you})` : member.name,
                role: t.roles[member.role],
                status: memberStatus(member, t, lang),
              })}
            </li>
          ))}
        </ul>
      )}
      {!support && open ? <p class="hint">{t.board.noSupport}</p> : null}
    </>
  );
}

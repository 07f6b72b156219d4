/**
 * The dispatch board (`/console/field`): open responses, then those closed in the last day, each
 * with its state in words, its members' statuses and ETAs, the next check-in and a clear alert when
 * one was missed. Live on the `dispatch` topic. It needs no key: it carries no brief.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import { Failed, Status, ViewHeading } from '../../components';
import { isCoordinator, useAccount, useText } from '../../context';
import { useLive } from '../../live';
import { useLoad } from '../../load';
import { listResponses, programForField, type FieldResponse, type ProgramForField } from './data';
import { takeFieldFlash } from './flash';
import { Summary } from './summary';

interface BoardData {
  program: ProgramForField;
  responses: FieldResponse[];
}

async function loadBoard(): Promise<BoardData> {
  const [program, responses] = await Promise.all([programForField(), listResponses()]);
  return { program, responses };
}

export function FieldBoardView(): JSX.Element {
  const text = useText();
  const t = text.dispatch.board;
  const data = useLoad(loadBoard, 'field-board');
  useLive(['dispatch', 'program'], data.reload);
  const [status] = useState(() => takeFieldFlash() ?? '');
  const coordinator = isCoordinator(useAccount());

  const body = (): JSX.Element => {
    if (!data.data) return data.failed ? <Failed retry={data.reload} /> : <Status message={text.shell.loading} />;
    const { responses, program } = data.data;
    const open = responses.filter((r) => r.state === 'forming' || r.state === 'formed');
    // No team is over, but the requester still has to act on the guidance: its own section, before the closed.
    const noTeam = responses.filter((r) => r.state === 'no_team').sort((a, b) => b.createdAt - a.createdAt);
    const closed = responses.filter((r) => r.state === 'closed').sort((a, b) => (b.closedAt ?? 0) - (a.closedAt ?? 0));
    // Emergencies first, then the oldest: what most needs a team comes first.
    open.sort((a, b) => (a.urgency === b.urgency ? a.createdAt - b.createdAt : a.urgency === 'emergency' ? -1 : 1));
    return (
      <>
        <section aria-labelledby="field-open-heading">
          <h2 id="field-open-heading">{t.openHeading}</h2>
          {open.length === 0 ? <p>{t.openNone}</p> : <Cards responses={open} program={program} />}
        </section>
        {noTeam.length > 0 ? (
          <section aria-labelledby="field-no-team-heading">
            <h2 id="field-no-team-heading">{t.noTeamHeading}</h2>
            <Cards responses={noTeam} program={program} />
          </section>
        ) : null}
        <section aria-labelledby="field-closed-heading">
          <h2 id="field-closed-heading">{t.closedHeading}</h2>
          {closed.length === 0 ? <p>{t.closedNone}</p> : <Cards responses={closed} program={program} />}
        </section>
      </>
    );
  };

  return (
    <>
      <ViewHeading title={t.title}>{t.heading}</ViewHeading>
      <p>{t.intro}</p>
      <Status message={status} />
      <p class="button-row">
        <a href="/console/field/new" data-route class="button">
          {t.ask}
        </a>
        <a href="/console/field/after" data-route class="button-link">
          {t.afterLink}
        </a>
        {coordinator ? (
          <a href="/console/field/evaluation" data-route class="button-link">
            {text.evaluation.boardLink}
          </a>
        ) : null}
      </p>
      {body()}
    </>
  );
}

function Cards({ responses, program }: { responses: FieldResponse[]; program: ProgramForField }): JSX.Element {
  const t = useText().dispatch.board;
  const me = useAccount().responderId;
  return (
    <ul class="cards">
      {responses.map((response) => {
        const asksMe = response.members.some((member) => member.responderId === me && member.status === 'asked');
        return (
          <li
            key={response.id}
            class="card field-card"
            data-state={response.state}
            data-urgency={response.urgency}
            data-alias={response.alias}
          >
            <h3 class="card-title">
              <a href={`/console/field/${encodeURIComponent(response.id)}`} data-route>
                {fill(t.responseLink, { alias: response.alias })}
              </a>
            </h3>
            {asksMe ? <p class="attention">{t.asksYou}</p> : null}
            <Summary response={response} program={program} me={me} headingLevel={4} />
          </li>
        );
      })}
    </ul>
  );
}

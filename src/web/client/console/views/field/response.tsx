/**
 * One response (`/console/field/:id`), built for a phone first: what to do now at the top (answer
 * when asked; then my status, check in, need backup), the police-presence guidance one tap away,
 * the brief opened here with my key, the team, then what is recorded (emergency services with
 * consent, police contact), closing, and aftercare. The title and address carry only the alias and
 * id, never the place.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import type { Identity } from '@server/crypto/e2e';
import { useAnnounceChange } from '../../announce';
import { Failed, Status, ViewHeading } from '../../components';
import { isCoordinator, useAccount, useLang, useText } from '../../context';
import { currentIdentity, loadCrypto } from '../../keys';
import { useLive } from '../../live';
import { useLoad } from '../../load';
import { CarePanel } from './care';
import {
  getResponse,
  ON_TEAM,
  openBrief,
  programForField,
  shareBriefWithWaiting,
  type BriefContent,
  type FieldResponse,
  type ProgramForField,
} from './data';
import { AnswerPanel, OutPanel, PoliceGuidance } from './out';
import { OwnPhone } from './own-phone';
import { ClosePanel, RecordPanels } from './record';
import { memberStatus, Summary } from './summary';

type Detail =
  | { found: false }
  | {
      found: true;
      response: FieldResponse;
      program: ProgramForField;
      brief: BriefContent | undefined;
      briefUnreadable: boolean;
    };

async function loadDetail(id: string): Promise<Detail> {
  const [response, program] = await Promise.all([getResponse(id), programForField()]);
  if (!response) return { found: false };
  const me: Identity | undefined = currentIdentity();
  if (!response.brief || !me) return { found: true, response, program, brief: undefined, briefUnreadable: false };
  const brief = openBrief(await loadCrypto(), response.brief, me);
  return { found: true, response, program, brief, briefUnreadable: brief === undefined };
}

export function FieldResponseView({ id }: { id: string }): JSX.Element {
  const text = useText();
  const t = text.dispatch.response;
  const account = useAccount();
  const detail = useLoad(() => loadDetail(id), `field:${id}`);
  useLive(['dispatch', 'program'], detail.reload);
  const [status, setStatus] = useState('');
  // Announced once the page shows the change, so what is heard matches what is there.
  const done = (message: string) => void detail.reload().then(() => setStatus(message));

  const data = detail.data;
  const lang = useLang();
  useAnnounceChange(data?.found ? data.response : undefined, id, (before, now) =>
    teammatesSaid(before, now, account.responderId, (member) =>
      fill(t.teammateStatus, { name: member.name, status: memberStatus(member, text.dispatch, lang) }),
    ),
  );
  useShareWithLateJoiners(data, (names) => done(fill(t.briefShared, { names })));
  const title = data?.found ? fill(t.heading, { alias: data.response.alias }) : t.title;
  const body = (): JSX.Element => {
    if (!data) return detail.failed ? <Failed retry={detail.reload} /> : <Status message={text.shell.loading} />;
    if (!data.found) return <p>{t.notFound}</p>;
    const { response, program } = data;
    const me = response.members.find(
      (member) => member.responderId === account.responderId && member.status !== 'released',
    );
    const open = response.state === 'forming' || response.state === 'formed';
    // Recording, closing and aftercare are for the requester, who went (or is going), and coordinators:
    // someone only asked sees the facts and their answer.
    const onTheTeam = me !== undefined && ON_TEAM.includes(me.status);
    const involved = onTheTeam || response.requestedBy === account.responderId || isCoordinator(account);
    return (
      <>
        {me?.status === 'asked' && open ? (
          <AnswerPanel response={response} member={me} program={program} onDone={done} />
        ) : null}
        {me && ['accepted', 'on_the_way', 'on_scene', 'leaving'].includes(me.status) && open ? (
          <>
            <OutPanel response={response} member={me} program={program} onDone={done} />
            <OwnPhone onDone={setStatus} />
          </>
        ) : null}
        {open ? <PoliceGuidance response={response} program={program} /> : null}
        <section aria-labelledby="field-summary-heading">
          <h2 id="field-summary-heading" class="visually-hidden">
            {title}
          </h2>
          <Summary response={response} program={program} me={account.responderId} headingLevel={2} />
        </section>
        <Brief
          response={response}
          brief={data.brief}
          unreadable={data.briefUnreadable}
          mayRead={onTheTeam || response.requestedBy === account.responderId}
        />
        {involved && open ? (
          <p>
            <a
              href={`/console/members/plans?response=${encodeURIComponent(response.id)}`}
              data-route
              class="button-link"
            >
              {text.memberPlans.nav}
            </a>
          </p>
        ) : null}
        {involved && open ? <RecordPanels response={response} program={program} onDone={done} /> : null}
        {involved && open ? <ClosePanel response={response} program={program} onDone={done} /> : null}
        {involved && response.state !== 'forming' ? (
          <CarePanel response={response} program={program} onDone={done} />
        ) : null}
      </>
    );
  };

  return (
    <>
      <ViewHeading title={title}>{title}</ViewHeading>
      <p>
        <a href="/console/field" data-route>
          {t.allResponses}
        </a>
      </p>
      <Status message={status} />
      {body()}
    </>
  );
}

/**
 * Whoever holds the brief shares it, without being asked, with teammates who joined after it was
 * written (a late yes, someone who came on shift later, a new key): the team should not wait on
 * one person's console. Each waiting list is tried once, so a refusal cannot loop.
 */
function useShareWithLateJoiners(data: Detail | undefined, shared: (names: string) => void): void {
  const tried = useRef(new Set<string>());
  useEffect(() => {
    if (!data?.found || !data.brief) return;
    const { response } = data;
    const waiting = response.briefWaiting;
    const attempt = `${response.id}:${waiting.map((w) => `${w.responderId}.${w.keyId}`).join(',')}`;
    const me = currentIdentity();
    if (waiting.length === 0 || !me || tried.current.has(attempt)) return;
    tried.current.add(attempt);
    void (async () => {
      try {
        const names = await shareBriefWithWaiting(await loadCrypto(), me, response);
        if (names.length > 0) shared(names.join(', '));
      } catch {
        // Another reader's console will share it; this one tries again when the team changes.
      }
    })();
  }, [data]);
}

function Brief({
  response,
  brief,
  unreadable,
  mayRead,
}: {
  response: FieldResponse;
  brief: BriefContent | undefined;
  unreadable: boolean;
  mayRead: boolean;
}): JSX.Element {
  const t = useText().dispatch.response;
  const lang = useLang();
  const said = (): JSX.Element => {
    if (brief) {
      const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 6 });
      return (
        <dl class="facts brief">
          <div>
            <dt>{t.place}</dt>
            <dd class="brief-place">{brief.place}</dd>
          </div>
          {brief.point ? (
            <div>
              <dt>{t.mapPoint}</dt>
              <dd>{`${number.format(brief.point.lat)}, ${number.format(brief.point.lng)}`}</dd>
            </div>
          ) : null}
          {brief.notes ? (
            <div>
              <dt>{t.notes}</dt>
              <dd class="brief-notes">{brief.notes}</dd>
            </div>
          ) : null}
        </dl>
      );
    }
    if (unreadable) return <p class="notice">{t.briefCannotOpen}</p>;
    if (response.state === 'closed' || response.state === 'no_team') return <p>{t.briefGone}</p>;
    if (response.briefHeld === false) return <p>{t.noBrief}</p>;
    if (mayRead) return <p class="notice">{t.briefWaiting}</p>;
    return <p>{t.briefNotYet}</p>;
  };
  return (
    <section aria-labelledby="brief-heading">
      <h2 id="brief-heading">{t.briefHeading}</h2>
      {said()}
    </section>
  );
}

/** Teammates whose status changed since the last load (mine is said by my own status line), in words. */
function teammatesSaid(
  before: FieldResponse,
  now: FieldResponse,
  me: string,
  say: (member: FieldResponse['members'][number]) => string,
): string | undefined {
  const was = new Map(before.members.map((m) => [`${m.responderId}:${m.role}`, m.status]));
  const changed = now.members.filter(
    (m) => m.responderId !== me && m.status !== 'asked' && was.get(`${m.responderId}:${m.role}`) !== m.status,
  );
  return changed.length === 0 ? undefined : changed.map(say).join(' ');
}

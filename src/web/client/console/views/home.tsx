/** Home on a shift: the briefing first when I must read the plan, then notes for the shift, am I on call, am I on a break, what is on the line now, my next shifts. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { fill } from '../../../../i18n/catalog';
import { api } from '../api';
import { Failed, Status, ViewHeading } from '../components';
import { useLang, useText } from '../context';
import { useLive } from '../live';
import { useLoad } from '../load';
import { formatTime } from '../time';
import type { HomeText } from '../../../i18n/console/types';
import { FirstSteps } from './first-steps';
import { BriefingOnHome } from './home-briefing';
import { CareOnHome } from './home-care';
import { ShiftNotesOnHome } from './shift-notes/shift-notes';
import { MonthOnHome } from './load/month-on-home';
import { WaitingTexts } from './texts/waiting';
import { OfferShift, SwapsOnHome, useMySwaps } from './swaps/home-swaps';

export interface HomeData {
  timeZone: string;
  me: {
    id: string;
    name: string;
    roles: string[];
    status: string;
    onBreakSince: number | null;
    onCallNow: boolean;
    currentShift: ShiftTime | null;
  };
  nextShifts: ShiftTime[];
  live: LiveCall[];
}

export interface ShiftTime {
  /** ISO 8601 with the program's offset. */
  start: string;
  end: string;
  role: string;
  tier: 'primary' | 'backup';
}

export interface LiveCall {
  id: string;
  state: 'ringing' | 'connected';
  startedAt: number;
  language: string | null;
  acceptedBy: { id: string; name: string } | null;
  ringingMe: boolean;
}

export function HomeView(): JSX.Element {
  const text = useText();
  const t = text.home;
  const home = useLoad(() => api<HomeData>('GET', '/api/me/home'), 'home');
  useLive(['calls', 'shifts', 'roster'], home.reload);
  const swaps = useMySwaps();
  const [status, setStatus] = useState('');
  const lang = useLang();

  if (!home.data) {
    return (
      <>
        <ViewHeading title={t.title}>{t.title}</ViewHeading>
        {home.failed ? <Failed retry={home.reload} /> : <Status message={text.shell.loading} />}
      </>
    );
  }
  const { me, nextShifts, live, timeZone } = home.data;

  async function toggleBreak(): Promise<void> {
    try {
      await api(me.onBreakSince === null ? 'POST' : 'DELETE', '/api/me/break');
      setStatus(me.onBreakSince === null ? t.onBreak : t.onCallNow);
    } catch {
      setStatus(text.shell.failed);
    }
    home.reload();
  }

  return (
    <>
      <ViewHeading title={t.title}>{fill(t.heading, { name: me.name })}</ViewHeading>
      <BriefingOnHome timeZone={timeZone} onRead={home.reload} />
      <ShiftNotesOnHome timeZone={timeZone} />
      <FirstSteps />
      <section class="panel" aria-labelledby="status-heading">
        <h2 id="status-heading" class="visually-hidden">
          {t.title}
        </h2>
        <p class="lead">{statusLine(home.data, t, lang)}</p>
        <p class="hint" id="break-hint">
          {t.breakHint}
        </p>
        <button type="button" class="button secondary" aria-describedby="break-hint" onClick={() => void toggleBreak()}>
          {me.onBreakSince === null ? t.takeBreak : t.backFromBreak}
        </button>
        <Status message={status} />
      </section>
      <CareOnHome home={home.data} reload={home.reload} />
      <WaitingTexts />
      <LiveCalls calls={live} timeZone={timeZone} me={me.id} />
      <MonthOnHome />
      <section aria-labelledby="shifts-heading">
        <h2 id="shifts-heading">{t.nextShiftsHeading}</h2>
        <p>
          <a href="/console/calendar" data-route>
            {text.calendar.title}
          </a>
        </p>
        {nextShifts.length === 0 ? (
          <p>{t.nextShiftsNone}</p>
        ) : (
          <ul class="plain-list">
            {nextShifts.map((shift) => (
              <li key={`${shift.start}-${shift.role}`}>
                <ShiftLine shift={shift} timeZone={timeZone} />
                <OfferShift shift={shift} swaps={swaps} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <SwapsOnHome swaps={swaps} timeZone={timeZone} />
    </>
  );
}

function statusLine({ me, timeZone }: HomeData, t: HomeText, lang: string): string {
  if (me.onBreakSince !== null) return t.onBreak;
  if (!me.onCallNow) return t.notOnCall;
  return me.currentShift ? fill(t.onCallUntil, { end: formatTime(me.currentShift.end, lang, timeZone) }) : t.onCallNow;
}

function ShiftLine({ shift, timeZone }: { shift: ShiftTime; timeZone: string }): JSX.Element {
  const t = useText().home;
  const lang = useLang();
  const role = t.roles[shift.role] ?? shift.role;
  return (
    <>
      <time dateTime={shift.start}>{formatTime(shift.start, lang, timeZone, true)}</time>
      {' – '}
      <time dateTime={shift.end}>{formatTime(shift.end, lang, timeZone, true)}</time>
      {` · ${role}, ${shift.tier === 'primary' ? t.primary : t.backup}`}
    </>
  );
}

/** `me`: the person signed in; a team can be asked for only from a call they are on. */
export function LiveCalls({ calls, timeZone, me }: { calls: LiveCall[]; timeZone: string; me?: string }): JSX.Element {
  const t = useText().home;
  const askTeam = useText().dispatch.ask.title;
  const openPlan = useText().memberPlans.nav;
  const lang = useLang();
  return (
    <section aria-labelledby="live-heading">
      <h2 id="live-heading">{t.liveHeading}</h2>
      {calls.length === 0 ? (
        <p>{t.liveNone}</p>
      ) : (
        <ul class="cards">
          {calls.map((call) => (
            <li key={call.id} class="card" data-call-state={call.state}>
              <p class="card-title">
                {call.state === 'connected' && call.acceptedBy
                  ? fill(t.callConnected, { name: call.acceptedBy.name })
                  : call.ringingMe
                    ? t.callRingingYou
                    : t.callRinging}
              </p>
              <p class="hint">
                <time dateTime={new Date(call.startedAt).toISOString()}>
                  {formatTime(call.startedAt, lang, timeZone)}
                </time>
                {call.language ? ` · ${call.language}` : ''}
              </p>
              <p class="button-row">
                <a href={`/console/notes/new?call=${encodeURIComponent(call.id)}`} data-route class="button-link">
                  {t.writeNote}
                </a>
                {call.state === 'connected' && call.acceptedBy !== null && call.acceptedBy.id === me ? (
                  <>
                    <a href={`/console/field/new?call=${encodeURIComponent(call.id)}`} data-route class="button-link">
                      {askTeam}
                    </a>
                    <a
                      href={`/console/members/plans?call=${encodeURIComponent(call.id)}`}
                      data-route
                      class="button-link"
                    >
                      {openPlan}
                    </a>
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

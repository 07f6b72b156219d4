/**
 * The line now, for coordinators: calls ringing and in progress, who is on call and who is on a
 * break, refetched whenever the server says calls, the roster or shifts changed. Nothing about
 * callers is shown because the API has nothing about them to give.
 */
import type { JSX } from 'preact';
import { fill } from '../../../../../i18n/catalog';
import { api } from '../../api';
import { Failed, ViewHeading } from '../../components';
import { useLang, useText } from '../../context';
import { useLive } from '../../live';
import { useLoad } from '../../load';
import { formatTime } from '../../time';
import { languageName, NotYet } from './parts';
import type { CallNow, OnCall, Program, Responder } from './types';

export function LiveView(): JSX.Element {
  const text = useText();
  const t = text.coordinate.live;
  const lang = useLang();
  const calls = useLoad(() => api<CallNow[]>('GET', '/api/calls/live'), 'calls');
  const onCall = useLoad(() => api<OnCall[]>('GET', '/api/on-call'), 'on-call');
  const roster = useLoad(() => api<Responder[]>('GET', '/api/responders'), 'roster');
  const program = useLoad(() => api<Program>('GET', '/api/program'), 'program');
  useLive(['calls'], calls.reload);
  useLive(['shifts', 'roster'], onCall.reload);
  useLive(['roster'], roster.reload);
  useLive(['program'], program.reload);

  if (!program.data || !roster.data) {
    return (
      <NotYet
        title={t.title}
        failed={program.failed || roster.failed}
        retry={() => (program.reload(), roster.reload())}
      />
    );
  }
  const { timeZone } = program.data;
  const people = roster.data;
  const nameOf = (id: string | null) => people.find((r) => r.id === id)?.name;
  const onBreak = people.filter((r) => r.onBreakSince);
  const live = calls.data?.filter((call) => call.state !== 'ended');

  return (
    <>
      <ViewHeading title={t.title}>{t.heading}</ViewHeading>
      <p>{t.intro}</p>
      <section aria-labelledby="calls-heading">
        <h2 id="calls-heading">{t.callsHeading}</h2>
        {calls.failed ? <Failed retry={calls.reload} /> : null}
        {/* Read out as calls come, ring and are taken: this page is watched, not read once. */}
        <div aria-live="polite">
          {live && live.length === 0 ? <p>{t.callsNone}</p> : null}
          {live && live.length > 0 ? (
            <ul class="cards" id="live-calls">
              {live.map((call) => {
                const who = nameOf(call.acceptedBy);
                const state =
                  call.state === 'connected'
                    ? who
                      ? fill(t.connected, { name: who })
                      : t.connectedUnknown
                    : call.state === 'ringing'
                      ? t.ringing
                      : t.greeting;
                return (
                  <li key={call.id} class="card" data-call-state={call.state}>
                    <p class="card-title">{state}</p>
                    <p class="hint">
                      <time dateTime={new Date(call.startedAt).toISOString()}>
                        {fill(t.since, { time: formatTime(call.startedAt, lang, timeZone) })}
                      </time>
                      {call.language ? ` · ${fill(t.language, { language: languageName(call.language, lang) })}` : ''}
                    </p>
                  </li>
                );
              })}
            </ul>
          ) : null}
        </div>
      </section>
      <section aria-labelledby="on-call-heading">
        <h2 id="on-call-heading">{t.onCallHeading}</h2>
        {onCall.failed ? <Failed retry={onCall.reload} /> : null}
        {onCall.data && onCall.data.length === 0 ? <p>{t.onCallNone}</p> : null}
        {onCall.data && onCall.data.length > 0 ? (
          <ul class="plain-list" id="on-call-list">
            {onCall.data.map((entry) => {
              const responder = people.find((r) => r.id === entry.responderId);
              const notes = [
                entry.status === 'paused' ? t.paused : '',
                responder?.onBreakSince ? t.onBreak : '',
              ].filter(Boolean);
              return (
                <li key={`${entry.responderId}-${entry.role}-${entry.tier}`}>
                  <strong>{entry.name}</strong>
                  {` · ${text.coordinate.common.roles[entry.role]}, ${entry.tier === 'primary' ? text.coordinate.common.primary : text.coordinate.common.backup}`}
                  {` · ${fill(t.until, { time: formatTime(Date.parse(entry.until), lang, timeZone) })}`}
                  {notes.length > 0 ? <span class="attention"> · {notes.join(', ')}</span> : null}
                </li>
              );
            })}
          </ul>
        ) : null}
      </section>
      <section aria-labelledby="breaks-heading">
        <h2 id="breaks-heading">{t.breaksHeading}</h2>
        {onBreak.length === 0 ? (
          <p>{t.breaksNone}</p>
        ) : (
          <ul class="plain-list" id="break-list">
            {onBreak.map((r) => (
              <li key={r.id}>
                <strong>{r.name}</strong>
                {` · ${fill(text.coordinate.team.onBreak, { time: formatTime(r.onBreakSince ?? 0, lang, timeZone) })}`}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/**
 * "Swaps and time away" (issue 17): anyone asks for time away here (a stretch and, if they like, a
 * reason category — never free text) and sees their requests; coordinators also see what waits
 * for them — takes of offered shifts and time away, with the gap in opening hours time away would
 * open — and say yes or no.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import type { AwayView, MySwapsView, OfferView, PendingView } from '@server/rota/swaps/schema';
import type { AwayReason } from '@server/rota/swaps/reasons';
import { announce } from '../../announce';
import { api, ApiError } from '../../api';
import { Choice, ErrorSummary, Failed, Field, Status, ViewHeading, type Problem } from '../../components';
import { isCoordinator, useAccount, useLang, useText } from '../../context';
import { useLive } from '../../live';
import { useLoad } from '../../load';
import { formatTime } from '../../time';

function when(item: { start: string; end: string }, lang: string, timeZone: string): string {
  return `${formatTime(item.start, lang, timeZone, true)} – ${formatTime(item.end, lang, timeZone, true)}`;
}

export function SwapsView(): JSX.Element {
  const text = useText();
  const coordinator = isCoordinator(useAccount());
  const mine = useLoad(() => api<MySwapsView>('GET', '/api/me/swaps'), 'my-swaps');
  useLive(['shifts', 'roster'], mine.reload);
  return (
    <>
      <ViewHeading title={text.swaps.nav}>{text.swaps.nav}</ViewHeading>
      {coordinator ? <Pending /> : null}
      <AskAway onDone={mine.reload} />
      {mine.data ? (
        <MyRequests data={mine.data} reload={mine.reload} />
      ) : mine.failed ? (
        <Failed retry={mine.reload} />
      ) : (
        <Status message={text.shell.loading} />
      )}
    </>
  );
}

function Pending(): JSX.Element {
  const text = useText();
  const t = text.swaps.pending;
  const lang = useLang();
  const pending = useLoad(() => api<PendingView>('GET', '/api/swaps/pending'), 'swaps-pending');
  useLive(['shifts', 'roster'], pending.reload);

  async function decide(kind: 'offers' | 'away', id: string, approve: boolean): Promise<void> {
    try {
      await api('POST', `/api/swaps/${kind}/${id}/decision`, { approve });
      announce(approve ? t.approved : t.declined);
    } catch (error) {
      announce(error instanceof ApiError && error.status === 409 ? t.gone : text.shell.failed);
    }
    document.getElementById('pending-heading')?.focus();
    pending.reload();
  }

  const buttons = (kind: 'offers' | 'away', id: string, about: string) => (
    <p class="button-row">
      <button type="button" class="button" onClick={() => void decide(kind, id, true)}>
        {t.approve}
        <span class="visually-hidden">{` · ${about}`}</span>
      </button>
      <button type="button" class="button secondary" onClick={() => void decide(kind, id, false)}>
        {t.decline}
        <span class="visually-hidden">{` · ${about}`}</span>
      </button>
    </p>
  );

  if (!pending.data)
    return pending.failed ? <Failed retry={pending.reload} /> : <Status message={text.shell.loading} />;
  const { offers, away, timeZone } = pending.data;
  const offerLine = (o: OfferView) =>
    fill(t.offerLine, { taker: o.taker?.name ?? '', giver: o.giver.name, role: text.home.roles[o.role] ?? o.role });
  const awayLine = (a: AwayView) => fill(t.awayLine, { name: a.responder.name });
  return (
    <section aria-labelledby="pending-heading">
      <h2 id="pending-heading" tabIndex={-1}>
        {t.heading}
      </h2>
      {offers.length + away.length === 0 ? <p>{t.none}</p> : null}
      <ul class="cards">
        {offers.map((o) => (
          <li key={o.id} class="card">
            <p class="card-title">{offerLine(o)}</p>
            <p>{when(o, lang, timeZone)}</p>
            {buttons('offers', o.id, offerLine(o))}
          </li>
        ))}
        {away.map((a) => (
          <li key={a.id} class="card">
            <p class="card-title">{awayLine(a)}</p>
            <p>{when(a, lang, timeZone)}</p>
            {a.reason ? <p class="hint">{fill(t.reason, { reason: text.swaps.away.reasons[a.reason] })}</p> : null}
            {a.gaps.length === 0 ? (
              <p>{t.noGaps}</p>
            ) : (
              <>
                <p>{t.gaps}</p>
                <ul>
                  {a.gaps.map((g) => (
                    <li key={g.start}>{when(g, lang, timeZone)}</li>
                  ))}
                </ul>
              </>
            )}
            {buttons('away', a.id, awayLine(a))}
          </li>
        ))}
      </ul>
    </section>
  );
}

type ReasonChoice = AwayReason | 'none';
/** The server's categories (src/rota/swaps/reasons.ts), in the order offered; the type keeps them in step. */
const AWAY_REASONS: readonly AwayReason[] = ['rest', 'health', 'family', 'travel', 'other'];

function AskAway({ onDone }: { onDone: () => void }): JSX.Element {
  const text = useText();
  const t = text.swaps.away;
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [reason, setReason] = useState<ReasonChoice>('none');
  const [problems, setProblems] = useState<Problem[]>([]);

  async function send(event: Event): Promise<void> {
    event.preventDefault();
    if (from === '' || to === '' || to <= from) {
      setProblems([{ field: from === '' ? 'away-from' : 'away-to', message: t.error }]);
      return;
    }
    try {
      const made = await api<AwayView>('POST', '/api/me/away-requests', {
        start: from,
        end: to,
        ...(reason === 'none' ? {} : { reason }),
      });
      setProblems([]);
      setFrom('');
      setTo('');
      setReason('none');
      announce(made.state === 'approved' ? t.sentApproved : t.sentPending);
      document.getElementById('away-mine-heading')?.focus();
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) setProblems([{ field: 'away-from', message: t.error }]);
      else announce(text.shell.failed);
    }
    onDone();
  }

  const error = (field: string) => problems.find((p) => p.field === field)?.message;
  return (
    <section aria-labelledby="away-ask-heading">
      <h2 id="away-ask-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      <form onSubmit={(event) => void send(event)} noValidate>
        <ErrorSummary problems={problems} />
        {(['from', 'to'] as const).map((which) => (
          <Field key={which} id={`away-${which}`} label={t[which]} hint={t.timesHint} error={error(`away-${which}`)}>
            {(describedBy, invalid) => (
              <input
                type="datetime-local"
                id={`away-${which}`}
                value={which === 'from' ? from : to}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onInput={(event) => (which === 'from' ? setFrom : setTo)(event.currentTarget.value)}
              />
            )}
          </Field>
        ))}
        <Choice<ReasonChoice>
          name="away-reason"
          legend={t.reasonLegend}
          hint={t.reasonHint}
          options={(['none', ...AWAY_REASONS] as ReasonChoice[]).map((value) => ({ value, label: t.reasons[value] }))}
          value={reason}
          onChange={setReason}
        />
        <button type="submit" class="button">
          {t.send}
        </button>
      </form>
    </section>
  );
}

function MyRequests({ data, reload }: { data: MySwapsView; reload: () => void }): JSX.Element {
  const text = useText();
  const t = text.swaps.away;
  const lang = useLang();
  async function withdraw(id: string): Promise<void> {
    try {
      await api('DELETE', `/api/me/away-requests/${id}`);
      announce(t.withdrawn);
    } catch {
      announce(text.swaps.pending.gone);
    }
    document.getElementById('away-mine-heading')?.focus();
    reload();
  }
  return (
    <section aria-labelledby="away-mine-heading">
      <h2 id="away-mine-heading" tabIndex={-1}>
        {t.mineHeading}
      </h2>
      {data.away.length === 0 ? (
        <p>{t.mineNone}</p>
      ) : (
        <ul class="plain-list">
          {data.away.map((a) => (
            <li key={a.id}>
              <p class="shift-line">{when(a, lang, data.timeZone)}</p>
              <p class="hint">{t.states[a.state]}</p>
              {a.state === 'pending' ? (
                <button type="button" class="button secondary" onClick={() => void withdraw(a.id)}>
                  {t.withdraw}
                  <span class="visually-hidden">{` · ${when(a, lang, data.timeZone)}`}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

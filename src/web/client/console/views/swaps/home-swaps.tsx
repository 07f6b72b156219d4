/**
 * Home's part in swaps (issue 17): the shifts I could take, with "Take it"; "Offer this shift" on each
 * of my next shifts (whole, or a part by changing the times); my own offers, with "Take back". What
 * happened is said through the console's one live region, and focus moves to what replaced the
 * button pressed, so a keyboard user is never left on nothing.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import type { MySwapsView, OfferView } from '@server/rota/swaps/schema';
import { announce } from '../../announce';
import { api, ApiError } from '../../api';
import { ErrorSummary, Field, type Problem } from '../../components';
import { useLang, useText } from '../../context';
import { useLive } from '../../live';
import { useLoad, type Loaded } from '../../load';
import { formatTime } from '../../time';
import type { ShiftTime } from '../home';

export function useMySwaps(): Loaded<MySwapsView> {
  const swaps = useLoad(() => api<MySwapsView>('GET', '/api/me/swaps'), 'my-swaps');
  useLive(['shifts', 'roster'], swaps.reload);
  return swaps;
}

/** Moves focus to `id` once it is on the page (after the reload that shows it). */
function useFocusSoon(): (id: string) => void {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (target === null) return;
    const element = document.getElementById(target);
    if (element) {
      element.focus();
      setTarget(null);
    }
  });
  return setTarget;
}

function Stretch({ start, end, timeZone }: { start: string; end: string; timeZone: string }): JSX.Element {
  const lang = useLang();
  return (
    <>
      <time dateTime={start}>{formatTime(start, lang, timeZone, true)}</time>
      {' – '}
      <time dateTime={end}>{formatTime(end, lang, timeZone, true)}</time>
    </>
  );
}

/** Words for a refusal of a take or an offer, from the API's `facts.why`. */
function refusal(error: unknown, t: ReturnType<typeof useText>): string {
  if (!(error instanceof ApiError)) return t.shell.failed;
  if (error.status === 409 && error.facts?.why === 'gone') return t.swaps.home.gone;
  if (error.status === 409 || error.status === 404) return t.swaps.home.cannotTake;
  return t.shell.failed;
}

export function SwapsOnHome({ swaps, timeZone }: { swaps: Loaded<MySwapsView>; timeZone: string }): JSX.Element | null {
  const text = useText();
  const t = text.swaps.home;
  const lang = useLang();
  const focusSoon = useFocusSoon();
  if (!swaps.data) return null;
  const { toTake, mine } = swaps.data;

  async function take(offer: OfferView): Promise<void> {
    try {
      const { state } = await api<{ state: 'taken' | 'pending' }>('POST', `/api/offers/${offer.id}/take`);
      announce(state === 'taken' ? t.taken : t.takenPending);
    } catch (error) {
      announce(refusal(error, text));
    }
    focusSoon('swaps-take-heading');
    swaps.reload();
  }
  async function withdraw(offer: OfferView): Promise<void> {
    try {
      await api('DELETE', `/api/me/offers/${offer.id}`);
      announce(t.withdrawn);
    } catch (error) {
      announce(refusal(error, text));
    }
    focusSoon('swaps-mine-heading');
    swaps.reload();
  }
  const role = (offer: OfferView) => text.home.roles[offer.role] ?? offer.role;

  return (
    <section aria-labelledby="swaps-heading">
      <h2 id="swaps-heading">{t.heading}</h2>
      <h3 id="swaps-take-heading" tabIndex={-1}>
        {t.toTakeHeading}
      </h3>
      {toTake.length === 0 ? (
        <p>{t.toTakeNone}</p>
      ) : (
        <ul class="cards">
          {toTake.map((offer) => (
            <li key={offer.id} class="card">
              <p class="card-title">
                {fill(t.offeredBy, {
                  name: offer.giver.name,
                  when: `${formatTime(offer.start, lang, timeZone, true)} – ${formatTime(offer.end, lang, timeZone, true)}`,
                })}
              </p>
              <p class="hint">{`${role(offer)}, ${offer.tier === 'primary' ? text.home.primary : text.home.backup}`}</p>
              <button type="button" class="button" onClick={() => void take(offer)}>
                {t.take}
                <span class="visually-hidden">{` · ${formatTime(offer.start, lang, timeZone, true)}`}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {mine.length > 0 ? (
        <>
          <h3 id="swaps-mine-heading" tabIndex={-1}>
            {t.mineHeading}
          </h3>
          <ul class="plain-list">
            {mine.map((offer) => (
              <li key={offer.id}>
                <p class="shift-line">
                  <Stretch start={offer.start} end={offer.end} timeZone={timeZone} />
                  {` · ${role(offer)}`}
                </p>
                <p class="hint">
                  {offer.state === 'pending' ? fill(t.pendingBy, { name: offer.taker?.name ?? '' }) : t.open}
                </p>
                {offer.state === 'open' ? (
                  <button type="button" class="button secondary" onClick={() => void withdraw(offer)}>
                    {t.withdraw}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <a href="/console/swaps" data-route>
          {t.awayLink}
        </a>
      </p>
    </section>
  );
}

/** "Offer this shift" beside one of my next shifts: the whole of it, or a part by changing the times. */
export function OfferShift({ shift, swaps }: { shift: ShiftTime; swaps: Loaded<MySwapsView> }): JSX.Element | null {
  const text = useText();
  const t = text.swaps.home;
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const [from, setFrom] = useState(shift.start.slice(0, 16));
  const [to, setTo] = useState(shift.end.slice(0, 16));
  const [problems, setProblems] = useState<Problem[]>([]);
  const focusSoon = useFocusSoon();
  const key = `offer-${shift.start.slice(0, 16).replace(/\D/g, '')}-${shift.role}`;
  const offered = (swaps.data?.mine ?? []).some((o) => o.start < shift.end && shift.start < o.end);
  if (offered || !swaps.data) return null;
  const timeZone = swaps.data.timeZone;
  const described = formatTime(shift.start, lang, timeZone, true);

  async function send(event: Event): Promise<void> {
    event.preventDefault();
    try {
      const made = await api<{ told: number }>('POST', '/api/me/offers', { start: from, end: to });
      announce(fill(t.offered, { count: String(made.told) }));
      setOpen(false);
      setProblems([]);
      focusSoon('swaps-mine-heading');
      swaps.reload();
    } catch (error) {
      if (error instanceof ApiError && error.status === 422)
        setProblems([{ field: `${key}-from`, message: t.partError }]);
      else announce(refusal(error, text));
    }
  }

  if (!open)
    return (
      <button
        type="button"
        class="button secondary"
        id={`${key}-button`}
        onClick={() => (setOpen(true), focusSoon(`${key}-from`))}
      >
        {t.offer}
        <span class="visually-hidden">{` · ${described}`}</span>
      </button>
    );
  return (
    <form class="card" onSubmit={(event) => void send(event)} aria-label={`${t.offer} · ${described}`}>
      <ErrorSummary problems={problems} />
      <p class="hint" id={`${key}-hint`}>
        {t.offerHint}
      </p>
      <Field id={`${key}-from`} label={t.offerFrom} error={problems[0]?.message}>
        {(describedBy, invalid) => (
          <input
            type="datetime-local"
            id={`${key}-from`}
            value={from}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onInput={(event) => setFrom(event.currentTarget.value)}
          />
        )}
      </Field>
      <Field id={`${key}-to`} label={t.offerTo}>
        {(describedBy) => (
          <input
            type="datetime-local"
            id={`${key}-to`}
            value={to}
            aria-describedby={describedBy}
            onInput={(event) => setTo(event.currentTarget.value)}
          />
        )}
      </Field>
      <p class="button-row">
        <button type="submit" class="button">
          {t.offerSend}
        </button>
        <button
          type="button"
          class="button secondary"
          onClick={() => (setOpen(false), setProblems([]), focusSoon(`${key}-button`))}
        >
          {t.cancel}
        </button>
      </p>
    </form>
  );
}

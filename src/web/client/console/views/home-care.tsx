/**
 * Home's part in looking after the team (issue 17): "I need to step back" while on shift, "Mark my
 * last call hard", the cool-down on offer, and until when a break that ends by itself lasts.
 * Results are said through the console's one live region (announce.tsx); focus moves to what
 * replaced the button pressed, so a keyboard user is never left on nothing.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../../../i18n/catalog';
import { announce } from '../announce';
import { api } from '../api';
import { useLang, useText } from '../context';
import { formatTime } from '../time';
import type { HomeData } from './home';

/** The fields of `GET /api/me/home` this part reads (src/home/routes.ts). */
interface CareFields {
  me: HomeData['me'] & { breakUntil?: number | null; breakKind?: 'step-back' | 'cool-down' | null };
  coolDown?: { minutes: number; why: 'hard' | 'long'; support: { id: string; name: string }[] } | null;
}

export function CareOnHome({ home, reload }: { home: HomeData; reload: () => void }): JSX.Element {
  const text = useText();
  const t = text.careTime.home;
  const lang = useLang();
  const { me, coolDown, timeZone } = home as HomeData & CareFields;
  const [confirming, setConfirming] = useState(false);
  const [focusOn, setFocusOn] = useState<'confirm' | 'until' | 'hard' | 'offer' | null>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const untilRef = useRef<HTMLParagraphElement>(null);
  const hardRef = useRef<HTMLButtonElement>(null);
  const offerRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const target = { confirm: confirmRef, until: untilRef, hard: hardRef, offer: offerRef }[focusOn ?? 'confirm'];
    if (focusOn && target.current) {
      target.current.focus();
      setFocusOn(null);
    }
  });

  const until = me.breakUntil ?? null;
  const untilLine =
    until !== null && me.onBreakSince !== null
      ? fill(me.breakKind === 'cool-down' ? t.coolingDown : t.steppedBack, { time: formatTime(until, lang, timeZone) })
      : null;
  const onShift = me.currentShift !== null && me.onBreakSince === null;

  async function act(run: () => Promise<string>, then: typeof focusOn): Promise<void> {
    try {
      announce(await run());
      setFocusOn(then);
    } catch {
      announce(text.shell.failed);
    }
    reload();
  }
  const stepBack = () =>
    act(async () => {
      const { until: end } = await api<{ until: number }>('POST', '/api/me/step-back');
      setConfirming(false);
      return fill(t.steppedBack, { time: formatTime(end, lang, timeZone) });
    }, 'until');
  const markHard = () =>
    act(async () => {
      await api('POST', '/api/me/hard');
      return t.markedHard;
    }, 'offer');
  const take = () =>
    act(async () => {
      const { until: end } = await api<{ until: number }>('POST', '/api/me/cool-down');
      return fill(t.coolingDown, { time: formatTime(end, lang, timeZone) });
    }, 'until');
  const notNow = () =>
    act(async () => {
      await api('DELETE', '/api/me/cool-down');
      return t.offerClosed;
    }, 'hard');

  return (
    <section class="panel" aria-label={t.stepBack}>
      {untilLine ? (
        <p class="lead" id="care-until" tabIndex={-1} ref={untilRef}>
          {untilLine}
        </p>
      ) : null}
      {coolDown ? (
        <div class="card" id="cool-down-offer">
          <h2 tabIndex={-1} ref={offerRef}>
            {t.offerHeading}
          </h2>
          <p>{fill(coolDown.why === 'hard' ? t.offerHard : t.offerLong, { minutes: String(coolDown.minutes) })}</p>
          <p>
            {coolDown.support.length > 0
              ? fill(t.offerSupport, { names: coolDown.support.map((p) => p.name).join(', ') })
              : t.offerNoSupport}
          </p>
          <p class="button-row">
            <button type="button" class="button" onClick={() => void take()}>
              {fill(t.take, { minutes: String(coolDown.minutes) })}
            </button>
            <button type="button" class="button secondary" onClick={() => void notNow()}>
              {t.notNow}
            </button>
          </p>
        </div>
      ) : null}
      {onShift && !confirming ? (
        <>
          <p class="hint" id="step-back-hint">
            {t.stepBackHint}
          </p>
          <button
            type="button"
            class="button secondary"
            aria-describedby="step-back-hint"
            onClick={() => (setConfirming(true), setFocusOn('confirm'))}
          >
            {t.stepBack}
          </button>
        </>
      ) : null}
      {onShift && confirming ? (
        <div role="group" aria-labelledby="step-back-confirm">
          <p id="step-back-confirm" tabIndex={-1} ref={confirmRef}>
            {t.stepBackConfirm}
          </p>
          <p class="button-row">
            <button type="button" class="button" onClick={() => void stepBack()}>
              {t.stepBackYes}
            </button>
            <button type="button" class="button secondary" onClick={() => setConfirming(false)}>
              {t.stepBackNo}
            </button>
          </p>
        </div>
      ) : null}
      {me.currentShift !== null ? (
        <>
          <p class="hint" id="mark-hard-hint">
            {t.markHardHint}
          </p>
          <button
            type="button"
            class="button secondary"
            aria-describedby="mark-hard-hint"
            ref={hardRef}
            onClick={() => void markHard()}
          >
            {t.markHard}
          </button>
        </>
      ) : null}
    </section>
  );
}

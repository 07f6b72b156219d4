/**
 * The shift-start briefing on Home (issue 17): when I must read the emergency plan before I am rung
 * (or before my next shift), it comes first, with "I have read it". The plan is plain text about
 * the team, shown as text, never as markup. The result is said through the console's one live
 * region; focus moves to the line that replaced the button, so a keyboard user is never left on nothing.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../../../i18n/catalog';
import { announce } from '../announce';
import { api, ApiError } from '../api';
import { useLang, useText } from '../context';
import { useLive } from '../live';
import { useLoad } from '../load';
import { formatTime } from '../time';

/** `GET /api/me/briefing` (src/rota/briefing/schema.ts). */
export interface MyBriefing {
  plan: { text: string; version: number; versionAt: number | null };
  due: boolean;
  onCall: boolean;
  briefedVersion: number;
}

export function BriefingOnHome({ timeZone, onRead }: { timeZone: string; onRead: () => void }): JSX.Element | null {
  const text = useText();
  const t = text.briefing.home;
  const lang = useLang();
  const briefing = useLoad(() => api<MyBriefing>('GET', '/api/me/briefing'), 'briefing');
  useLive(['program', 'roster', 'shifts'], briefing.reload);
  const [readNow, setReadNow] = useState(false);
  const doneRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (readNow) doneRef.current?.focus();
  }, [readNow]);

  const data = briefing.data;
  if (readNow) {
    return (
      <p class="lead" tabIndex={-1} ref={doneRef}>
        {t.done}
      </p>
    );
  }
  if (!data?.due) return null;
  const { plan } = data;

  async function read(version: number): Promise<void> {
    try {
      await api('POST', '/api/me/briefing', { version });
      announce(t.done);
      setReadNow(true);
      onRead();
    } catch (error) {
      announce(error instanceof ApiError && error.status === 409 ? t.changed : text.shell.failed);
      briefing.reload();
    }
  }

  return (
    <section class="panel" aria-labelledby="briefing-heading">
      <h2 id="briefing-heading">{t.heading}</h2>
      <p class="lead">{data.onCall ? t.dueOnCall : t.dueNext}</p>
      {plan.versionAt === null ? null : (
        <p class="hint">
          {fill(t.version, { version: plan.version, time: formatTime(plan.versionAt, lang, timeZone, true) })}
        </p>
      )}
      {/* A string child is a text node: whatever the coordinator typed cannot become markup. */}
      <div class="plan-text">{plan.text}</div>
      <button type="button" class="button" onClick={() => void read(plan.version)}>
        {t.read}
      </button>
    </section>
  );
}

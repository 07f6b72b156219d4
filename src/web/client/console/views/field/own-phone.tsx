/**
 * "This is my own phone": a field member out on a response can keep this console signed in while
 * they are out, so a check-in or the brief never waits on a passphrase typed on scene. It marks this
 * session only (a desk left open still signs itself out), and only while they are out; the 12 hours
 * every session lasts still hold (src/auth/sessions/service.ts). Off unless they choose it.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../../api';
import { useText } from '../../context';
import { useLoad } from '../../load';

interface SessionAnswer {
  session: { keptWhileOut: boolean } | null;
}

const keptNow = async (): Promise<boolean> =>
  (await api<SessionAnswer>('GET', '/api/session')).session?.keptWhileOut ?? false;

export function OwnPhone({ onDone }: { onDone: (message: string) => void }): JSX.Element | null {
  const t = useText().dispatch.response;
  const kept = useLoad(keptNow, 'session:kept-while-out');
  const [failed, setFailed] = useState(false);
  if (kept.data === undefined) return null;

  async function change(keep: boolean): Promise<void> {
    setFailed(false);
    try {
      await api('PUT', '/api/session/kept-while-out', { keep });
      kept.reload();
      onDone(keep ? t.ownPhoneOn : t.ownPhoneOff);
    } catch {
      setFailed(true);
    }
  }

  return (
    <div class="field own-phone">
      <div class="checkbox">
        <input
          type="checkbox"
          id="own-phone"
          name="own-phone"
          checked={kept.data}
          aria-describedby="own-phone-hint"
          onChange={(event) => void change(event.currentTarget.checked)}
        />
        <div>
          <label for="own-phone">{t.ownPhoneLabel}</label>
          <p class="hint option-hint" id="own-phone-hint">
            {t.ownPhoneHint}
          </p>
        </div>
      </div>
      {failed ? <p role="alert">{t.errors.failed}</p> : null}
    </div>
  );
}

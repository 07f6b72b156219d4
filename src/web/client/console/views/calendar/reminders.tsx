/**
 * When and how a reminder comes before a shift (a lead time from the server's list, or a time the
 * evening before; by text, by push), and push on this very device, saying plainly when it cannot.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../../api';
import { Choice, Failed, Field, Status } from '../../components';
import { useText } from '../../context';
import { useLoad } from '../../load';
import { pushHere, stopPushHere } from '../../push';
import type { CalendarText } from '../../../../i18n/console/calendar-types';

type LeadKey = keyof CalendarText['leads'];
const LEADS: LeadKey[] = ['15', '30', '60', '120', '240', '720'];

interface Settings {
  lead: { kind: 'before'; minutes: number } | { kind: 'evening'; at: string };
  bySms: boolean;
  byPush: boolean;
  pushHere: boolean;
  vapidPublicKey: string;
}

export function Reminders(): JSX.Element {
  const text = useText();
  const settings = useLoad(() => api<Settings>('GET', '/api/me/reminders'), 'reminders');
  if (!settings.data)
    return settings.failed ? <Failed retry={settings.reload} /> : <Status message={text.shell.loading} />;
  return (
    <>
      <ReminderForm key={JSON.stringify(settings.data.lead)} settings={settings.data} />
      <ThisDevice settings={settings.data} reload={settings.reload} />
    </>
  );
}

function ReminderForm({ settings }: { settings: Settings }): JSX.Element {
  const text = useText();
  const t = text.calendar;
  const [when, setWhen] = useState<LeadKey | 'evening'>(
    settings.lead.kind === 'evening' ? 'evening' : (String(settings.lead.minutes) as LeadKey),
  );
  const [at, setAt] = useState(settings.lead.kind === 'evening' ? settings.lead.at : '20:00');
  const [bySms, setBySms] = useState(settings.bySms);
  const [byPush, setByPush] = useState(settings.byPush);
  const [status, setStatus] = useState('');

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    const lead = when === 'evening' ? { kind: 'evening', at } : { kind: 'before', minutes: Number(when) };
    try {
      await api('PUT', '/api/me/reminders', { lead, bySms, byPush });
      setStatus(t.saved);
    } catch {
      setStatus(text.shell.failed);
    }
  }

  return (
    <form class="panel" aria-labelledby="remind-heading" onSubmit={(event) => void save(event)}>
      <h2 id="remind-heading">{t.remindHeading}</h2>
      <Choice
        name="remind-when"
        legend={t.whenLegend}
        options={[
          ...LEADS.map((value) => ({ value, label: t.leads[value] })),
          { value: 'evening' as const, label: t.evening },
        ]}
        value={when}
        onChange={setWhen}
      />
      {when === 'evening' ? (
        <Field id="remind-at" label={t.eveningAt.label} hint={t.eveningAt.hint}>
          {(describedBy) => (
            <input
              type="time"
              id="remind-at"
              min="12:00"
              max="23:45"
              step={900}
              value={at}
              aria-describedby={describedBy}
              onChange={(event) => setAt(event.currentTarget.value)}
            />
          )}
        </Field>
      ) : null}
      <fieldset class="field">
        <legend>{t.howLegend}</legend>
        <Check id="remind-sms" label={t.bySms} checked={bySms} onChange={setBySms} />
        <Check id="remind-push" label={t.byPush} checked={byPush} onChange={setByPush} />
      </fieldset>
      <button type="submit" class="button">
        {t.save}
      </button>
      <Status message={status} />
    </form>
  );
}

function Check(props: { id: string; label: string; checked: boolean; onChange: (on: boolean) => void }): JSX.Element {
  return (
    <div class="checkbox">
      <input
        type="checkbox"
        id={props.id}
        checked={props.checked}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <label for={props.id}>{props.label}</label>
    </div>
  );
}

function ThisDevice({ settings, reload }: { settings: Settings; reload: () => void }): JSX.Element {
  const text = useText();
  const t = text.calendar;
  const [status, setStatus] = useState('');
  const [cannot, setCannot] = useState<string | undefined>();
  const [working, setWorking] = useState(false);

  async function turnOn(): Promise<void> {
    setWorking(true);
    const outcome = await pushHere(settings.vapidPublicKey);
    setWorking(false);
    if (outcome === 'on') {
      setCannot(undefined);
      setStatus(t.hereOn);
      reload();
    } else {
      setStatus('');
      setCannot(t.cannot[outcome]);
    }
  }

  async function turnOff(): Promise<void> {
    setWorking(true);
    try {
      await stopPushHere();
      setStatus(t.hereOff);
    } catch {
      setStatus(text.shell.failed);
    }
    setWorking(false);
    reload();
  }

  return (
    <section class="panel" aria-labelledby="device-heading">
      <h2 id="device-heading">{t.deviceHeading}</h2>
      <p>{settings.pushHere ? t.deviceOn : t.deviceOff}</p>
      {cannot === undefined ? null : (
        <p class="warning" id="push-cannot">
          {cannot}
        </p>
      )}
      <button
        type="button"
        class={settings.pushHere ? 'button secondary' : 'button'}
        disabled={working}
        onClick={() => void (settings.pushHere ? turnOff() : turnOn())}
      >
        {settings.pushHere ? t.stopHere : t.remindHere}
      </button>
      <Status message={status} />
    </section>
  );
}

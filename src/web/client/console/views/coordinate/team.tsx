/**
 * The roster, for coordinators: everyone on the team with their number (coordinators only),
 * languages, roles and whether they can be rung; adding, changing, pausing, inviting, signing
 * out a lost device, resetting a sign-in and removing someone, each with its own step.
 */
import type { IssuedInvite } from '@server/auth/issued';
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import { useAnnounceChange } from '../../announce';
import { api, ApiError } from '../../api';
import { Status, ViewHeading } from '../../components';
import { useAccount, useLang, useText } from '../../context';
import { useLive } from '../../live';
import { useLoad } from '../../load';
import { NotYet, useFocusLater } from './parts';
import { ResponderCard, type Action, type Open } from './responder-card';
import { ResponderForm } from './responder-form';
import type { Program, Responder } from './types';

export function TeamView(): JSX.Element {
  const text = useText();
  const t = text.coordinate.team;
  const me = useAccount();
  const lang = useLang();
  const roster = useLoad(() => api<Responder[]>('GET', '/api/responders'), 'roster');
  const program = useLoad(() => api<Program>('GET', '/api/program'), 'program');
  useLive(['roster'], roster.reload);
  useLive(['program'], program.reload);
  useAnnounceChange(roster.data, 'roster', (before, now) => joinedSaid(before, now, t.joined));
  const [open, setOpen] = useState<Open | null>(null);
  const [status, setStatus] = useState('');
  // After a step closes, the keyboard goes back to the button that opened it (or the list, if that is gone).
  const setFocusNext = useFocusLater();

  if (!roster.data || !program.data) {
    return (
      <NotYet
        title={t.title}
        failed={roster.failed || program.failed}
        retry={() => (roster.reload(), program.reload())}
      />
    );
  }
  // Alphabetical, so a name is where a reader expects it, whoever joined first.
  const people = [...roster.data].sort((a, b) => a.name.localeCompare(b.name, lang));
  const { timeZone, languages } = program.data;

  function close(back: string): void {
    setOpen(null);
    setFocusNext(back);
  }

  /** Something failed: say so, reload in case it changed under us, and keep the keyboard where it was. */
  function failed(error: unknown, back: string): void {
    setStatus(error instanceof ApiError && error.status === 404 ? text.coordinate.common.gone : text.shell.failed);
    roster.reload();
    close(back);
  }

  async function act(r: Responder, action: Action): Promise<void> {
    setStatus('');
    if (action === 'edit' || action === 'signOut' || action === 'reset' || action === 'remove') {
      setOpen({ kind: action, id: r.id });
      return;
    }
    const back = `${action}-${r.id}`;
    try {
      if (action === 'pause') {
        const next = r.status === 'paused' ? 'active' : 'paused';
        await api('PATCH', `/api/responders/${r.id}`, { status: next });
        await roster.reload(); // announced once the list shows it, so what is heard matches what is there
        setStatus(fill(next === 'paused' ? t.pausedDone : t.resumedDone, { name: r.name }));
        setFocusNext(back);
        return;
      }
      const issued = await api<IssuedInvite>('POST', `/api/responders/${r.id}/invite`);
      setOpen({
        kind: 'invited',
        id: r.id,
        url: issued.inviteUrl,
        expiresAt: issued.expiresAt,
        onlyOnThisMachine: issued.onlyOnThisMachine,
      });
      setStatus(fill(t.inviteReady, { name: r.name }));
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setStatus(fill(t.inviteAlreadySetUp, { name: r.name }));
        setFocusNext(back);
        return;
      }
      failed(error, back);
    }
  }

  async function confirm(r: Responder, action: 'signOut' | 'reset' | 'remove'): Promise<void> {
    const back = `${action}-${r.id}`;
    try {
      if (action === 'signOut') await api('DELETE', `/api/responders/${r.id}/sessions`);
      if (action === 'reset') await api('POST', `/api/responders/${r.id}/reset`);
      if (action === 'remove') await api('DELETE', `/api/responders/${r.id}`);
      const said = { signOut: t.signedOut, reset: t.resetDone, remove: t.removed }[action];
      await roster.reload();
      setStatus(fill(said, { name: r.name }));
      close(action === 'remove' ? 'team-list-heading' : back);
    } catch (error) {
      failed(error, action === 'remove' ? 'team-list-heading' : back);
    }
  }

  async function saved(r: Responder, added: boolean): Promise<void> {
    await roster.reload();
    setStatus(fill(added ? t.added : t.changed, { name: r.name }));
    close(added ? `invite-${r.id}` : `edit-${r.id}`);
  }

  return (
    <>
      <ViewHeading title={t.title}>{t.heading}</ViewHeading>
      <p>{t.intro}</p>
      <Status message={status} />
      {open?.kind === 'add' ? (
        <ResponderForm
          level={2}
          programLanguages={languages}
          onSaved={(r) => void saved(r, true)}
          onCancel={() => close('add-responder')}
        />
      ) : (
        <button
          type="button"
          class="button"
          id="add-responder"
          onClick={() => (setStatus(''), setOpen({ kind: 'add' }))}
        >
          {t.add}
        </button>
      )}
      <h2 id="team-list-heading" tabIndex={-1}>
        {t.listHeading}
      </h2>
      <ul class="cards" aria-labelledby="team-list-heading">
        {people.map((r) => (
          <ResponderCard
            key={r.id}
            responder={r}
            self={r.id === me.responderId}
            open={open}
            timeZone={timeZone}
            programLanguages={languages}
            onAction={(action) => void act(r, action)}
            onConfirm={(action) => void confirm(r, action)}
            onSaved={(changed) => void saved(changed, false)}
            onClose={() => close(open?.kind === 'invited' ? `invite-${r.id}` : `${open?.kind ?? 'edit'}-${r.id}`)}
          />
        ))}
      </ul>
    </>
  );
}

/** Teammates who finished setting up their sign-in since the roster was last loaded, said by name. */
function joinedSaid(before: Responder[], now: Responder[], words: string): string | undefined {
  const was = new Map(before.map((r) => [r.id, r.signIn]));
  const joined = now.filter((r) => r.signIn === 'set_up' && was.has(r.id) && was.get(r.id) !== 'set_up');
  return joined.length === 0 ? undefined : joined.map((r) => fill(words, { name: r.name })).join(' ');
}

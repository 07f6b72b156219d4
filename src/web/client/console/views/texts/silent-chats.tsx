/**
 * After a web-chat flood, a coordinator closes every waiting chat whose person wrote once and
 * nothing since, in one action (`POST /api/conversations/close-silent-chats`), after saying plainly
 * what that does. The result is announced as "N chats closed".
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../../api';
import { isCoordinator, useAccount, useLang, useText } from '../../context';
import { ConfirmPanel, useFocusLater } from '../coordinate/parts';
import type { Summary } from './data';
import { plural } from './waited';

interface Props {
  list: Summary[];
  /** What to announce; the list then loads again. */
  onDone: (message: string) => void;
}

export function SilentChats({ list, onDone }: Props): JSX.Element | null {
  const text = useText();
  const t = text.texts.silent;
  const lang = useLang();
  const coordinator = isCoordinator(useAccount());
  const focusLater = useFocusLater();
  const [asking, setAsking] = useState(false);
  const [working, setWorking] = useState(false);
  const silent = list.filter((c) => c.channel === 'chat' && c.state === 'waiting' && c.messages.inbound <= 1).length;
  if (!coordinator || (silent === 0 && !asking)) return null;

  async function closeThem(): Promise<void> {
    if (working) return;
    setWorking(true);
    try {
      const { closed } = await api<{ closed: number }>('POST', '/api/conversations/close-silent-chats');
      onDone(plural(t.closed, closed, lang));
    } catch {
      onDone(text.shell.failed);
    } finally {
      setAsking(false);
      setWorking(false);
      focusLater('silent-heading', 'waiting-heading');
    }
  }

  return (
    <section aria-labelledby="silent-heading">
      <h2 id="silent-heading" tabIndex={-1}>
        {t.heading}
      </h2>
      <p>{plural(t.count, silent, lang)}</p>
      <button
        type="button"
        class="button secondary"
        id="close-silent"
        aria-expanded={asking}
        onClick={() => setAsking(true)}
      >
        {t.close}
      </button>
      {asking ? (
        <ConfirmPanel
          id="confirm-silent"
          heading={t.confirmHeading}
          confirm={t.confirm}
          danger
          onConfirm={() => void closeThem()}
          onCancel={() => (setAsking(false), focusLater('close-silent'))}
        >
          <p>{t.confirmBody}</p>
        </ConfirmPanel>
      ) : null}
    </section>
  );
}

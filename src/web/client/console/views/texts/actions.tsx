/**
 * What can be done with a conversation: take it, give it back, hand it to a teammate, close it,
 * block its sender. Closing and blocking cannot be undone, so each asks first, in the page.
 * Who may do what follows the API: the holder (or a coordinator) releases and closes; whoever holds
 * it, or anyone while it waits, blocks.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { isCoordinator, useAccount, useText } from '../../context';
import { ConfirmPanel, useFocusLater } from '../coordinate/parts';
import { act, type Action, type Conversation } from './data';
import { HandOffForm } from './handoff';

interface Props {
  conversation: Conversation;
  /** After a change: what to announce (empty for nothing), then the page loads it again. */
  onDone: (message: string) => void;
}

type Asking = 'close' | 'block' | null;

export function Actions({ conversation, onDone }: Props): JSX.Element | null {
  const text = useText();
  const t = text.texts.conversation;
  const coordinator = isCoordinator(useAccount());
  const focusLater = useFocusLater();
  const [asking, setAsking] = useState<Asking>(null);
  const [working, setWorking] = useState(false);

  if (conversation.state === 'closed') return null;
  const mine = conversation.mine;
  const waiting = conversation.state === 'waiting';
  const canTake = waiting;
  const canRelease = !waiting && (mine || coordinator);
  const canClose = mine || coordinator;
  const canBlock = waiting || mine;
  if (!canTake && !canRelease && !canClose && !canBlock) return null;

  async function run(action: Action, said: string, focus: string): Promise<void> {
    if (working) return;
    setWorking(true);
    try {
      await act(conversation.id, action);
      setAsking(null);
      onDone(said);
      focusLater(focus, 'actions-heading');
    } catch (error) {
      setAsking(null);
      onDone(
        error instanceof ApiError && error.code === 'not_on_call'
          ? t.notOnCall
          : error instanceof ApiError && error.status === 409
            ? t.conflict
            : text.shell.failed,
      );
      focusLater('actions-heading');
    } finally {
      setWorking(false);
    }
  }

  return (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading" tabIndex={-1}>
        {t.actionsHeading}
      </h2>
      <div class="button-row">
        {canTake ? (
          <button type="button" class="button" id="take" onClick={() => void run('claim', t.taken, 'reply-text')}>
            {t.take}
          </button>
        ) : null}
        {canRelease ? (
          <button
            type="button"
            class="button secondary"
            id="release"
            aria-describedby="release-hint"
            onClick={() => void run('release', t.released, 'actions-heading')}
          >
            {t.release}
          </button>
        ) : null}
        {canClose ? (
          <button
            type="button"
            class="button secondary"
            id="close"
            aria-expanded={asking === 'close'}
            onClick={() => setAsking('close')}
          >
            {t.close}
          </button>
        ) : null}
        {canBlock ? (
          <button
            type="button"
            class="button secondary"
            id="block"
            aria-expanded={asking === 'block'}
            onClick={() => setAsking('block')}
          >
            {t.block}
          </button>
        ) : null}
      </div>
      {canRelease ? (
        <p class="hint" id="release-hint">
          {t.releaseHint}
        </p>
      ) : null}
      {asking === 'close' ? (
        <ConfirmPanel
          id="confirm-close"
          heading={t.closeHeading}
          confirm={t.closeConfirm}
          onConfirm={() => void run('close', t.closedNow, 'actions-heading')}
          onCancel={() => (setAsking(null), focusLater('close'))}
        >
          <p>{t.closeBody}</p>
        </ConfirmPanel>
      ) : null}
      {asking === 'block' ? (
        <ConfirmPanel
          id="confirm-block"
          heading={t.blockHeading}
          confirm={t.blockConfirm}
          danger
          onConfirm={() => void run('block', t.blocked, 'actions-heading')}
          onCancel={() => (setAsking(null), focusLater('block'))}
        >
          <p>{t.blockBody}</p>
        </ConfirmPanel>
      ) : null}
      {canRelease && (mine || coordinator) ? <HandOffForm conversation={conversation} onDone={onDone} /> : null}
    </section>
  );
}

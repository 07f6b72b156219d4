/**
 * The reply box. A text (SMS) goes to the server as words, which sends them from the line's number
 * and keeps them only sealed; a web chat reply is sealed here, to the visitor and to me, first.
 * Nothing typed is kept: no drafts, no autofill, no spell checker that phones home.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { ErrorSummary, Field, problemFor, Status, type Problem } from '../../components';
import { useText } from '../../context';
import { currentIdentity, loadCrypto } from '../../keys';
import { replyByChat, replyBySms, type Conversation } from './data';

const MAX_REPLY_CHARS = 1600;

export function ReplyForm({ conversation, onSent }: { conversation: Conversation; onSent: () => void }): JSX.Element {
  const text = useText();
  const t = text.texts.conversation;
  const [words, setWords] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [status, setStatus] = useState('');
  const [working, setWorking] = useState(false);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (working) return;
    setStatus('');
    const trimmed = words.trim();
    if (trimmed === '') return setProblems([{ field: 'reply-text', message: t.replyMissing }]);
    if ([...trimmed].length > MAX_REPLY_CHARS) return setProblems([{ field: 'reply-text', message: t.replyTooLong }]);
    setProblems([]);
    setWorking(true);
    try {
      let sent: { sent: boolean };
      if (conversation.channel === 'sms') {
        sent = await replyBySms(conversation.id, trimmed);
      } else {
        const me = currentIdentity();
        if (!me) {
          setProblems([{ message: t.needsUnlock }]);
          return;
        }
        sent = await replyByChat(await loadCrypto(), me, conversation, trimmed);
      }
      setWords('');
      setStatus(sent.sent ? t.sent : t.sentNotDelivered);
      onSent();
    } catch (error) {
      setProblems([
        {
          message:
            error instanceof ApiError && error.status === 409
              ? t.conflict
              : error instanceof ApiError && error.status === 422
                ? t.replyTooLong
                : text.shell.failed,
        },
      ]);
      onSent(); // the conversation may have changed under us (closed, taken away, STOP)
    } finally {
      setWorking(false);
    }
  }

  const hint = conversation.channel === 'sms' ? t.reply.hint : t.replyChatHint;
  return (
    <section aria-labelledby="reply-heading">
      <h2 id="reply-heading">{t.replyHeading}</h2>
      {/* autoComplete off: browsers keep what is typed in forms for autofill, on disk. */}
      <form onSubmit={(event) => void submit(event)} noValidate autoComplete="off">
        <ErrorSummary problems={problems} />
        <Field id="reply-text" label={t.reply.label} hint={hint} error={problemFor(problems, 'reply-text')}>
          {(describedBy, invalid) => (
            <textarea
              id="reply-text"
              name="reply-text"
              rows={4}
              spellcheck={false}
              autoComplete="off"
              value={words}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onInput={(event) => setWords(event.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit" class="button">
          {t.send}
        </button>
        <Status message={working ? t.sending : status} />
      </form>
    </section>
  );
}

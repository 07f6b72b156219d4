/**
 * Handing a conversation to a teammate. The earlier messages were sealed to me, so my browser
 * re-seals each one's data key to the teammate (shareRecord) and sends only those entries: the
 * server cannot do it. Only teammates who have set up their sign-in have a key to seal to.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import { ApiError } from '../../api';
import { ErrorSummary, Status, type Problem } from '../../components';
import { useAccount, useText } from '../../context';
import { currentIdentity, loadCrypto } from '../../keys';
import { useLive } from '../../live';
import { useLoad } from '../../load';
import { enrolled, TeammateSelect } from '../teammate-select';
import { handOff, teammates, type Conversation } from './data';

export function HandOffForm({
  conversation,
  onDone,
}: {
  conversation: Conversation;
  onDone: (message: string) => void;
}): JSX.Element {
  const text = useText();
  const t = text.texts.conversation;
  const account = useAccount();
  const directory = useLoad(teammates, 'directory');
  useLive(['roster'], directory.reload);
  const [chosen, setChosen] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [working, setWorking] = useState(false);

  const holder = conversation.heldBy?.id ?? account.responderId;
  const others = (directory.data ?? []).filter((teammate) => teammate.id !== holder);
  const choosable = others.filter(enrolled);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (working) return;
    const teammate = choosable.find((candidate) => candidate.id === chosen);
    if (!teammate) return setProblems([{ field: 'handoff-to', message: t.handoffMissing }]);
    const me = currentIdentity();
    if (!me) return setProblems([{ message: t.needsUnlock }]);
    setProblems([]);
    setWorking(true);
    try {
      await handOff(await loadCrypto(), me, conversation, teammate);
      setChosen('');
      onDone(fill(t.handedOff, { name: teammate.name }));
    } catch (error) {
      setProblems([
        {
          message:
            error instanceof ApiError && error.status === 409
              ? t.conflict
              : error instanceof ApiError && error.status === 422
                ? t.handoffMissing
                : text.shell.failed,
        },
      ]);
      directory.reload(); // a key may have changed (a reset) since the list was loaded
    } finally {
      setWorking(false);
    }
  }

  return (
    <section aria-labelledby="handoff-heading">
      <h3 id="handoff-heading">{t.handoffHeading}</h3>
      <p>{t.handoffHint}</p>
      {!directory.data ? (
        <Status message={directory.failed ? text.shell.failed : text.shell.loading} />
      ) : choosable.length === 0 ? (
        <p>{t.noTeammates}</p>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <ErrorSummary problems={problems} />
          <TeammateSelect
            id="handoff-to"
            label={t.handoffTo}
            pick={t.handoffPick}
            notEnrolled={t.notEnrolled}
            teammates={others}
            chosen={chosen}
            onChoose={setChosen}
            problems={problems}
          />
          <button type="submit" class="button secondary">
            {t.handoffSubmit}
          </button>
          <Status message={working ? text.shell.loading : ''} />
        </form>
      )}
    </section>
  );
}

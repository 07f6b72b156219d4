/**
 * Handing a conversation to a teammate. The earlier messages were sealed to me, so my browser
 * re-seals each one's data key to the teammate (shareRecord) and sends only those entries: the
 * server cannot do it. Only teammates who have set up their sign-in have a key to seal to.
 */
import type { JSX } from 'preact';
import { fill } from '../../../../../i18n/catalog';
import { ApiError } from '../../api';
import { useAccount, useText } from '../../context';
import { loadCrypto } from '../../keys';
import { TeammatePickForm } from '../teammate-pick';
import { handOff, type Conversation } from './data';

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
  const holder = conversation.heldBy?.id ?? account.responderId;
  return (
    <TeammatePickForm
      id="handoff-to"
      headingLevel="h3"
      words={{
        heading: t.handoffHeading,
        hint: t.handoffHint,
        label: t.handoffTo,
        pick: t.handoffPick,
        missing: t.handoffMissing,
        submit: t.handoffSubmit,
        noTeammates: t.noTeammates,
        notEnrolled: t.notEnrolled,
        needsUnlock: t.needsUnlock,
      }}
      buttonClass="button secondary"
      leaveOut={(teammate) => teammate.id === holder}
      act={async (me, teammate) => {
        await handOff(await loadCrypto(), me, conversation, teammate);
        onDone(fill(t.handedOff, { name: teammate.name }));
      }}
      problemFor={(error) => ({
        message:
          error instanceof ApiError && error.status === 409
            ? t.conflict
            : error instanceof ApiError && error.status === 422
              ? t.handoffMissing
              : text.shell.failed,
      })}
    />
  );
}

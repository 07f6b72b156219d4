/**
 * The form for sealing something to one more teammate (sharing a note, handing on a conversation):
 * the directory kept live, the choice, the unlocked identity the browser seals with, and the failures.
 * Each use says only what it seals and how its refusals read.
 */
import type { Identity } from '@server/crypto/e2e';
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { ErrorSummary, Status, type Problem } from '../components';
import { useText } from '../context';
import { currentIdentity } from '../keys';
import { useLive } from '../live';
import { useLoad } from '../load';
import { enrolled, TeammateSelect, teammates, type Enrolled, type Teammate } from './teammate-select';

export interface TeammatePickWords {
  heading: string;
  hint: string;
  label: string;
  /** The empty first option. */
  pick: string;
  /** Submitted with nobody chosen. */
  missing: string;
  submit: string;
  noTeammates: string;
  notEnrolled: string;
  /** The browser holds no unlocked key to seal with. */
  needsUnlock: string;
}

export interface TeammatePickProps {
  id: string;
  /** Where the form sits in its page's outline. */
  headingLevel: 'h2' | 'h3';
  words: TeammatePickWords;
  buttonClass: string;
  /** Teammates who already have it (or hold it) and so are not offered. */
  leaveOut: (teammate: Teammate) => boolean;
  /** Seals and sends; throws on refusal. */
  act: (me: Identity, teammate: Enrolled) => Promise<void>;
  /** How a refusal reads; the directory is reloaded after any, since a key may have changed. */
  problemFor: (error: unknown) => Problem;
}

export function TeammatePickForm(props: TeammatePickProps): JSX.Element {
  const text = useText();
  const { id, words } = props;
  const directory = useLoad(teammates, 'directory');
  useLive(['roster'], directory.reload);
  const [chosen, setChosen] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [working, setWorking] = useState(false);

  const others = (directory.data ?? []).filter((teammate) => !props.leaveOut(teammate));
  const choosable = others.filter(enrolled);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (working) return;
    const teammate = choosable.find((candidate) => candidate.id === chosen);
    if (!teammate) return setProblems([{ field: id, message: words.missing }]);
    const me = currentIdentity();
    if (!me) return setProblems([{ message: words.needsUnlock }]);
    setProblems([]);
    setWorking(true);
    try {
      await props.act(me, teammate);
      setChosen('');
    } catch (error) {
      setProblems([props.problemFor(error)]);
      directory.reload();
    } finally {
      setWorking(false);
    }
  }

  const Heading = props.headingLevel;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>{words.heading}</Heading>
      <p>{words.hint}</p>
      {!directory.data ? (
        <Status message={directory.failed ? text.shell.failed : text.shell.loading} />
      ) : choosable.length === 0 ? (
        <p>{words.noTeammates}</p>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <ErrorSummary problems={problems} />
          <TeammateSelect
            id={id}
            label={words.label}
            pick={words.pick}
            notEnrolled={words.notEnrolled}
            teammates={others}
            chosen={chosen}
            onChoose={setChosen}
            problems={problems}
          />
          <button type="submit" class={props.buttonClass}>
            {words.submit}
          </button>
          <Status message={working ? text.shell.loading : ''} />
        </form>
      )}
    </section>
  );
}

/**
 * One member, opened from the list: their people (other members and responders, up to 8), their
 * danger word (write-only: Kith keeps a keyed hash, so it can never be shown), and their check-ins,
 * set with their consent stated on the form. Never their phone number.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import { api } from '../../api';
import { ErrorSummary, Field, problemFor, Status, type Problem } from '../../components';
import { useText } from '../../context';
import { useLoad } from '../../load';
import { Checkboxes, inputProps, problemsFrom } from '../coordinate/parts';
import { CheckIns } from './check-ins';

export interface MemberSummary {
  id: string;
  number: string;
  name: string | null;
  hasDuressWord: boolean;
  peers: ({ kind: 'member'; memberId: string; number: string } | { kind: 'responder'; responderId: string })[];
}

const MAX_PEERS = 8;
const loadResponders = () => api<{ id: string; name: string }[]>('GET', '/api/responders');

export function MemberDetail(props: {
  member: MemberSummary;
  members: MemberSummary[];
  onChanged: () => void;
  onClose: () => void;
}): JSX.Element {
  const t = useText().memberDetail;
  const { member } = props;
  return (
    <section aria-labelledby="member-detail-heading" class="member-detail">
      <h2 id="member-detail-heading" tabIndex={-1}>
        {fill(t.heading, { number: member.number })}
      </h2>
      <People {...props} />
      <DangerWord member={member} onChanged={props.onChanged} />
      <CheckIns member={member} />
      <button type="button" class="button secondary" onClick={props.onClose}>
        {t.close}
      </button>
    </section>
  );
}

function People({
  member,
  members,
  onChanged,
}: {
  member: MemberSummary;
  members: MemberSummary[];
  onChanged: () => void;
}): JSX.Element {
  const text = useText();
  const t = text.memberDetail;
  const responders = useLoad(loadResponders, 'responders');
  const [others, setOthers] = useState(member.peers.flatMap((p) => (p.kind === 'member' ? [p.memberId] : [])));
  const [team, setTeam] = useState(member.peers.flatMap((p) => (p.kind === 'responder' ? [p.responderId] : [])));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [status, setStatus] = useState('');
  const numberOf = new Map(members.map((m) => [m.id, m.number]));

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    setStatus('');
    if (others.length + team.length > MAX_PEERS) {
      setProblems([{ field: 'peers-members', message: t.errors.peers }]);
      return;
    }
    try {
      await api('PATCH', `/api/members/${member.id}`, {
        peers: [
          ...others.map((id) => ({ memberNumber: numberOf.get(id) ?? '' })),
          ...team.map((responderId) => ({ responderId })),
        ],
      });
      setProblems([]);
      setStatus(t.peopleSaved);
      onChanged();
    } catch (error) {
      setProblems(
        problemsFrom(error, [[/^\/peers/, 'peers-members', t.errors.peers]], t.errors.general, text.shell.failed),
      );
    }
  }

  return (
    <form onSubmit={(event) => void save(event)} noValidate aria-labelledby="people-heading">
      <h3 id="people-heading">{t.peopleHeading}</h3>
      <p class="hint" id="people-hint">
        {t.peopleHint}
      </p>
      <ErrorSummary problems={problems} />
      <Checkboxes
        name="peers-members"
        legend={t.peopleMembers}
        error={problemFor(problems, 'peers-members')}
        options={members
          .filter((m) => m.id !== member.id)
          .map((m) => ({ value: m.id, label: fill(t.memberOption, { number: m.number, name: m.name ?? '' }).trim() }))}
        values={others}
        onChange={setOthers}
      />
      <Checkboxes
        name="peers-responders"
        legend={t.peopleResponders}
        options={(responders.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
        values={team}
        onChange={setTeam}
      />
      <button type="submit" class="button">
        {t.savePeople}
      </button>
      <Status message={status} />
    </form>
  );
}

function DangerWord({ member, onChanged }: { member: MemberSummary; onChanged: () => void }): JSX.Element {
  const text = useText();
  const t = text.memberDetail;
  const [word, setWord] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [status, setStatus] = useState('');

  async function send(duressWord: string | null): Promise<void> {
    setStatus('');
    try {
      await api('PATCH', `/api/members/${member.id}`, { duressWord });
      setProblems([]);
      setWord('');
      setStatus(duressWord === null ? t.dangerRemoved : t.dangerSaved);
      onChanged();
    } catch (error) {
      setProblems(
        problemsFrom(error, [[/^\/duressWord$/, 'danger-word', t.errors.danger]], t.errors.general, text.shell.failed),
      );
    }
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void send(word);
      }}
      noValidate
      aria-labelledby="danger-heading"
    >
      <h3 id="danger-heading">{t.dangerHeading}</h3>
      <p>{member.hasDuressWord ? t.dangerIsSet : t.dangerNone}</p>
      <ErrorSummary problems={problems} />
      <Field id="danger-word" label={t.dangerLabel} hint={t.dangerHint} error={problemFor(problems, 'danger-word')}>
        {(describedBy, invalid) => (
          <input
            type="text"
            autocomplete="off"
            spellcheck={false}
            {...inputProps('danger-word', word, setWord, describedBy, invalid)}
          />
        )}
      </Field>
      <button type="submit" class="button">
        {t.saveDanger}
      </button>{' '}
      {member.hasDuressWord ? (
        <button type="button" class="button secondary" onClick={() => void send(null)}>
          {t.removeDanger}
        </button>
      ) : null}
      <Status message={status} />
    </form>
  );
}

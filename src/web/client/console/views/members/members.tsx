/**
 * Members (issue 18): any responder adds a member beside them and sees the list; a member's phone
 * number is never shown, only whether one is held. Coordinators also keep the code book and the
 * join codes (code-book.tsx).
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import { api } from '../../api';
import { ErrorSummary, Failed, Field, problemFor, Status, ViewHeading, type Problem } from '../../components';
import { isCoordinator, useAccount, useText } from '../../context';
import { useLoad } from '../../load';
import { inputProps, problemsFrom } from '../coordinate/parts';
import { CodeBook, JoinCodes } from './code-book';

interface Member {
  id: string;
  number: string;
  name: string | null;
  language: string;
  hasPhone: boolean;
}

async function loadMembers(): Promise<{ members: Member[]; languages: string[] }> {
  const [members, program] = await Promise.all([
    api<Member[]>('GET', '/api/members'),
    api<{ languages: string[] }>('GET', '/api/program'),
  ]);
  return { members, languages: program.languages.filter((l) => l === 'en' || l === 'es') };
}

export function MembersView(): JSX.Element {
  const text = useText();
  const t = text.members;
  const account = useAccount();
  const loaded = useLoad(loadMembers, 'members');
  const [status, setStatus] = useState('');
  if (!loaded.data)
    return (
      <>
        <ViewHeading title={t.title}>{t.heading}</ViewHeading>
        {loaded.failed ? <Failed retry={loaded.reload} /> : <Status message={text.shell.loading} />}
      </>
    );
  const { members, languages } = loaded.data;
  async function erase(member: Member): Promise<void> {
    await api('DELETE', `/api/members/${member.id}`);
    setStatus(fill(t.erased, { number: member.number }));
    loaded.reload();
  }
  return (
    <>
      <ViewHeading title={t.title}>{t.heading}</ViewHeading>
      <p>{t.intro}</p>
      <EnrolForm languages={languages} onAdded={loaded.reload} />
      <h2>{t.listHeading}</h2>
      {members.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.columns.number}</th>
              <th scope="col">{t.columns.name}</th>
              <th scope="col">{t.columns.language}</th>
              <th scope="col">{t.columns.phone}</th>
              <th scope="col">{t.columns.actions}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.number}</th>
                <td>{m.name ?? ''}</td>
                <td>{t.languages[m.language] ?? m.language}</td>
                <td>{m.hasPhone ? t.hasPhone : t.noPhone}</td>
                <td>
                  <button type="button" class="button secondary" onClick={() => void erase(m)}>
                    {fill(t.erase, { number: m.number })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Status message={status} />
      <CodeBook editable={isCoordinator(account)} />
      {isCoordinator(account) ? <JoinCodes languages={languages} /> : null}
    </>
  );
}

function EnrolForm({ languages, onAdded }: { languages: string[]; onAdded: () => void }): JSX.Element {
  const text = useText();
  const t = text.members;
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [language, setLanguage] = useState(languages[0] ?? 'en');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [status, setStatus] = useState('');

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    setStatus('');
    try {
      const member = await api<Member>('POST', '/api/members', {
        name: name.trim() === '' ? null : name,
        language,
        phone: phone.trim() === '' ? null : phone,
      });
      setProblems([]);
      setName('');
      setPhone('');
      setStatus(fill(t.enrolled, { number: member.number }));
      onAdded();
    } catch (error) {
      setProblems(
        problemsFrom(
          error,
          [
            [/^\/phone$/, 'member-phone', t.errors.phone],
            [/^\/language$/, 'member-language', t.errors.language],
          ],
          t.errors.general,
          text.shell.failed,
        ),
      );
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="enrol-heading">
      <h2 id="enrol-heading">{t.enrolHeading}</h2>
      <ErrorSummary problems={problems} />
      <Field id="member-name" label={t.name.label} hint={t.name.hint} error={problemFor(problems, 'member-name')}>
        {(describedBy, invalid) => (
          <input type="text" autocomplete="off" {...inputProps('member-name', name, setName, describedBy, invalid)} />
        )}
      </Field>
      <Field id="member-language" label={t.language} error={problemFor(problems, 'member-language')}>
        {(describedBy, invalid) => (
          <select
            id="member-language"
            name="member-language"
            value={language}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(event) => setLanguage((event.currentTarget as HTMLSelectElement).value)}
          >
            {languages.map((l) => (
              <option key={l} value={l}>
                {t.languages[l] ?? l}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="member-phone" label={t.phone.label} hint={t.phone.hint} error={problemFor(problems, 'member-phone')}>
        {(describedBy, invalid) => (
          <input type="tel" autocomplete="off" {...inputProps('member-phone', phone, setPhone, describedBy, invalid)} />
        )}
      </Field>
      <button type="submit" class="button">
        {t.enrol}
      </button>
      <Status message={status} />
    </form>
  );
}

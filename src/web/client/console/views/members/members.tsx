/**
 * Members (issue 18): any responder adds a member beside them and sees the list; a member's phone
 * number is never shown, only whether one is held. Managing one opens their people, danger word and
 * check-ins (member-detail.tsx). Coordinators also keep the code book and the join codes
 * (code-book.tsx), and the place book (place-book.tsx).
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import { api } from '../../api';
import { ErrorSummary, Failed, Field, problemFor, Status, ViewHeading, type Problem } from '../../components';
import { isCoordinator, useAccount, useLang, useText } from '../../context';
import { useLoad } from '../../load';
import { inputProps, languageName, problemsFrom } from '../coordinate/parts';
import { CodeBook, JoinCodes } from './code-book';
import { PlaceBook } from './place-book';
import { MemberDetail, type MemberSummary } from './member-detail';

interface Member extends MemberSummary {
  language: string;
  hasPhone: boolean;
}

async function loadMembers(): Promise<{ members: Member[]; languages: string[] }> {
  const [members, program] = await Promise.all([
    api<Member[]>('GET', '/api/members'),
    api<{ languages: string[] }>('GET', '/api/program'),
  ]);
  // Every language the program has enabled: Kith has member texts in each (drafts included).
  return { members, languages: program.languages };
}

export function MembersView(): JSX.Element {
  const text = useText();
  const t = text.members;
  const account = useAccount();
  const lang = useLang();
  const loaded = useLoad(loadMembers, 'members');
  const [status, setStatus] = useState('');
  const [open, setOpen] = useState<string | undefined>(undefined);
  if (!loaded.data)
    return (
      <>
        <ViewHeading title={t.title}>{t.heading}</ViewHeading>
        {loaded.failed ? <Failed retry={loaded.reload} /> : <Status message={text.shell.loading} />}
      </>
    );
  const { members, languages } = loaded.data;
  const nameOf = (code: string) => t.languages[code] ?? languageName(code, lang);
  const opened = members.find((m) => m.id === open);
  async function erase(member: Member): Promise<void> {
    await api('DELETE', `/api/members/${member.id}`);
    if (open === member.id) setOpen(undefined);
    setStatus(fill(t.erased, { number: member.number }));
    loaded.reload();
  }
  return (
    <>
      <ViewHeading title={t.title}>{t.heading}</ViewHeading>
      <p>{t.intro}</p>
      <EnrolForm languages={languages} nameOf={nameOf} onAdded={loaded.reload} />
      <h2>{t.listHeading}</h2>
      {members.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div class="table-scroll">
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
                  <td>{nameOf(m.language)}</td>
                  <td>{m.hasPhone ? t.hasPhone : t.noPhone}</td>
                  <td>
                    <button
                      type="button"
                      class="button secondary"
                      aria-expanded={open === m.id}
                      onClick={() => setOpen(open === m.id ? undefined : m.id)}
                    >
                      {fill(text.memberDetail.manage, { number: m.number })}
                    </button>{' '}
                    <button type="button" class="button secondary" onClick={() => void erase(m)}>
                      {fill(t.erase, { number: m.number })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Status message={status} />
      {opened ? (
        <MemberDetail
          key={opened.id}
          member={opened}
          members={members}
          onChanged={loaded.reload}
          onClose={() => setOpen(undefined)}
        />
      ) : null}
      <CodeBook editable={isCoordinator(account)} />
      <PlaceBook editable={isCoordinator(account)} />
      {isCoordinator(account) ? <JoinCodes languages={languages} nameOf={nameOf} /> : null}
    </>
  );
}

function EnrolForm({
  languages,
  nameOf,
  onAdded,
}: {
  languages: string[];
  nameOf: (code: string) => string;
  onAdded: () => void;
}): JSX.Element {
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
                {nameOf(l)}
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

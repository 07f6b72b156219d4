/**
 * The code book (every responder sees it; coordinators change each code's word and whom it tells)
 * and join codes (coordinators: make, see how often each was used, revoke).
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import { api } from '../../api';
import { ErrorSummary, Status, type Problem } from '../../components';
import { useText } from '../../context';
import { useLoad } from '../../load';
import { problemsFrom } from '../coordinate/parts';

type Meaning = 'safe' | 'meet' | 'call' | 'naloxone' | 'custom';
type Tells = 'peers' | 'team';
interface Code {
  code: string;
  meaning: Meaning;
  words: Record<string, string>;
  tells: Tells;
  keys?: string | null;
}

const loadCodes = () => api<{ codes: Code[] }>('GET', '/api/members/codes');

export function CodeBook({ editable }: { editable: boolean }): JSX.Element | null {
  const text = useText();
  const t = text.members;
  const k = text.memberDetail;
  const loaded = useLoad(loadCodes, 'codes');
  const [draft, setDraft] = useState<Code[] | undefined>(undefined);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [status, setStatus] = useState('');
  if (!loaded.data) return null;
  const codes = draft ?? loaded.data.codes;
  const meaningOf = (c: Code) => (c.meaning === 'custom' ? (Object.values(c.words)[0] ?? '') : t.meanings[c.meaning]);
  const change = (i: number, patch: Partial<Code>) => setDraft(codes.map((c, j) => (j === i ? { ...c, ...patch } : c)));

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    try {
      const saved = await api<{ codes: Code[] }>('PUT', '/api/members/codes', { codes });
      setDraft(saved.codes);
      setProblems([]);
      setStatus(t.codesSaved);
    } catch (error) {
      setProblems(
        problemsFrom(
          error,
          [
            [/^\/codes\/(\d+)\/code$/, (m) => `code-${m[1] ?? '0'}`, t.errors.code],
            [/^\/codes\/(\d+)\/keys$/, (m) => `keys-${m[1] ?? '0'}`, k.errors.keys],
          ],
          t.errors.general,
          text.shell.failed,
        ),
      );
    }
  }

  const table = (
    <div class="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">{t.codeColumns.code}</th>
            <th scope="col">{t.codeColumns.meaning}</th>
            <th scope="col">{t.codeColumns.tells}</th>
            <th scope="col">{k.keysColumn}</th>
          </tr>
        </thead>
        <tbody>
          {codes.map((c, i) => (
            <tr key={i}>
              <td>
                {editable ? (
                  <input
                    type="text"
                    id={`code-${i}`}
                    size={8}
                    value={c.code}
                    aria-label={fill(t.codeFor, { meaning: meaningOf(c) })}
                    onInput={(event) => change(i, { code: (event.currentTarget as HTMLInputElement).value })}
                  />
                ) : (
                  c.code
                )}
              </td>
              <td>{meaningOf(c)}</td>
              <td>
                {editable ? (
                  <select
                    id={`tells-${i}`}
                    value={c.tells}
                    aria-label={`${t.codeColumns.tells}: ${meaningOf(c)}`}
                    onChange={(event) =>
                      change(i, { tells: (event.currentTarget as HTMLSelectElement).value as Tells })
                    }
                  >
                    <option value="peers">{t.tells.peers}</option>
                    <option value="team">{t.tells.team}</option>
                  </select>
                ) : (
                  t.tells[c.tells]
                )}
              </td>
              <td>
                {editable ? (
                  <input
                    type="text"
                    inputMode="numeric"
                    id={`keys-${i}`}
                    size={4}
                    value={c.keys ?? ''}
                    aria-label={fill(k.keysFor, { meaning: meaningOf(c) })}
                    onInput={(event) => {
                      const keys = (event.currentTarget as HTMLInputElement).value.trim();
                      change(i, { keys: keys === '' ? null : keys });
                    }}
                  />
                ) : (
                  (c.keys ?? '')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <section aria-labelledby="codes-heading">
      <h2 id="codes-heading">{t.codesHeading}</h2>
      <p>{t.codesIntro}</p>
      {editable ? (
        <form onSubmit={(event) => void save(event)} noValidate>
          <ErrorSummary problems={problems} />
          {table}
          <button type="submit" class="button">
            {t.saveCodes}
          </button>
          <Status message={status} />
        </form>
      ) : (
        table
      )}
    </section>
  );
}

interface JoinCode {
  id: string;
  code: string;
  language: string;
  uses: number;
}

const loadJoinCodes = () => api<JoinCode[]>('GET', '/api/members/join-codes');

export function JoinCodes({
  languages,
  nameOf,
}: {
  languages: string[];
  nameOf: (code: string) => string;
}): JSX.Element | null {
  const t = useText().members;
  const loaded = useLoad(loadJoinCodes, 'join-codes');
  const [status, setStatus] = useState('');
  async function make(language: string): Promise<void> {
    const made = await api<JoinCode>('POST', '/api/members/join-codes', { language });
    setStatus(fill(t.joinMade, { code: made.code }));
    loaded.reload();
  }
  async function revoke(code: JoinCode): Promise<void> {
    await api('DELETE', `/api/members/join-codes/${code.id}`);
    loaded.reload();
  }
  return (
    <section aria-labelledby="join-heading">
      <h2 id="join-heading">{t.joinHeading}</h2>
      <p>{t.joinIntro}</p>
      <ul>
        {(loaded.data ?? []).map((c) => (
          <li key={c.id}>
            <code>{c.code}</code> ({nameOf(c.language)}, {fill(t.joinUses, { uses: c.uses })}){' '}
            <button type="button" class="button secondary" onClick={() => void revoke(c)}>
              {fill(t.revoke, { code: c.code })}
            </button>
          </li>
        ))}
      </ul>
      {languages.map((language) => (
        <button key={language} type="button" class="button" onClick={() => void make(language)}>
          {t.makeJoin} ({nameOf(language)})
        </button>
      ))}
      <Status message={status} />
    </section>
  );
}

/**
 * The place book (src/members/places): numbered places a member names after a code. Every
 * responder sees it, to tell members the numbers; coordinators add, change and remove places and
 * save the book whole, as the code book is saved.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import { api } from '../../api';
import { ErrorSummary, Status, type Problem } from '../../components';
import { useText } from '../../context';
import { useLoad } from '../../load';
import { problemsFrom } from '../coordinate/parts';

interface Place {
  number: number;
  words: string;
}
/** A row as typed: the number stays text until it is saved. */
interface Row {
  number: string;
  words: string;
}

const loadPlaces = () => api<{ places: Place[] }>('GET', '/api/members/places');
const toRows = (places: Place[]): Row[] => places.map((p) => ({ number: String(p.number), words: p.words }));
/** A number that is not whole is sent as 0, which the server names as that row's number problem. */
const toPlace = (row: Row): Place => ({
  number: /^\s*\d{1,3}\s*$/.test(row.number) ? Number(row.number) : 0,
  words: row.words,
});

export function PlaceBook({ editable }: { editable: boolean }): JSX.Element | null {
  const text = useText();
  const t = text.memberPlaces;
  const loaded = useLoad(loadPlaces, 'places');
  const [draft, setDraft] = useState<Row[] | undefined>(undefined);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [status, setStatus] = useState('');
  const [focus, setFocus] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (focus === undefined) return;
    document.getElementById(focus)?.focus();
    setFocus(undefined);
  }, [focus]);
  if (!loaded.data) return null;
  const rows = draft ?? toRows(loaded.data.places);
  const invalid = (id: string) => (problems.some((p) => p.field === id) ? true : undefined);
  const change = (i: number, patch: Partial<Row>) => setDraft(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  function add(): void {
    const taken = new Set(rows.map((r) => r.number.trim()));
    let next = 1;
    while (taken.has(String(next))) next += 1;
    setDraft([...rows, { number: String(next), words: '' }]);
    setFocus(`place-words-${rows.length}`);
  }
  function remove(i: number): void {
    setDraft(rows.filter((_, j) => j !== i));
    setFocus('place-add');
  }
  async function save(event: Event): Promise<void> {
    event.preventDefault();
    try {
      const saved = await api<{ places: Place[] }>('PUT', '/api/members/places', { places: rows.map(toPlace) });
      setDraft(toRows(saved.places));
      setProblems([]);
      setStatus(t.saved);
    } catch (error) {
      setStatus('');
      setProblems(
        problemsFrom(
          error,
          [
            [/^\/places\/(\d+)\/number$/, (m) => `place-number-${m[1] ?? '0'}`, t.errors.number],
            [/^\/places\/(\d+)\/words$/, (m) => `place-words-${m[1] ?? '0'}`, t.errors.words],
          ],
          t.errors.general,
          text.shell.failed,
        ),
      );
    }
  }

  const table =
    rows.length === 0 ? (
      <p>{t.none}</p>
    ) : (
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t.numberColumn}</th>
              <th scope="col">{t.wordsColumn}</th>
              {editable ? <td /> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              const row = { row: i + 1 };
              return (
                <tr key={i}>
                  <td>
                    {editable ? (
                      <input
                        type="text"
                        inputMode="numeric"
                        id={`place-number-${i}`}
                        size={3}
                        value={r.number}
                        aria-label={fill(t.numberFor, row)}
                        aria-invalid={invalid(`place-number-${i}`)}
                        onInput={(event) => change(i, { number: (event.currentTarget as HTMLInputElement).value })}
                      />
                    ) : (
                      r.number
                    )}
                  </td>
                  <td>
                    {editable ? (
                      <input
                        type="text"
                        id={`place-words-${i}`}
                        size={24}
                        maxLength={60}
                        value={r.words}
                        aria-label={fill(t.wordsFor, row)}
                        aria-invalid={invalid(`place-words-${i}`)}
                        onInput={(event) => change(i, { words: (event.currentTarget as HTMLInputElement).value })}
                      />
                    ) : (
                      r.words
                    )}
                  </td>
                  {editable ? (
                    <td>
                      <button type="button" class="button secondary" onClick={() => remove(i)}>
                        {fill(t.remove, row)}
                      </button>
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    );
  return (
    <section aria-labelledby="places-heading">
      <h2 id="places-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      {editable ? (
        <form onSubmit={(event) => void save(event)} noValidate>
          <ErrorSummary problems={problems} />
          {table}
          {rows.length < 20 ? (
            <button type="button" id="place-add" class="button secondary" onClick={add}>
              {t.add}
            </button>
          ) : null}{' '}
          <button type="submit" class="button">
            {t.save}
          </button>
          <Status message={status} />
        </form>
      ) : (
        table
      )}
    </section>
  );
}

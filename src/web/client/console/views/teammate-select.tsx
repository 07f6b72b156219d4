/**
 * Choosing a teammate to seal something to (sharing a note, handing on a conversation). Teammates who
 * have not set up sign-in are listed but cannot be chosen: there is no key to seal to yet.
 */
import type { DirectoryEntry } from '@server/notes/schema';
import type { JSX } from 'preact';
import { api } from '../api';
import { Field, problemFor, type Problem } from '../components';

/** A teammate from the directory (src/notes/schema.ts): no key until they have set up their sign-in. */
export type Teammate = DirectoryEntry;

/** The team's directory: names and public keys, no numbers. */
export function teammates(): Promise<Teammate[]> {
  return api<Teammate[]>('GET', '/api/directory');
}

export type Enrolled = Teammate & { publicKey: string; keyId: string };
export const enrolled = (teammate: Teammate): teammate is Enrolled =>
  teammate.publicKey !== null && teammate.keyId !== null;

export interface TeammateSelectProps {
  id: string;
  label: string;
  /** The empty first option ("Choose a teammate"). */
  pick: string;
  /** Said after the name of someone who cannot be chosen yet. */
  notEnrolled: string;
  teammates: Teammate[];
  chosen: string;
  onChoose: (id: string) => void;
  problems: Problem[];
}

export function TeammateSelect(props: TeammateSelectProps): JSX.Element {
  return (
    <Field id={props.id} label={props.label} error={problemFor(props.problems, props.id)}>
      {(describedBy, invalid) => (
        <select
          id={props.id}
          name={props.id}
          value={props.chosen}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => props.onChoose(event.currentTarget.value)}
        >
          <option value="">{props.pick}</option>
          {props.teammates.map((teammate) => (
            <option key={teammate.id} value={teammate.id} disabled={!enrolled(teammate)}>
              {enrolled(teammate) ? teammate.name : `${teammate.name} (${props.notEnrolled})`}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

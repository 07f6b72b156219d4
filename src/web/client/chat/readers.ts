/**
 * Whom the chat page seals a message to (`GET /chat/readers`), asked for while the person writes so
 * that Send costs one round trip, not two, on a slow connection.
 */
import { sessionHeaders } from './carried';

export type Readers = { keyId: string; publicKey: string }[];

let ahead: Promise<Readers | undefined> | undefined;

async function fetchReaders(): Promise<Readers> {
  const answer = await fetch('/chat/readers', {
    cache: 'no-store',
    credentials: 'same-origin',
    headers: sessionHeaders(),
  });
  if (!answer.ok) throw new Error('readers');
  return ((await answer.json()) as { readers: Readers }).readers;
}

/** On typing: asks once; the answer waits for the next Send. */
export function askReadersAhead(): void {
  ahead ??= fetchReaders().catch(() => undefined);
}

/**
 * The readers asked for ahead (then forgotten: the next message asks again), or asked now when
 * there are none or `fresh` (the server refused a record as sealed to readers out of date).
 */
export async function takeReaders(fresh: boolean): Promise<Readers> {
  const early = fresh ? undefined : await ahead;
  ahead = undefined;
  return early ?? fetchReaders();
}

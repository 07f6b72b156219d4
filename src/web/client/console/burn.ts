/**
 * Burn, the browser's half (the server's is src/burn/): one POST, then the page forgets everything
 * by signing out (the key's bytes zeroed, every store emptied) and the console shows
 * the burnt screen with the new invite. The burn ends every session, this one too, so while it is
 * under way and after it the console must not take the session's end for an ordinary sign-out
 * and replace that screen (which holds the only copy of the invite) with sign-in.
 */
import { api } from './api';
import { startLive, stopLive } from './live';
import { signOut } from './sign-out';

/** What `POST /api/program/burn` answers (it also gives counts, which the page does not show). */
export interface BurnAnswer {
  burntAt: number;
  inviteUrl: string;
  inviteExpiresAt: number;
  /** Kith's public address is a loopback one: the link opens only where Kith runs. */
  inviteOnlyOnThisMachine: boolean;
}

/** What the burnt screen shows: the answer, and the line's time zone to tell the time in. */
export interface Burnt extends BurnAnswer {
  timeZone: string;
}

let state: 'idle' | 'burning' | 'burnt' = 'idle';
let onBurnt: ((burnt: Burnt) => void) | undefined;

/** True from the moment a burn is asked for: a session ending then is the burn's doing. */
export function burnUnderway(): boolean {
  return state !== 'idle';
}

export function whenBurnt(listener: (burnt: Burnt) => void): void {
  onBurnt = listener;
}

/**
 * Asks the server to burn; `confirm` is the program's name as typed. The live stream is closed
 * first, so the server ending this session does not send the page to sign-in; if the server
 * refuses, it is opened again and the error is the caller's to show.
 */
export async function burn(confirm: string, timeZone: string): Promise<void> {
  state = 'burning';
  stopLive();
  let answer: BurnAnswer;
  try {
    answer = await api<BurnAnswer>('POST', '/api/program/burn', { confirm });
  } catch (error) {
    state = 'idle';
    startLive(); // if the session did end meanwhile, the stream is refused and the console shows sign-in
    throw error;
  }
  state = 'burnt';
  try {
    // Exactly what signing out does. The session is already gone on the server, but its answer
    // still clears the stale cookie and carries Clear-Site-Data (storage, caches, service worker);
    // the key's bytes are zeroed and every store emptied here whatever that answer is.
    await signOut();
  } catch {
    // The burn is done either way: the screen with the new invite matters more than this answer.
  } finally {
    const { burntAt, inviteUrl, inviteExpiresAt, inviteOnlyOnThisMachine } = answer;
    onBurnt?.({ burntAt, inviteUrl, inviteExpiresAt, inviteOnlyOnThisMachine, timeZone });
  }
}

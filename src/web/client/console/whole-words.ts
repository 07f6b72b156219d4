/**
 * The whole words of a signed-in console, apart from words.ts: that file is imported by a server-side
 * test too, and must not bring Preact's DOM types into the server's type check.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ConsoleText } from '../../i18n/console/types';

/**
 * Whether the whole words are here when they are needed (someone is signed in, `wanted`): fetched at
 * once then, and again on retry, and waited for where a view needs them (`shownNow`). Before that,
 * sign-in and join need only the words the page carries.
 */
export function useWholeWords(
  wanted: boolean,
  shownNow: boolean,
  text: ConsoleText | undefined,
  loadText: () => Promise<void>,
): { state: 'whole' | 'loading' | 'failed'; retry: () => void } {
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const missing = wanted && text === undefined;
  useEffect(() => {
    if (!missing) return;
    setFailed(false);
    loadText().catch(() => setFailed(true));
  }, [missing, loadText, attempt]);
  const retry = () => setAttempt((n) => n + 1);
  return { state: !missing || !shownNow ? 'whole' : failed ? 'failed' : 'loading', retry };
}

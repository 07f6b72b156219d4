/**
 * The console's one polite live region, in the shell from the first paint: what changed on its own
 * (the person wrote, the conversation closed, people wait, a teammate joined) is said through it,
 * without moving focus. One region, not one per view: a region made together with its words is
 * often not read at all, and views come and go. What a person wrote never goes here, only that
 * they wrote: the region outlives the view that holds the key's words.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

interface Said {
  text: string;
  /** Each announcement is a new element, so the same words twice are still an addition, and read. */
  n: number;
}

let said: Said = { text: '', n: 0 };
const listeners = new Set<(next: Said) => void>();

/** Says `text` politely (after what the screen reader is saying now); the same words twice are said twice. */
export function announce(text: string): void {
  said = { text, n: said.n + 1 };
  for (const listener of listeners) listener(said);
}

/** Empties the region: on signing out, nothing from the session stays in the page. */
export function clearAnnouncements(): void {
  announce('');
}

export function Announcer(): JSX.Element {
  const [current, setCurrent] = useState(said);
  useEffect(() => {
    listeners.add(setCurrent);
    return () => listeners.delete(setCurrent);
  }, []);
  return (
    <div id="console-announcer" class="visually-hidden" role="status">
      {current.text ? <p key={current.n}>{current.text}</p> : null}
    </div>
  );
}

/**
 * Calls `say(before, now)` when `value` changes after its first known value, and announces what it
 * returns (nothing when it returns undefined). `scope` starts afresh: another conversation's first
 * load is no change. `say` returns nothing for a change the responder made here: the view's own
 * status already says it.
 */
export function useAnnounceChange<T>(
  value: T | undefined,
  scope: string,
  say: (before: T, now: T) => string | undefined,
): void {
  const last = useRef<{ scope: string; value: T } | undefined>(undefined);
  useEffect(() => {
    if (value === undefined) return;
    const before = last.current;
    last.current = { scope, value };
    if (!before || before.scope !== scope) return;
    const words = say(before.value, value);
    if (words) announce(words);
    // `say` is read fresh each time; only a new value (or scope) is a change.
  }, [value, scope]);
}

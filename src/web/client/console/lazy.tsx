/**
 * Views loaded by route: each is its own script chunk, fetched the first time it is shown (or when
 * its link is pointed at or focused, which is cheap: one small request, once), so a first visit to
 * sign in downloads only sign-in and join. While a chunk arrives the view says so in a polite live
 * region, and focus stays where it was; the view's heading takes it once it is shown, as any view's
 * does. A chunk that fails says so plainly, with a button to try again.
 */
import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Status } from './components';
import { useFirstText } from './context';

export interface LazyView<P> {
  (props: P): JSX.Element;
  /** Starts fetching the chunk (once); a failed fetch is tried afresh next time. */
  preload(): Promise<ComponentType<P>>;
}

export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = (): Promise<ComponentType<P>> => {
    pending ??= load().then(
      (view) => (loaded = view),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  function Lazy(props: P): JSX.Element {
    const text = useFirstText().shell;
    // A count, not the view itself: useState would call a component function as its initialiser.
    const [, arrived] = useState(0);
    const [attempt, setAttempt] = useState(0);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      // Even when the chunk is here already: it may have arrived between this render and this effect,
      // and only setting state shows it then.
      let current = true;
      preload().then(
        () => current && arrived((n) => n + 1),
        () => current && setFailed(true),
      );
      return () => {
        current = false;
      };
    }, [attempt]);
    if (loaded) {
      const View = loaded;
      return <View {...props} />;
    }
    if (failed)
      return (
        <PartFailed
          retry={() => {
            setFailed(false);
            setAttempt((n) => n + 1);
          }}
        />
      );
    return <Status message={text.loading} />;
  }
  Lazy.preload = preload;
  return Lazy;
}

/** A part of the console (a view's chunk, the whole words) could not be fetched: say so, and try again. */
export function PartFailed({ retry }: { retry: () => void }): JSX.Element {
  const text = useFirstText().shell;
  return (
    <div role="alert">
      <h1>{text.partFailedHeading}</h1>
      <p>{text.failed}</p>
      <button
        type="button"
        class="button secondary"
        onClick={() => {
          // The button goes with the error: focus waits on the main region (the skip link's target)
          // rather than fall to the page, and the view's heading takes it once shown.
          document.getElementById('main')?.focus();
          retry();
        }}
      >
        {text.retry}
      </button>
    </div>
  );
}

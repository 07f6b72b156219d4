/** Loading data for a view: the value, or the error, and a way to load again (after a live event). */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export interface Loaded<T> {
  data: T | undefined;
  failed: boolean;
  /** Loads again; settles once the new value (or the failure) is in place, so a status can follow it. */
  reload: () => Promise<void>;
}

export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const latest = useRef(0);
  const loader = useRef(load);
  loader.current = load;
  const reload = useCallback(() => {
    const ticket = ++latest.current; // an older answer arriving late must not overwrite a newer one
    return loader
      .current()
      .then((value) => {
        if (ticket !== latest.current) return;
        setData(value);
        setFailed(false);
      })
      .catch(() => {
        if (ticket === latest.current) setFailed(true);
      });
  }, []);
  useEffect(() => void reload(), [key, reload]);
  return { data, failed, reload };
}

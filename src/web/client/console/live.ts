/**
 * Live updates: one EventSource per console (`GET /api/events`). Events carry only a topic; the
 * views that care refetch from the API, so nothing private travels this way that the API would
 * not give anyway. EventSource reconnects by itself; after a reconnect (or a `resync` from the
 * server) every view refetches, in case it missed something.
 */
import { useEffect, useState } from 'preact/hooks';

export type Topic = 'calls' | 'roster' | 'shifts' | 'program' | 'notes' | 'conversations' | 'dispatch' | 'members';
const TOPICS: Topic[] = ['calls', 'roster', 'shifts', 'program', 'notes', 'conversations', 'dispatch', 'members'];

type Listener = (topic: Topic | 'resync') => void;

let source: EventSource | undefined;
const listeners = new Set<Listener>();
const connection = new Set<(connected: boolean) => void>();
let connected = true;

function setConnected(next: boolean): void {
  if (connected === next) return;
  connected = next;
  for (const listener of connection) listener(next);
}

function emit(topic: Topic | 'resync'): void {
  for (const listener of listeners) listener(topic);
}

/**
 * EventSource gives up for good (readyState CLOSED) when the server refuses a reconnect — a 401
 * because the session ended (idle, revoked, expired). The console is told, so it can check the
 * session and show sign-in rather than "reconnecting" forever.
 */
let onGaveUp: (() => void) | undefined;
export function whenLiveGivesUp(listener: () => void): void {
  onGaveUp = listener;
}

export function startLive(): void {
  if (source) return;
  source = new EventSource('/api/events');
  for (const topic of TOPICS) source.addEventListener(topic, () => emit(topic));
  source.addEventListener('resync', () => emit('resync'));
  let dropped = false;
  source.addEventListener('open', () => {
    setConnected(true);
    if (dropped) emit('resync');
    dropped = false;
  });
  source.addEventListener('error', () => {
    dropped = true;
    setConnected(false);
    if (source?.readyState === EventSource.CLOSED) {
      source = undefined;
      onGaveUp?.();
    }
  });
}

export function stopLive(): void {
  source?.close();
  source = undefined;
  setConnected(true);
}

/** Calls `refresh` whenever one of `topics` changes on the server (and after any reconnect). */
export function useLive(topics: Topic[], refresh: () => void): void {
  const key = topics.join(',');
  useEffect(() => {
    const listener: Listener = (topic) => {
      if (topic === 'resync' || topics.includes(topic)) refresh();
    };
    listeners.add(listener);
    return () => listeners.delete(listener);
    // `topics` is compared by its joined key, so a new array with the same topics does not resubscribe.
  }, [key, refresh]);
}

export function useLiveConnected(): boolean {
  const [state, setState] = useState(connected);
  useEffect(() => {
    connection.add(setState);
    return () => connection.delete(setState);
  }, []);
  return state;
}

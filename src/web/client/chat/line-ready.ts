/**
 * "Getting the line ready": under a flood the server asks a new chat for a small proof-of-work
 * (src/chat/proof.ts) — a number that gives SHA-256(challenge ":" number) enough leading zero bits.
 * Solved here with Web Crypto, in batches with a pause between them so the page stays responsive
 * and the person can write meanwhile. Nothing is sent until the first message.
 */
import { sessionHeaders } from './carried';

const BATCH = 1024;

/** Leading zero bits of a digest (the server's `zeroBits`; it checks the answer itself). */
function zeroBits(digest: Uint8Array): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte !== 0) return bits + Math.clz32(byte) - 24;
    bits += 8;
  }
  return bits;
}

/**
 * A task, not a microtask, so the page paints and answers keys between batches; a message rather
 * than setTimeout, which browsers hold back 4 ms once nested.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

async function solve(challenge: string): Promise<string> {
  const bits = Number(challenge.split('.')[2] ?? 0);
  const encoder = new TextEncoder();
  for (let start = 0; ; start += BATCH) {
    const digests = await Promise.all(
      Array.from({ length: BATCH }, (_, i) =>
        window.crypto.subtle.digest('SHA-256', encoder.encode(`${challenge}:${start + i}`)),
      ),
    );
    const found = digests.findIndex((digest) => zeroBits(new Uint8Array(digest)) >= bits);
    if (found >= 0) return `${challenge}:${start + found}`;
    await nextTask();
  }
}

let work: Promise<string> | undefined;

/** Starts on a challenge (the page's, or a fresh one from the server); `shown` is told when it starts and ends. */
export function getLineReady(challenge: string | undefined, shown: (ready: boolean) => void): Promise<string> {
  shown(false);
  work = (challenge ? Promise.resolve(challenge) : fetchChallenge()).then(solve);
  work.then(
    () => shown(true),
    () => (work = undefined),
  );
  return work;
}

async function fetchChallenge(): Promise<string> {
  const answer = await fetch('/chat/challenge', {
    cache: 'no-store',
    credentials: 'same-origin',
    headers: sessionHeaders(),
  });
  if (!answer.ok) throw new Error('challenge');
  return ((await answer.json()) as { challenge: string }).challenge;
}

/** The header for a post: the solved proof while a new chat needs one (it waits for the work to finish). */
export async function proofHeaders(): Promise<Record<string, string>> {
  const solved = await work?.catch(() => undefined);
  return solved ? { 'kith-proof': solved } : {};
}

/** The chat is open: what follows needs no proof. */
export function lineOpened(): void {
  work = undefined;
}

import { expect } from 'vitest';

/** Requests sent and answers got, per class of traffic: printed at the end so a run says what it did. */
export class Tally {
  private readonly classes = new Map<string, Map<string, number>>();

  count(kind: string, status: number | string): void {
    const statuses = this.classes.get(kind) ?? new Map<string, number>();
    statuses.set(String(status), (statuses.get(String(status)) ?? 0) + 1);
    this.classes.set(kind, statuses);
  }

  requests(kind: string): number {
    return [...(this.classes.get(kind)?.values() ?? [])].reduce((a, b) => a + b, 0);
  }

  /** One line per class: how many requests, then each status and how often. */
  report(title: string): string {
    const lines = [...this.classes].map(([kind, statuses]) => {
      const byStatus = [...statuses]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([status, n]) => `${status}×${n}`)
        .join(' ');
      return `  ${kind.padEnd(34)} ${String(this.requests(kind)).padStart(5)} requests  ${byStatus}`;
    });
    return [title, ...lines].join('\n');
  }
}

export interface Sent {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer;
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

/**
 * One request, counted under `kind`, that must not meet a 5xx or a dropped connection. Live event
 * streams are closed once their headers arrive. `what` says what was sent when it fails (with the seed).
 */
export async function sendCounted(base: string, tally: Tally, kind: string, sent: Sent, what: string): Promise<Answer> {
  let answer: Answer;
  try {
    const response = await fetch(`${base}${sent.path}`, {
      method: sent.method,
      headers: sent.headers ?? {},
      ...(sent.body === undefined ? {} : { body: sent.body }),
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
    const streaming = response.headers.get('content-type')?.startsWith('text/event-stream') ?? false;
    if (streaming) await response.body?.cancel();
    answer = { status: response.status, headers: response.headers, text: streaming ? '' : await response.text() };
  } catch (error) {
    tally.count(kind, 'no answer');
    throw new Error(`${what}: ${sent.method} ${sent.path} got no answer`, { cause: error });
  }
  tally.count(kind, answer.status);
  const body = sent.body?.subarray(0, 400).toString('utf8') ?? '';
  expect(answer.status, `${what}: ${sent.method} ${sent.path} ${body} → ${answer.text.slice(0, 300)}`).toBeLessThan(
    500,
  );
  return answer;
}

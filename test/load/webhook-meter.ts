/**
 * Times every messaging webhook the simulator sends to Kith. The simulator delivers with the global
 * `fetch`, so a wrapper around it, limited to one URL, sees each attempt: when it started, how long
 * Kith took, and whether it was accepted. Nothing of the request is kept but its MessageSid.
 */
export interface WebhookTiming {
  /** The MessageSid (or, for a call's webhook, the CallSid). */
  messageSid: string;
  /** The path it was sent to. */
  path: string;
  startedAt: number;
  ms: number;
  /** HTTP status, or undefined when the connection failed (refused, reset) or timed out. */
  status: number | undefined;
  /** Why the connection failed (an errno such as ECONNREFUSED), when it did. */
  failure?: string;
}

export class WebhookMeter {
  readonly timings: WebhookTiming[] = [];
  private original: typeof fetch | undefined;

  /**
   * `onAccepted` runs as soon as a webhook is answered 2xx, before the simulator reads the answer.
   * `webhookUrl` is one URL, or a test of the URL (bench/surge.ts times every voice webhook, keyed by
   * CallSid where there is no MessageSid). Meters can be stacked: each wraps the fetch before it.
   */
  install(webhookUrl: string | ((url: string) => boolean), onAccepted: (messageSid: string, at: number) => void): void {
    const original = globalThis.fetch;
    this.original = original;
    const timings = this.timings;
    const metered = typeof webhookUrl === 'string' ? (url: string) => url === webhookUrl : webhookUrl;
    globalThis.fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (!metered(url)) return original(input, init);
      const form = new URLSearchParams(typeof init?.body === 'string' ? init.body : '');
      const messageSid = form.get('MessageSid') ?? form.get('CallSid') ?? '';
      const path = new URL(url).pathname;
      const startedAt = performance.now();
      try {
        const response = await original(input, init);
        const at = performance.now();
        timings.push({ messageSid, path, startedAt, ms: at - startedAt, status: response.status });
        if (response.ok) onAccepted(messageSid, at);
        return response;
      } catch (error) {
        const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
        const failure = cause instanceof Error ? ((cause as Error & { code?: string }).code ?? cause.name) : 'unknown';
        timings.push({ messageSid, path, startedAt, ms: performance.now() - startedAt, status: undefined, failure });
        throw error;
      }
    };
  }

  uninstall(): void {
    if (this.original) globalThis.fetch = this.original;
    this.original = undefined;
  }
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

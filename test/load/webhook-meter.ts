/**
 * Times every messaging webhook the simulator sends to Kith. The simulator delivers with the global
 * `fetch`, so a wrapper around it, limited to one URL, sees each attempt: when it started, how long
 * Kith took, and whether it was accepted. Nothing of the request is kept but its MessageSid.
 */
export interface WebhookTiming {
  messageSid: string;
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

  /** `onAccepted` runs as soon as a webhook is answered 2xx, before the simulator reads the answer. */
  install(webhookUrl: string, onAccepted: (messageSid: string, at: number) => void): void {
    const original = globalThis.fetch;
    this.original = original;
    const timings = this.timings;
    globalThis.fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (url !== webhookUrl) return original(input, init);
      const messageSid = new URLSearchParams(typeof init?.body === 'string' ? init.body : '').get('MessageSid') ?? '';
      const startedAt = performance.now();
      try {
        const response = await original(input, init);
        const at = performance.now();
        timings.push({ messageSid, startedAt, ms: at - startedAt, status: response.status });
        if (response.ok) onAccepted(messageSid, at);
        return response;
      } catch (error) {
        const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
        const failure = cause instanceof Error ? ((cause as Error & { code?: string }).code ?? cause.name) : 'unknown';
        timings.push({ messageSid, startedAt, ms: performance.now() - startedAt, status: undefined, failure });
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

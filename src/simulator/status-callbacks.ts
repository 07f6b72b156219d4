/**
 * Call-progress webhooks (StatusCallback): the app learns a leg was initiated, rang, was
 * answered or ended only through these, so they carry the same signed base parameters as
 * voice requests plus SequenceNumber, Timestamp and CallbackSource, as the provider sends them.
 */
import { describeFailure } from './app-client';
import type { SimContext } from './context';
import type { Leg } from './legs';
import { durationSeconds } from './legs';

export type ProgressEvent = 'initiated' | 'ringing' | 'answered';

/** RFC 2822 in UTC, the provider's timestamp format. */
export function rfc2822(ms: number): string {
  return new Date(ms).toUTCString().replace('GMT', '+0000');
}

export class StatusReporter {
  constructor(private readonly ctx: SimContext) {}

  progress(leg: Leg, event: ProgressEvent): void {
    this.emit(leg, event, event === 'answered' ? 'in-progress' : event, false);
  }

  /** Every final status (completed, busy, no-answer, failed, canceled) is the `completed` event. */
  final(leg: Leg): void {
    this.emit(leg, 'completed', leg.status, true);
  }

  private emit(leg: Leg, event: string, callStatus: string, final: boolean): void {
    const cfg = leg.statusCallback;
    if (cfg === undefined || !cfg.events.has(event)) return;
    // Parameters are captured now: the POST goes out as a separate event, after state may have moved on.
    const params = {
      ...this.ctx.legs.baseParams(leg),
      CallStatus: callStatus,
      SequenceNumber: String(cfg.sequence++),
      Timestamp: rfc2822(this.ctx.now()),
      CallbackSource: 'call-progress-events',
      ...(final ? { CallDuration: String(durationSeconds(leg, this.ctx.now())) } : {}),
    };
    this.ctx.scheduler.at(this.ctx.now(), `status callback ${callStatus}`, async () => {
      const outcome = await this.ctx.app.request(cfg.url, cfg.method, params);
      if (outcome.kind !== 'ok') {
        this.ctx.error(
          outcome.kind === 'http-error' ? 'http-status' : outcome.kind === 'timeout' ? 'timeout' : 'fetch-failed',
          `${describeFailure(outcome)} from status callback ${cfg.url}`,
          leg,
          cfg.url,
        );
      }
    });
  }
}

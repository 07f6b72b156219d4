import type { VoiceRouteTable } from '../telephony/webhooks';

/**
 * Voice first in a surge. A call's webhook answers a person on the line, live; a text's can wait a
 * little (the provider allows ~15 s, and the person is not listening to silence). Both share one
 * database: on SQLite one connection, whose queue is first come first served, so with a hundred texts'
 * transactions queued every statement of a call's webhook waited behind all of them (p99 5.3 s in the
 * issue's surge). Here texts take turns in a few lanes, and a text waiting for a lane does not start
 * while a call's webhook is being answered — unless it has already given way for `maxYieldMs`, so a
 * steady stream of calls never starves texts. Nothing is dropped or answered early: each text is
 * handled, committed and acknowledged exactly as before, only later in a surge.
 */
export interface VoiceFirstOptions {
  /** Texts handled at once. */
  textLanes: number;
  /** How long a waiting text gives way to calls before it goes anyway. */
  maxYieldMs: number;
}

export const VOICE_FIRST_DEFAULTS: VoiceFirstOptions = { textLanes: 2, maxYieldMs: 200 };

export class VoiceFirst {
  private voiceBusy = 0;
  private textsRunning = 0;
  private readonly queue: { since: number; start: () => void }[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: VoiceFirstOptions = VOICE_FIRST_DEFAULTS) {}

  /** The same table, each answer counted as a call's webhook in progress. */
  voice(table: VoiceRouteTable): VoiceRouteTable {
    return Object.fromEntries(
      Object.entries(table).map(([endpoint, handler]) => [
        endpoint,
        {
          ...handler,
          answer: async (request: Parameters<typeof handler.answer>[0]) => {
            this.voiceBusy += 1;
            try {
              return await handler.answer(request);
            } finally {
              this.voiceBusy -= 1;
              this.pump();
            }
          },
        },
      ]),
    ) as unknown as VoiceRouteTable;
  }

  /**
   * Runs `work` in a text lane once one is free (and no call is being answered, within the yield).
   * Texts' work on the database goes in here; waiting on the provider (deleting its copy) does not.
   */
  readonly inTurn = async <T>(work: () => Promise<T>): Promise<T> => {
    await new Promise<void>((start) => {
      this.queue.push({ since: performance.now(), start });
      this.pump();
    });
    try {
      return await work();
    } finally {
      this.textsRunning -= 1;
      this.pump();
    }
  };

  private pump(): void {
    while (this.textsRunning < this.options.textLanes && this.queue.length > 0) {
      const oldest = this.queue[0];
      if (!oldest) return;
      const waited = performance.now() - oldest.since;
      if (this.voiceBusy > 0 && waited < this.options.maxYieldMs) {
        // Calls first; look again when the oldest text has given way long enough (or a call ends).
        this.timer ??= setTimeout(() => {
          this.timer = undefined;
          this.pump();
        }, this.options.maxYieldMs - waited);
        return;
      }
      this.queue.shift();
      this.textsRunning += 1;
      oldest.start();
    }
  }
}

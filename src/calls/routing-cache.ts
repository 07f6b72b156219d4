import type { LiveHub, LiveTopic } from '../live/hub';
import { ProgramCache } from '../program/cache';
import { OnCallCache } from '../shifts/on-call-cache';

/** Topics whose changes can change how a call is routed. */
const ROUTING_TOPICS: readonly LiveTopic[] = ['program', 'shifts', 'roster'];

/**
 * What an incoming call reads that rarely changes — the program (by number and by id) and who is
 * on shift — held per Kith instance. Correctness does not rest on hearing about changes: every
 * entry carries the program's routing stamp, which each call checks against the database in the
 * read it makes anyway (calls/availability.ts). Hearing a change on the live hub (in this process
 * at once; from other instances through PostgreSQL's LISTEN/NOTIFY) only drops entries sooner.
 */
export class RoutingCache {
  readonly programs = new ProgramCache();
  readonly onCall = new OnCallCache();

  invalidate(programId: string): void {
    this.programs.invalidate(programId);
    this.onCall.invalidate(programId);
  }

  /** Whether anything of the program is held (for tests and diagnostics). */
  holds(programId: string): boolean {
    return this.programs.holds(programId) || this.onCall.holds(programId);
  }

  /** Drops a program's entries whenever the hub hears that its settings, roster or shifts changed. */
  listenTo(live: LiveHub): () => void {
    return live.watch((programId, topic) => {
      if (ROUTING_TOPICS.includes(topic)) this.invalidate(programId);
    });
  }
}

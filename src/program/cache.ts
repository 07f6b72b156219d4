import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { programStamped } from './service';
import type { Program } from './types';

export interface StampedProgram {
  readonly program: Program;
  /** The program's routing stamp when it was read: the caller checks it before trusting the program. */
  readonly stamp: string;
}

/**
 * Programs held in memory by community number and by id, each with the routing stamp read in the
 * same row. Not trusted on its own: an incoming call compares the stamp with the database's in a
 * read it makes anyway (calls/availability.ts) and drops the entry when they differ, so a program
 * changed by this instance or another is never used for routing. Unknown numbers are not
 * remembered (a program may take the number at any moment).
 */
export class ProgramCache {
  private readonly byNumber = new Map<string, StampedProgram>();
  private readonly byId = new Map<string, StampedProgram>();

  async ofNumber(db: Kysely<Database>, phoneNumber: string): Promise<StampedProgram | undefined> {
    return this.byNumber.get(phoneNumber) ?? this.remember(await programStamped({ db }, { phoneNumber }));
  }

  async ofId(db: Kysely<Database>, id: string): Promise<StampedProgram | undefined> {
    return this.byId.get(id) ?? this.remember(await programStamped({ db }, { id }));
  }

  holds(programId: string): boolean {
    return this.byId.has(programId);
  }

  invalidate(programId: string): void {
    const held = this.byId.get(programId);
    this.byId.delete(programId);
    if (held?.program.phoneNumber) this.byNumber.delete(held.program.phoneNumber);
    // A number entry can outlive its id entry's replacement; sweep by id to be sure.
    for (const [number, entry] of this.byNumber) if (entry.program.id === programId) this.byNumber.delete(number);
  }

  private remember(found: StampedProgram | undefined): StampedProgram | undefined {
    if (!found) return undefined;
    this.byId.set(found.program.id, found);
    if (found.program.phoneNumber) this.byNumber.set(found.program.phoneNumber, found);
    return found;
  }
}

import type { Who } from './who';

/**
 * Who opened a record (src/access): a coordinator, or someone who can read the record themselves.
 * Anyone else is told "not found": the list would otherwise confirm that the record exists.
 */
export function mayReviewAccess(who: Who, record: { askerReads: boolean }): boolean {
  return who.coordinator || record.askerReads;
}

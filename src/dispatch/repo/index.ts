/** The only dispatch code that knows SQL, by what it is about. */
export type { Db, MemberRow, ResponseRow } from './db';
export * from './responses';
export * from './members';
export * from './brief';
export * from './responders';

/** The only care code that knows SQL, by what it is about. */
export type { Db } from './db';
export * from './closing';
export * from './events';
export * from './debriefs';
export * from './contact';
export * from './follow-ups';
export * from './responders';

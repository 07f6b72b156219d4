/**
 * What the database holds, as counts and stored times only: nothing here selects a sealed body, a
 * number, a name or an id that could leave these files. One file per part of the line.
 */
export type { Span } from './shared';
export * from './texting';
export * from './records';
export * from './team';
export * from './field';

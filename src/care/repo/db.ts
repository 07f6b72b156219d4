import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** A database or a transaction on it: every function here runs inside the caller's transaction if given one. */
export type Db = Kysely<Database>;

import { PostgresAdapter, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../db/schema';
import type { FieldMembersTable, FieldResponsesTable } from '../../db/schema-dispatch';

export type ResponseRow = Selectable<FieldResponsesTable>;
export type MemberRow = Selectable<FieldMembersTable>;
/** A database or a transaction on it: every function here runs inside the caller's transaction if given one. */
export type Db = Kysely<Database>;

export const isPostgres = (db: Db) => db.getExecutor().adapter instanceof PostgresAdapter;

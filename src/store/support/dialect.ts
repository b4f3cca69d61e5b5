import { type Kysely, PostgresAdapter } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/** Which database a handle (or a transaction of it) talks to: `dialectOf(db) === 'postgres'`. */
// biome-ignore lint/suspicious/noExplicitAny: any schema; only the adapter is read.
export function dialectOf(db: Kysely<any>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

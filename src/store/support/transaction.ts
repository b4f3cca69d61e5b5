import type { Db } from '../database.js';

/**
 * Runs `work` in a transaction, or inside the caller's when `db` already is one (Kysely cannot
 * nest them), so repository functions compose: `inTransaction(db, (trx) => saveX(trx, …))`.
 */
export function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

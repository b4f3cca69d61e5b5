/** Inputs ingest could not read, so `vigil ingest --retry-failed` can try them again. */
import type { Db } from './database.js';
import { nowIso } from './support/codec.js';

/** Records (or refreshes) a failure: `await recordFailure(db, 'reports/x.pdf', 'no text layer')` */
export async function recordFailure(db: Db, input: string, error: string): Promise<void> {
  await db
    .insertInto('ingest_failures')
    .values({ input, error, at: nowIso() })
    .onConflict((oc) => oc.column('input').doUpdateSet({ error, at: nowIso() }))
    .execute();
}

/** Oldest first. */
export async function listFailures(db: Db): Promise<{ input: string; error: string; at: string }[]> {
  return db.selectFrom('ingest_failures').select(['input', 'error', 'at']).orderBy('at').orderBy('input').execute();
}

export async function clearFailure(db: Db, input: string): Promise<void> {
  await db.deleteFrom('ingest_failures').where('input', '=', input).execute();
}

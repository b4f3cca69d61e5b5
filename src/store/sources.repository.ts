/** Sources and outlets with their Admiralty reliability grade (A–F; F = cannot be judged). */
import type { Db } from './database.js';
import { refreshEvents } from './event-materialize.js';
import { fold } from './support/fold.js';
import { inTransaction } from './support/transaction.js';

/** Registers names not seen before with grade F; grades already set are kept. */
export async function ensureSources(db: Db, names: readonly (string | null)[]): Promise<void> {
  const byKey = new Map<string, string>();
  for (const n of names) if (n && fold(n)) byKey.set(fold(n), n);
  if (byKey.size === 0) return;
  const rows = [...byKey].map(([name_key, name]) => ({ name_key, name, reliability: 'F' }));
  await db
    .insertInto('sources')
    .values(rows)
    .onConflict((oc) => oc.column('name_key').doNothing())
    .execute();
}

/** `setSourceReliability(db, 'TASS', 'C')`; events quoting that source are rebuilt to show it. */
export async function setSourceReliability(db: Db, name: string, grade: string): Promise<void> {
  if (!/^[A-F]$/.test(grade)) throw new Error(`reliability grade must be A–F, got "${grade}"`);
  await inTransaction(db, async (trx) => {
    await ensureSources(trx, [name]);
    await trx.updateTable('sources').set({ reliability: grade }).where('name_key', '=', fold(name)).execute();
    const quoting = await trx
      .selectFrom('events')
      .select('id')
      .where('source_keys', 'like', `%|${fold(name)}|%`)
      .execute();
    await refreshEvents(
      trx,
      quoting.map((r) => r.id),
    );
  });
}

export async function listSources(db: Db): Promise<{ name: string; reliability: string }[]> {
  return db.selectFrom('sources').select(['name', 'reliability']).orderBy('name').execute();
}

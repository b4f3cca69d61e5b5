/**
 * Splitting an actor: some of its names, and the event mentions that used them, move to a new
 * actor of the same type and country. One `entity-split` decision records it; events are rebuilt
 * with the split replayed (entity-split-rules.ts); undo folds the new actor back into the old one.
 */
import type { Db } from './database.js';
import { appendDecision } from './decisions.repository.js';
import { refreshEventsOf } from './entity-decisions.js';
import { planSplit } from './entity-split-plan.js';
import type { SplitNames } from './entity-split-rules.js';
import { StoreConflictError, StoreNotFoundError } from './event-decisions.js';
import type { LoggedDecision } from './event-replay.js';
import { nowIso } from './support/codec.js';
import { fold } from './support/fold.js';
import { entityId as newEntityIdFor, randomId } from './support/ids.js';
import { inTransaction } from './support/transaction.js';
import type { EntityAliasesTable } from './tables/entities.table.js';

/** Everything undo needs, besides the names the replay reads. */
type SplitPayload = SplitNames & {
  before: { entityId: string; name: string; aliases: string[] };
  after: { entityId: string; name: string };
  /** the alias rows that left the entity, as they were */
  moved: EntityAliasesTable[];
  /** the entity's name before it had to take another (its own name moved), and the rows of that other name */
  renamed: { name: string; nameKey: string; promoted: EntityAliasesTable[] } | null;
};

async function mustEntity(db: Db, id: string) {
  const e = await db.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirst();
  if (!e) throw new StoreNotFoundError(`no entity ${id}`);
  return e;
}

const aliasRows = (db: Db, id: string) =>
  db.selectFrom('entity_aliases').selectAll().where('entity_id', '=', id).orderBy('alias').execute();

/**
 * Moves `aliases` (names of the entity, its own name included) to a new entity, with the events
 * that mention them. @example const { newEntityId } = await splitEntity(db, 'ent_…', ['Mullah Abdullah'], 'ana')
 */
export async function splitEntity(
  db: Db,
  entityId: string,
  aliases: readonly string[],
  user: string,
  opts: { name?: string } = {},
): Promise<{ newEntityId: string; decisionId: number }> {
  return inTransaction(db, async (trx) => {
    const source = await mustEntity(trx, entityId);
    if (source.merged_into)
      throw new StoreConflictError(`${entityId} was merged into ${source.merged_into}; split that actor instead`);
    const rows = await aliasRows(trx, source.id);
    const plan = planSplit(source, rows, aliases, opts.name);
    const nameKey = fold(plan.newName);
    let newId = newEntityIdFor(source.type, nameKey);
    if (await trx.selectFrom('entities').select('id').where('id', '=', newId).executeTakeFirst())
      newId = randomId('ent');
    await trx
      .insertInto('entities')
      .values({ ...source, id: newId, name: plan.newName, name_key: nameKey, merged_into: null, created_at: nowIso() })
      .execute();
    const moved = rows.filter((r) => plan.movedKeys.includes(r.alias_key));
    await trx
      .deleteFrom('entity_aliases')
      .where('entity_id', '=', source.id)
      .where('alias_key', 'in', plan.movedKeys)
      .execute();
    // The new entity's own name is not repeated among its aliases; the old entity's name is kept as one.
    const carried = moved.filter((r) => r.alias_key !== nameKey).map((r) => ({ ...r, entity_id: newId }));
    if (plan.renameTo && source.name_key !== nameKey)
      carried.push({ entity_id: newId, alias: source.name, alias_key: source.name_key, document_id: null });
    if (carried.length) await trx.insertInto('entity_aliases').values(carried).execute();
    const renamed = plan.renameTo ? await rename(trx, source, plan.renameTo) : null;
    const payload: SplitPayload = {
      before: { entityId: source.id, name: source.name, aliases: plan.movedNames },
      after: { entityId: newId, name: plan.newName },
      movedKeys: plan.movedKeys,
      keptKeys: plan.keptKeys,
      moved,
      renamed,
    };
    const decisionId = await appendDecision(trx, {
      user,
      action: 'entity-split',
      scope: 'entity',
      targetId: source.id,
      otherId: newId,
      payload,
    });
    await refreshEventsOf(trx, [source.id]);
    return { newEntityId: newId, decisionId };
  });
}

/** The entity takes one of its remaining names; that name's alias rows go (kept for undo). */
async function rename(db: Db, source: { id: string; name: string; name_key: string }, to: string) {
  const key = fold(to);
  const promoted = await db
    .selectFrom('entity_aliases')
    .selectAll()
    .where('entity_id', '=', source.id)
    .where('alias_key', '=', key)
    .execute();
  await db.deleteFrom('entity_aliases').where('entity_id', '=', source.id).where('alias_key', '=', key).execute();
  await db.updateTable('entities').set({ name: to, name_key: key }).where('id', '=', source.id).execute();
  return { name: source.name, nameKey: source.name_key, promoted };
}

/**
 * Undoes a split (called by undoDecision): the names go back, the old name returns, and the new
 * entity is merged into the old one, so anything that resolved to it since follows.
 */
export async function undoEntitySplit(db: Db, d: LoggedDecision): Promise<void> {
  const p = d.payload as unknown as SplitPayload;
  const source = await mustEntity(db, d.targetId);
  const split = await mustEntity(db, d.otherId ?? '');
  for (const e of [source, split])
    if (e.merged_into)
      throw new StoreConflictError(`${e.name} was merged into ${e.merged_into} since; undo that merge first`);
  const learned = await aliasRows(db, split.id);
  await db.deleteFrom('entity_aliases').where('entity_id', '=', split.id).execute();
  if (p.renamed) {
    await db
      .updateTable('entities')
      .set({ name: p.renamed.name, name_key: p.renamed.nameKey })
      .where('id', '=', source.id)
      .execute();
  }
  const restored = [...p.moved, ...(p.renamed?.promoted ?? [])];
  // Names the new entity learned after the split (later documents, analysts) stay known, on the old entity.
  const known = new Set([p.renamed?.nameKey ?? source.name_key, split.name_key, ...restored.map((r) => r.alias_key)]);
  for (const r of await aliasRows(db, source.id)) known.add(r.alias_key);
  const extra = learned.filter((r) => !known.has(r.alias_key)).map((r) => ({ ...r, entity_id: source.id }));
  if (restored.length + extra.length)
    await db
      .insertInto('entity_aliases')
      .values([...restored, ...extra])
      .execute();
  await db.updateTable('entities').set({ merged_into: source.id }).where('id', '=', split.id).execute();
  await refreshEventsOf(db, [source.id, split.id]);
}

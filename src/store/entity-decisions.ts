/**
 * Analyst decisions on entities: merging two entities, adding and removing aliases. Each is
 * logged (with what it moved, so it can be undone) and applied to the entity tables directly.
 */
import type { Db } from './database.js';
import { appendDecision } from './decisions.repository.js';
import { learnAliases } from './entity-resolution.js';
import { StoreConflictError, StoreNotFoundError } from './event-decisions.js';
import { refreshEvents } from './event-materialize.js';
import type { LoggedDecision } from './event-replay.js';
import { fold } from './support/fold.js';
import { inTransaction } from './support/transaction.js';
import type { EntityAliasesTable } from './tables/entities.table.js';

async function mustEntity(db: Db, id: string) {
  const e = await db.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirst();
  if (!e) throw new StoreNotFoundError(`no entity ${id}`);
  return e;
}

/** Rebuilds the events naming any of these entities, so actors point at the surviving entity. */
export async function refreshEventsOf(db: Db, entityIds: string[]): Promise<void> {
  const rows = await db
    .selectFrom('event_actors')
    .select('event_id')
    .distinct()
    .where('entity_id', 'in', entityIds)
    .execute();
  if (rows.length)
    await refreshEvents(
      db,
      rows.map((r) => r.event_id),
    );
}

/**
 * `mergedId` becomes a name of `keepId`: its aliases move over, its name becomes an alias and
 * its events show `keepId`. @example await mergeEntities(db, 'ent_ttp', 'ent_pakistani_taliban', 'ana')
 */
export async function mergeEntities(db: Db, keepId: string, mergedId: string, user: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const keep = await mustEntity(trx, keepId);
    const merged = await mustEntity(trx, mergedId);
    if (keep.id === merged.id || merged.merged_into)
      throw new StoreConflictError(`${mergedId} cannot be merged into ${keepId}`);
    if (keep.merged_into) throw new StoreConflictError(`${keepId} was itself merged into ${keep.merged_into}`);
    const moved = await trx.selectFrom('entity_aliases').selectAll().where('entity_id', '=', merged.id).execute();
    await trx.updateTable('entity_aliases').set({ entity_id: keep.id }).where('entity_id', '=', merged.id).execute();
    await trx.updateTable('entities').set({ merged_into: keep.id }).where('id', '=', merged.id).execute();
    const before = await trx
      .selectFrom('entity_aliases')
      .select('alias_key')
      .where('entity_id', '=', keep.id)
      .execute();
    await learnAliases(trx, keep.id, [merged.name], null);
    const addedName =
      before.some((b) => b.alias_key === merged.name_key) || keep.name_key === merged.name_key ? null : merged.name;
    const payload = { before: { mergedInto: null }, after: { mergedInto: keep.id }, moved, addedName };
    await appendDecision(trx, {
      user,
      action: 'entity-merge',
      scope: 'entity',
      targetId: keep.id,
      otherId: merged.id,
      payload,
    });
    await refreshEventsOf(trx, [merged.id]);
  });
}

/** An alias an analyst vouches for (document null): `await addAlias(db, 'ent_…', 'TTP', 'ana')` */
export async function addAlias(db: Db, entityId: string, alias: string, user: string): Promise<void> {
  if (!fold(alias)) throw new StoreConflictError('an alias needs letters or digits');
  await inTransaction(db, async (trx) => {
    await mustEntity(trx, entityId);
    await learnAliases(trx, entityId, [alias], null);
    const payload = { before: null, after: { alias } };
    await appendDecision(trx, { user, action: 'alias-add', scope: 'entity', targetId: entityId, payload });
  });
}

/** Removes every row of that alias from the entity: `await removeAlias(db, 'ent_…', 'TTP', 'ana')` */
export async function removeAlias(db: Db, entityId: string, alias: string, user: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    await mustEntity(trx, entityId);
    const key = fold(alias);
    const rows = await trx
      .selectFrom('entity_aliases')
      .selectAll()
      .where('entity_id', '=', entityId)
      .where('alias_key', '=', key)
      .execute();
    if (rows.length === 0) throw new StoreNotFoundError(`${entityId} has no alias "${alias}"`);
    await trx.deleteFrom('entity_aliases').where('entity_id', '=', entityId).where('alias_key', '=', key).execute();
    const payload = { before: { alias }, after: null, removed: rows };
    await appendDecision(trx, { user, action: 'alias-remove', scope: 'entity', targetId: entityId, payload });
  });
}

type EntityPayload = {
  moved?: EntityAliasesTable[];
  addedName?: string | null;
  removed?: EntityAliasesTable[];
  after?: { alias?: string } | null;
};

/** Applies the inverse of an entity decision (called by undoDecision). */
export async function undoEntityDecision(db: Db, d: LoggedDecision): Promise<void> {
  const p = d.payload as EntityPayload;
  if (d.action === 'entity-merge' && d.otherId) {
    await db.updateTable('entities').set({ merged_into: null }).where('id', '=', d.otherId).execute();
    for (const a of p.moved ?? []) {
      await deleteAliasRow(db, d.targetId, a);
      await db
        .insertInto('entity_aliases')
        .values({ ...a, entity_id: d.otherId })
        .execute();
    }
    if (p.addedName)
      await db
        .deleteFrom('entity_aliases')
        .where('entity_id', '=', d.targetId)
        .where('alias_key', '=', fold(p.addedName))
        .where('document_id', 'is', null)
        .execute();
    return refreshEventsOf(db, [d.targetId]);
  }
  if (d.action === 'alias-add' && p.after?.alias) {
    await db
      .deleteFrom('entity_aliases')
      .where('entity_id', '=', d.targetId)
      .where('alias_key', '=', fold(p.after.alias))
      .where('document_id', 'is', null)
      .execute();
  }
  if (d.action === 'alias-remove') {
    for (const a of p.removed ?? []) await db.insertInto('entity_aliases').values(a).execute();
  }
}

async function deleteAliasRow(db: Db, entityId: string, a: EntityAliasesTable): Promise<void> {
  let q = db.deleteFrom('entity_aliases').where('entity_id', '=', entityId).where('alias_key', '=', a.alias_key);
  q = a.document_id === null ? q.where('document_id', 'is', null) : q.where('document_id', '=', a.document_id);
  await q.execute();
}

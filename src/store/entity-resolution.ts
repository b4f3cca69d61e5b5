/**
 * Entity resolution at save time: an extracted entity joins a stored one when its name or any
 * alias matches a stored name or alias (folded: case and diacritics ignored) and the type agrees.
 * Names learned this way are kept as aliases that record the document they came from.
 */
import type { ExtractedEntity } from '../domain/index.js';
import type { Db } from './database.js';
import { resolveEntityRoots } from './entities.repository.js';
import { nameOrAliasMatches } from './entity-name-match.js';
import { splitNames } from './entity-split-rules.js';
import { nowIso } from './support/codec.js';
import { fold } from './support/fold.js';
import { entityId } from './support/ids.js';

/**
 * Returns extractor entity id → stored entity id.
 * @example (await resolveEntities(trx, [{ id: 'e1', type: 'organization', name: 'TTP', aliases: [], country: 'PK' }], 'doc_1')).get('e1')
 */
export async function resolveEntities(
  db: Db,
  entities: readonly ExtractedEntity[],
  documentId: string | null,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const e of entities) {
    const names = [e.name, ...e.aliases].filter((n) => fold(n));
    const keys = [...new Set(names.map(fold))];
    const found = (await byId(db, e)) ?? (await byName(db, e.type, keys));
    const id = found ?? (await createEntity(db, e));
    ids.set(e.id, id);
    await learnAliases(db, id, names, documentId);
  }
  return ids;
}

async function byId(db: Db, e: ExtractedEntity): Promise<string | null> {
  if (!e.id.startsWith('ent_')) return null;
  const row = await db
    .selectFrom('entities')
    .select('id')
    .where('id', '=', e.id)
    .where('type', '=', e.type)
    .executeTakeFirst();
  return row ? ((await resolveEntityRoots(db, [row.id])).get(row.id) ?? row.id) : null;
}

async function byName(db: Db, type: string, keys: string[]): Promise<string | null> {
  if (keys.length === 0) return null;
  const row = await db
    .selectFrom('entities as e')
    .select('e.id')
    .where('e.type', '=', type)
    .where('e.merged_into', 'is', null)
    .where((eb) => nameOrAliasMatches(eb, 'in', keys))
    .orderBy('e.created_at')
    .orderBy('e.id')
    .executeTakeFirst();
  return row?.id ?? null;
}

async function createEntity(db: Db, e: ExtractedEntity): Promise<string> {
  const nameKey = fold(e.name);
  let id = e.id.startsWith('ent_') ? e.id : entityId(e.type, nameKey);
  const clash = await db.selectFrom('entities').select('id').where('id', '=', id).executeTakeFirst();
  if (clash) id = entityId(e.type, `${nameKey}|${nowIso()}|${Math.random()}`);
  await db
    .insertInto('entities')
    .values({
      id,
      type: e.type,
      name: e.name,
      name_key: nameKey,
      country: e.country,
      merged_into: null,
      created_at: nowIso(),
    })
    .execute();
  return id;
}

/** Adds the names the entity is not yet known by. */
export async function learnAliases(
  db: Db,
  id: string,
  names: readonly string[],
  documentId: string | null,
): Promise<void> {
  const entity = await db.selectFrom('entities').select('name_key').where('id', '=', id).executeTakeFirstOrThrow();
  const known = await db.selectFrom('entity_aliases').select('alias_key').where('entity_id', '=', id).execute();
  // An alias an analyst removed is not learned again from a document (re-extraction included).
  const removed = documentId ? await removedAliasKeys(db, id) : [];
  const seen = new Set([entity.name_key, ...known.map((k) => k.alias_key), ...removed]);
  for (const alias of names) {
    const key = fold(alias);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    await db
      .insertInto('entity_aliases')
      .values({ entity_id: id, alias, alias_key: key, document_id: documentId })
      .execute();
  }
}

async function removedAliasKeys(db: Db, id: string): Promise<string[]> {
  const log = await db
    .selectFrom('decisions')
    .select(['id', 'action', 'payload'])
    .where('scope', '=', 'entity')
    .where('target_id', '=', id)
    .where('action', 'in', ['alias-remove', 'entity-split', 'undo'])
    .execute();
  const undone = new Set(log.filter((d) => d.action === 'undo').map((d) => JSON.parse(d.payload).decisionId as number));
  // Names split off to another entity belong to that one now.
  return log
    .filter((d) => d.action !== 'undo' && !undone.has(Number(d.id)))
    .flatMap((d) =>
      d.action === 'entity-split'
        ? splitNames(d.payload).movedKeys
        : [fold((JSON.parse(d.payload) as { before: { alias: string } }).before.alias)],
    );
}

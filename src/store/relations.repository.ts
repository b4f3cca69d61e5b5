/** Relations between entities ("ISKP leader Abdullah Orakzai"), written per document and read per entity. */
import type { EntityRelation, ExtractedRelation } from '../domain/index.js';
import type { Db } from './database.js';
import { resolveEntityRoots } from './entities.repository.js';

/**
 * Replaces the relations a document states (a re-extraction may find others), mapping the extractor's
 * entity ids to stored ones; a relation whose entity was not stored is skipped.
 */
export async function writeDocumentRelations(
  db: Db,
  documentId: string,
  relations: readonly ExtractedRelation[],
  entityIds: ReadonlyMap<string, string>,
): Promise<void> {
  await db.deleteFrom('entity_relations').where('document_id', '=', documentId).execute();
  const rows = relations.flatMap((r) => {
    const subject = entityIds.get(r.subject);
    const object = entityIds.get(r.object);
    if (!subject || !object || subject === object) return [];
    return [{ subject_id: subject, object_id: object, type: r.type, document_id: documentId, ...r.evidence }];
  });
  if (rows.length) await db.insertInto('entity_relations').values(rows).execute();
}

/**
 * The relations of an entity in both directions, seen through merges (a relation of a merged-away
 * entity belongs to the entity it joined), one row per (type, direction, other entity).
 * @example (await relationsOf(db, 'ent_iskp')).filter((r) => r.type === 'leader_of' && r.direction === 'incoming')
 */
export async function relationsOf(db: Db, entityId: string): Promise<EntityRelation[]> {
  const members = await db.selectFrom('entities').select('id').where('merged_into', '=', entityId).execute();
  const ids = [entityId, ...members.map((m) => m.id)];
  const rows = await db
    .selectFrom('entity_relations')
    .selectAll()
    .where((eb) => eb.or([eb('subject_id', 'in', ids), eb('object_id', 'in', ids)]))
    .orderBy('document_id')
    .orderBy('start')
    .execute();
  const roots = await resolveEntityRoots(
    db,
    rows.flatMap((r) => [r.subject_id, r.object_id]),
  );
  const names = new Map(
    (
      await db
        .selectFrom('entities')
        .select(['id', 'name'])
        .where('id', 'in', [...new Set(roots.values()), entityId])
        .execute()
    ).map((e) => [e.id, e.name]),
  );
  const seen = new Set<string>();
  const out: EntityRelation[] = [];
  for (const r of rows) {
    const subject = roots.get(r.subject_id) ?? r.subject_id;
    const object = roots.get(r.object_id) ?? r.object_id;
    const direction = subject === entityId ? 'outgoing' : 'incoming';
    const other = direction === 'outgoing' ? object : subject;
    const key = `${r.type}|${direction}|${other}`;
    if (other === entityId || seen.has(key)) continue;
    seen.add(key);
    out.push({
      type: r.type as EntityRelation['type'],
      direction,
      entityId: other,
      name: names.get(other) ?? other,
      documentId: r.document_id,
      text: r.text,
    });
  }
  return out;
}

/** Reading entities: pages for the actor list, one entity with its names and events. */
import type { EntityDetail, EntitySummary, Page } from '../domain/index.js';
import type { Db } from './database.js';
import { nameOrAliasMatches } from './entity-name-match.js';
import { eventSummaries } from './events.repository.js';
import { relationsOf } from './relations.repository.js';
import { chunks, toCount } from './support/codec.js';
import { fold } from './support/fold.js';

/** Maps entity ids to the entity they were merged into (or themselves). Nulls are ignored. */
export async function resolveEntityRoots(db: Db, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let pending = [...new Set(ids.filter((x): x is string => !!x))];
  const parent = new Map<string, string>();
  for (let hop = 0; pending.length > 0 && hop < 10; hop++) {
    const next: string[] = [];
    for (const batch of chunks(pending, 500)) {
      const rows = await db.selectFrom('entities').select(['id', 'merged_into']).where('id', 'in', batch).execute();
      for (const r of rows) {
        if (r.merged_into && !parent.has(r.id)) {
          parent.set(r.id, r.merged_into);
          next.push(r.merged_into);
        }
      }
    }
    pending = next;
  }
  for (const id of ids) {
    if (!id) continue;
    let root = id;
    for (let i = 0; i < 10 && parent.has(root); i++) root = parent.get(root) ?? root;
    out.set(id, root);
  }
  return out;
}

/** `listEntities(db, { q: 'taliban', type: 'organization', limit: 20, offset: 0 })` */
export async function listEntities(
  db: Db,
  opts: { q?: string; type?: string; limit: number; offset: number },
): Promise<Page<EntitySummary>> {
  let query = db.selectFrom('entities as e').where('e.merged_into', 'is', null);
  if (opts.type) query = query.where('e.type', '=', opts.type);
  const q = opts.q ? fold(opts.q) : '';
  if (q) {
    const like = `%${q}%`;
    query = query.where((eb) => nameOrAliasMatches(eb, 'like', like));
  }
  const total = await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .select(['e.id', 'e.type', 'e.name', 'e.country'])
    .select((eb) =>
      eb
        .selectFrom('event_actors as ea')
        .innerJoin('events as ev', 'ev.id', 'ea.event_id')
        .select((eb2) => eb2.fn.count<number>('ev.id').distinct().as('c'))
        .whereRef('ea.entity_id', '=', 'e.id')
        .where('ev.status', '!=', 'merged')
        .as('event_count'),
    )
    .orderBy('event_count', 'desc')
    .orderBy('e.name')
    .limit(opts.limit)
    .offset(opts.offset)
    .execute();
  const aliases = await aliasesOf(
    db,
    rows.map((r) => r.id),
  );
  const items = rows.map((r) => ({
    id: r.id,
    type: r.type as EntitySummary['type'],
    name: r.name,
    aliases: [...new Set((aliases.get(r.id) ?? []).map((a) => a.alias))],
    country: r.country,
    eventCount: toCount(r.event_count),
  }));
  return { items, total: toCount(total.n), limit: opts.limit, offset: opts.offset };
}

async function aliasesOf(db: Db, ids: string[]): Promise<Map<string, { alias: string; documentId: string | null }[]>> {
  const out = new Map<string, { alias: string; documentId: string | null }[]>();
  for (const batch of chunks(ids, 500)) {
    const rows = await db
      .selectFrom('entity_aliases')
      .selectAll()
      .where('entity_id', 'in', batch)
      .orderBy('alias')
      .execute();
    for (const r of rows)
      out.set(r.entity_id, [...(out.get(r.entity_id) ?? []), { alias: r.alias, documentId: r.document_id }]);
  }
  return out;
}

/** One entity with where each alias came from and its (latest 500) events. */
export async function getEntity(db: Db, id: string): Promise<EntityDetail | null> {
  const e = await db.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirst();
  if (!e) return null;
  const aliasSources = (await aliasesOf(db, [id])).get(id) ?? [];
  const eventIds = await db
    .selectFrom('event_actors as ea')
    .innerJoin('events as ev', 'ev.id', 'ea.event_id')
    .select('ev.id')
    .distinct()
    .where('ea.entity_id', '=', id)
    .where('ev.status', '!=', 'merged')
    .execute();
  const events = await eventSummaries(db, eventIds.map((r) => r.id).slice(0, 500));
  return {
    id: e.id,
    type: e.type as EntityDetail['type'],
    name: e.name,
    aliases: [...new Set(aliasSources.map((a) => a.alias))],
    country: e.country,
    eventCount: eventIds.length,
    aliasSources,
    relations: await relationsOf(db, id),
    events,
  };
}

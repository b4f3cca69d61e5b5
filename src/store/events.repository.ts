/** Reading events: filtered pages with an exact total, and one event with its claims and history. */
import { sql } from 'kysely';
import type { EventDetail, EventQuery, Page, StoredEvent } from '../domain/index.js';

type HistoryEntry = EventDetail['history'][number];
type SourceClaim = EventDetail['claims'][number];

import { loadClaims } from './claims.repository.js';
import type { Db } from './database.js';
import { decisionsAbout } from './decisions.repository.js';
import { eventFilter } from './event-filters.js';
import { chunks, fromJson, toCount } from './support/codec.js';
import { dialectOf } from './support/dialect.js';
import type { EventsTable } from './tables/events.table.js';

export function toStoredEvent(r: EventsTable): StoredEvent {
  return {
    id: r.id,
    type: r.type as StoredEvent['type'],
    date: fromJson(r.date_json, null),
    place: fromJson(r.place_json, null),
    actors: fromJson(r.actors_json, []),
    weapons: fromJson(r.weapons_json, []),
    casualties: fromJson(r.casualties_json, { killed: null, injured: null, arrested: null, kidnapped: null }),
    certainty: r.certainty as StoredEvent['certainty'],
    attribution: { source: r.source, via: r.via },
    confidence: Number(r.confidence),
    status: r.status as StoredEvent['status'],
    documentIds: fromJson(r.document_ids_json, []),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    sourceGrade: (r.source_grade ?? null) as StoredEvent['sourceGrade'],
    mergedInto: r.merged_into,
  };
}

const nullsLast = (col: string) => sql`case when ${sql.ref(col)} is null then 1 else 0 end`;

/**
 * One page of events matching the query, with the exact total.
 * @example await listEvents(db, { type: 'attack', country: 'AF', sort: '-killed', limit: 50, offset: 0 })
 */
export async function listEvents(db: Db, q: Partial<EventQuery>): Promise<Page<StoredEvent>> {
  const limit = q.limit ?? 50;
  const offset = q.offset ?? 0;
  const where = eventFilter(q, dialectOf(db));
  const total = await db
    .selectFrom('events')
    .where(where)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  let query = db.selectFrom('events').selectAll().where(where);
  const sort = q.sort ?? '-date';
  const desc = sort.startsWith('-');
  const key = sort.replace(/^-/, '');
  const column = key === 'date' ? 'events.date_start' : key === 'killed' ? 'events.killed' : `events.${key}`;
  if (key !== 'type') query = query.orderBy(nullsLast(column));
  query = query.orderBy(sql.ref(column), desc ? 'desc' : 'asc');
  const rows = await query.orderBy('events.id').limit(limit).offset(offset).execute();
  return { items: rows.map(toStoredEvent), total: toCount(total.n), limit, offset };
}

/** Shown events by id, newest first. */
export async function eventSummaries(db: Db, ids: readonly string[]): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  for (const batch of chunks(ids, 500)) {
    out.push(...(await db.selectFrom('events').selectAll().where('id', 'in', batch).execute()).map(toStoredEvent));
  }
  return out.sort((a, b) => (b.date?.start ?? '').localeCompare(a.date?.start ?? '') || a.id.localeCompare(b.id));
}

/** Ids of the machine events shown as `id` (itself and what was merged into it). */
export async function memberIds(db: Db, id: string): Promise<string[]> {
  const rows = await db.selectFrom('events').select('id').where('merged_into', '=', id).execute();
  return [id, ...rows.map((r) => r.id)];
}

/** One event with evidence, every source's claim, the figures rule's outcome and its history. */
export async function getEvent(db: Db, id: string): Promise<EventDetail | null> {
  const row = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const members = row.merged_into ? [id] : await memberIds(db, id);
  const claims = await loadClaims(db, members);
  const evidence = await db
    .selectFrom('event_evidence as ev')
    .innerJoin('documents as d', 'd.id', 'ev.document_id')
    .select(['ev.document_id', 'd.title', 'ev.text', 'ev.start', 'ev.end'])
    .where('ev.event_id', 'in', members)
    .orderBy('ev.document_id')
    .orderBy('ev.start')
    .execute();
  const links = await db
    .selectFrom('event_links')
    .selectAll()
    .where((eb) => eb.or([eb('a_id', '=', id), eb('b_id', '=', id)]))
    .execute();
  const history: HistoryEntry[] = (await decisionsAbout(db, members)).map((d) => ({
    id: d.id,
    at: d.at,
    user: d.user,
    action: d.action,
    before: d.payload.before ?? null,
    after: d.payload.after ?? null,
  }));
  const sourceClaims: SourceClaim[] = members.flatMap((m) => {
    const c = claims.get(m);
    return c
      ? [
          {
            documentId: c.documentId,
            source: c.source,
            via: c.via,
            casualties: c.casualties,
            actors: c.actors,
            certainty: c.certainty,
            date: c.date,
          },
        ]
      : [];
  });
  return {
    ...toStoredEvent(row),
    evidence: evidence.map((e) => ({
      documentId: e.document_id,
      documentTitle: e.title,
      text: e.text,
      start: e.start,
      end: e.end,
    })),
    claims: sourceClaims,
    figures: fromJson(row.figures_json, { rule: 'acled-conservative', disputed: false, note: null }),
    rules: fromJson(row.rules_json, []),
    history,
    related: links.map((l) => (l.a_id === id ? l.b_id : l.a_id)),
  };
}

/**
 * Writing the shown layer (`events`, `event_actors`) from machine claims and replayed decisions.
 * Called after every save, re-extraction and decision for the events they touch.
 */
import { eventClass, eventType } from '../domain/index.js';
import { loadClaims } from './claims.repository.js';
import type { Db } from './database.js';
import { loadLog } from './decisions.repository.js';
import { actorEntities } from './entity-split-rules.js';
import { type ComposedEvent, composeEvent, type MachineClaim } from './event-compose.js';
import { type EventState, membersOf, replayEventDecisions, rootOf } from './event-replay.js';
import { chunks, nowIso, toJson } from './support/codec.js';
import { fold } from './support/fold.js';
import type { EventActorsTable, EventsTable } from './tables/events.table.js';

const FRESH: EventState = { patch: {}, status: 'proposed', mergedInto: null };

/**
 * Replays the log and rewrites every event connected to `ids` (their roots and merged members).
 * @example await refreshEvents(trx, ['ev_a', 'ev_b']) // after merge(a, b)
 */
export async function refreshEvents(db: Db, ids: readonly string[]): Promise<void> {
  const states = replayEventDecisions(await loadLog(db, 'event'));
  const previous = await db
    .selectFrom('events')
    .select('merged_into')
    .where('id', 'in', [...ids, ''])
    .execute();
  const seeds = [...ids, ...previous.flatMap((r) => (r.merged_into ? [r.merged_into] : []))];
  const affected = new Set<string>();
  for (const id of seeds) {
    affected.add(id);
    for (const m of membersOf(rootOf(id, states), states)) affected.add(m);
  }
  await writeShownEvents(db, [...affected], states);
}

/** Writes the shown rows of `ids`; events whose claim is gone lose their row. */
export async function writeShownEvents(
  db: Db,
  ids: readonly string[],
  states: ReadonlyMap<string, EventState>,
): Promise<void> {
  const memberIds = new Map(ids.map((id) => [id, states.get(id)?.mergedInto ? [id] : membersOf(id, states)]));
  const claims = await loadClaims(db, [...memberIds.values()].flat());
  // Actors point at the entity they belong to now (merges followed, splits replayed) before the
  // claims are composed, so two names of one entity, or one name of two, are counted right.
  const reassign = await actorEntities(
    db,
    [...claims.values()].flatMap((c) => c.actors),
  );
  for (const c of claims.values()) c.actors = c.actors.map(reassign);
  const grades = await sourceGrades(db, [...claims.values()]);
  const created = new Map<string, string>();
  for (const batch of chunks(ids, 500)) {
    const rows = await db.selectFrom('events').select(['id', 'created_at']).where('id', 'in', batch).execute();
    for (const r of rows) created.set(r.id, r.created_at);
    await db.deleteFrom('event_actors').where('event_id', 'in', batch).execute();
    await db.deleteFrom('events').where('id', 'in', batch).execute();
  }
  const now = nowIso();
  const eventRows: EventsTable[] = [];
  const actorRows: EventActorsTable[] = [];
  for (const id of ids) {
    const own = claims.get(id);
    if (!own) continue;
    const members = (memberIds.get(id) ?? [id]).flatMap((m) => claims.get(m) ?? []);
    const state = states.get(id) ?? FRESH;
    // A merged event points at the event that is shown, not at an intermediate merge.
    const rooted = state.mergedInto ? { ...state, mergedInto: rootOf(id, states) } : state;
    const shown = composeEvent(own, members, rooted, grades.get(gradeKey(own)) ?? null);
    shown.actors = shown.actors.map(reassign); // an analyst's patched actors too
    eventRows.push(toEventRow(shown, members, created.get(id) ?? now, now));
    for (const a of shown.actors) {
      actorRows.push({
        event_id: id,
        entity_id: a.entity,
        role: a.role,
        mention: a.mention,
        kind: a.kind,
        name: a.name,
        name_key: fold(a.name),
      });
    }
  }
  for (const batch of chunks(eventRows, 50)) await db.insertInto('events').values(batch).execute();
  for (const batch of chunks(actorRows, 300)) await db.insertInto('event_actors').values(batch).execute();
}

const gradeKey = (c: MachineClaim): string => fold(c.source ?? c.via ?? c.publisher ?? '');

async function sourceGrades(db: Db, claims: MachineClaim[]): Promise<Map<string, string>> {
  const keys = [...new Set(claims.map(gradeKey).filter(Boolean))];
  const out = new Map<string, string>();
  for (const batch of chunks(keys, 500)) {
    const rows = await db
      .selectFrom('sources')
      .select(['name_key', 'reliability'])
      .where('name_key', 'in', batch)
      .execute();
    for (const r of rows) out.set(r.name_key, r.reliability);
  }
  return out;
}

function toEventRow(e: ComposedEvent, members: MachineClaim[], createdAt: string, updatedAt: string): EventsTable {
  const sourceKeys = new Set(
    members.flatMap((c) => [c.source, c.via, c.publisher]).flatMap((s) => (s ? [fold(s)] : [])),
  );
  if (e.attribution.source) sourceKeys.add(fold(e.attribution.source));
  const searchable = [eventType(e.type)?.label, e.place?.name, e.place?.admin1, ...e.actors.map((a) => a.name)];
  return {
    id: e.id,
    type: e.type,
    type_class: eventClass(e.type),
    date_start: e.date?.start ?? null,
    date_end: e.date?.end ?? null,
    date_json: e.date ? toJson(e.date) : null,
    place_json: e.place ? toJson(e.place) : null,
    place_key: e.place ? fold(e.place.name) : null,
    admin1_key: e.place?.admin1 ? fold(e.place.admin1) : null,
    admin2_key: e.place?.admin2 ? fold(e.place.admin2) : null,
    country: e.place?.country?.toUpperCase() ?? null,
    actors_json: toJson(e.actors),
    weapons_json: toJson(e.weapons),
    casualties_json: toJson(e.casualties),
    killed: e.casualties.killed?.min ?? null,
    certainty: e.certainty,
    source: e.attribution.source,
    via: e.attribution.via,
    source_keys: `|${[...sourceKeys].join('|')}|`,
    search_key: fold(searchable.filter(Boolean).join(' ')),
    confidence: e.confidence,
    status: e.status,
    merged_into: e.mergedInto ?? null,
    source_grade: e.sourceGrade ?? null,
    figures_json: toJson({ rule: e.figures.rule, disputed: e.figures.disputed, note: e.figures.note }),
    document_ids_json: toJson(e.documentIds),
    rules_json: toJson(e.rules),
    created_at: createdAt,
    updated_at: updatedAt,
  };
}

/**
 * The machine layer: one claim row per extracted event (its document's version of the facts)
 * and the evidence spans behind it. Rewritten by re-extraction; never touched by analysts.
 */
import type { ExtractedEvent } from '../domain/index.js';
import type { Db } from './database.js';
import type { MachineClaim } from './event-compose.js';
import { chunks, fromJson, nowIso, toJson } from './support/codec.js';
import { machineEventId } from './support/ids.js';
import type { EventClaimsTable, EventEvidenceTable } from './tables/events.table.js';

export interface MachineRows {
  ids: string[];
  claims: EventClaimsTable[];
  evidence: EventEvidenceTable[];
}

/**
 * Gives each extracted event its stable id and turns it into rows. `entityIds` maps the
 * extractor's entity ids to stored ones.
 * @example toMachineRows(result.events, 'doc_1', doc.contentHash, new Map([['e1', 'ent_ab12']]))
 */
export function toMachineRows(
  events: readonly ExtractedEvent[],
  documentId: string,
  contentHash: string,
  entityIds: ReadonlyMap<string, string>,
): MachineRows {
  const rows: MachineRows = { ids: [], claims: [], evidence: [] };
  const at = nowIso();
  for (const e of events) {
    const firstStart = Math.min(...e.evidence.map((ev) => ev.start));
    let nth = 0;
    let id = machineEventId(contentHash, e.type, firstStart);
    while (rows.ids.includes(id)) id = machineEventId(contentHash, e.type, firstStart, ++nth);
    rows.ids.push(id);
    const actors = e.actors.map((a) => ({ ...a, entity: a.entity ? (entityIds.get(a.entity) ?? a.entity) : null }));
    rows.claims.push({
      event_id: id,
      document_id: documentId,
      type: e.type,
      date_json: e.date ? toJson(e.date) : null,
      place_json: e.place ? toJson(e.place) : null,
      actors_json: toJson(actors),
      weapons_json: toJson(e.weapons),
      casualties_json: toJson(e.casualties),
      certainty: e.certainty,
      source: e.attribution.source,
      via: e.attribution.via,
      confidence: e.confidence,
      rules_json: toJson(e.rules ?? []),
      extracted_at: at,
    });
    for (const ev of e.evidence) {
      rows.evidence.push({ event_id: id, document_id: documentId, start: ev.start, end: ev.end, text: ev.text });
    }
  }
  return rows;
}

export async function insertMachineRows(db: Db, rows: MachineRows): Promise<void> {
  for (const batch of chunks(rows.claims, 100)) await db.insertInto('event_claims').values(batch).execute();
  for (const batch of chunks(rows.evidence, 300)) await db.insertInto('event_evidence').values(batch).execute();
}

export async function deleteMachineRows(db: Db, eventIds: readonly string[]): Promise<void> {
  for (const batch of chunks(eventIds, 500)) {
    await db.deleteFrom('event_evidence').where('event_id', 'in', batch).execute();
    await db.deleteFrom('event_claims').where('event_id', 'in', batch).execute();
  }
}

/** Machine event ids a document produced. */
export async function claimIdsOfDocument(db: Db, documentId: string): Promise<string[]> {
  const rows = await db.selectFrom('event_claims').select('event_id').where('document_id', '=', documentId).execute();
  return rows.map((r) => r.event_id);
}

/** Reads claims back, with their document's publisher and title for labelling. */
export async function loadClaims(db: Db, eventIds: readonly string[]): Promise<Map<string, MachineClaim>> {
  const out = new Map<string, MachineClaim>();
  for (const batch of chunks([...new Set(eventIds)], 500)) {
    const rows = await db
      .selectFrom('event_claims as c')
      .innerJoin('documents as d', 'd.id', 'c.document_id')
      .selectAll('c')
      .select(['d.publisher', 'd.title'])
      .where('c.event_id', 'in', batch)
      .execute();
    for (const r of rows) out.set(r.event_id, claimFromRow(r));
  }
  return out;
}

const claimFromRow = (r: EventClaimsTable & { publisher: string | null; title: string | null }): MachineClaim => ({
  eventId: r.event_id,
  documentId: r.document_id,
  type: r.type as MachineClaim['type'],
  date: fromJson(r.date_json, null),
  place: fromJson(r.place_json, null),
  actors: fromJson(r.actors_json, []),
  weapons: fromJson(r.weapons_json, []),
  casualties: fromJson(r.casualties_json, { killed: null, injured: null, arrested: null, kidnapped: null }),
  certainty: r.certainty as MachineClaim['certainty'],
  source: r.source,
  via: r.via,
  confidence: Number(r.confidence),
  rules: fromJson(r.rules_json, []),
  publisher: r.publisher,
  documentTitle: r.title,
});

/**
 * Saving what ingest and the extractor produced, in one transaction per document, and
 * re-extracting a stored document without losing analysts' decisions.
 */
import type { ExtractionResult, IngestedDocument } from '../domain/index.js';
import { claimIdsOfDocument, deleteMachineRows, insertMachineRows, toMachineRows } from './claims.repository.js';
import type { Db } from './database.js';
import { loadLog } from './decisions.repository.js';
import { eventIdsOfDocument, findByHash, insertDocument, latestVersion } from './documents.repository.js';
import { resolveEntities } from './entity-resolution.js';
import { refreshEvents, writeShownEvents } from './event-materialize.js';
import { writeDocumentRelations } from './relations.repository.js';
import { ensureSources } from './sources.repository.js';
import { inTransaction } from './support/transaction.js';

export interface SaveResult {
  documentId: string;
  status: 'created' | 'unchanged' | 'new-version';
  eventIds: string[];
}

const sourcesOf = (x: ExtractionResult, publisher: string | null) => [
  publisher,
  ...x.events.flatMap((e) => [e.attribution.source, e.attribution.via]),
];

/**
 * Stores a document with its sentences, events, evidence, entities, aliases and claims: all or nothing.
 * The same content again is `unchanged` (nothing written); new content from a known origin is a `new-version`.
 * @example const { documentId, status, eventIds } = await saveDocument(store.db, doc, extraction, { user: 'cli' });
 */
export async function saveDocument(
  db: Db,
  doc: IngestedDocument,
  extraction: ExtractionResult,
  opts: { user?: string } = {},
): Promise<SaveResult> {
  try {
    return await saveOnce(db, doc, extraction, opts);
  } catch (err) {
    // Two ingests of the same content racing (parallel workers, CLI and server): the loser's
    // insert hits the unique content hash; report it as unchanged rather than as a failure.
    const winner = db.isTransaction ? null : await findByHash(db, doc.contentHash);
    if (winner)
      return { documentId: winner.id, status: 'unchanged', eventIds: await eventIdsOfDocument(db, winner.id) };
    throw err;
  }
}

async function saveOnce(
  db: Db,
  doc: IngestedDocument,
  extraction: ExtractionResult,
  opts: { user?: string },
): Promise<SaveResult> {
  return inTransaction(db, async (trx) => {
    const existing = await findByHash(trx, doc.contentHash);
    if (existing)
      return { documentId: existing.id, status: 'unchanged', eventIds: await eventIdsOfDocument(trx, existing.id) };
    const previous = await latestVersion(trx, doc.origin);
    const { text: _text, ...extractedMeta } = extraction.document;
    const documentId = await insertDocument(trx, doc, extractedMeta, previous + 1, opts.user ?? null);
    const entityIds = await resolveEntities(trx, extraction.entities, documentId);
    await writeDocumentRelations(trx, documentId, extraction.relations ?? [], entityIds);
    const rows = toMachineRows(extraction.events, documentId, doc.contentHash, entityIds);
    await ensureSources(trx, sourcesOf(extraction, doc.meta.publisher ?? extractedMeta.publisher));
    await insertMachineRows(trx, rows);
    // New content means new event ids, so no decision can name them yet: no replay needed.
    await writeShownEvents(trx, rows.ids, new Map());
    return { documentId, status: previous > 0 ? 'new-version' : 'created', eventIds: rows.ids };
  });
}

/**
 * Replaces the machine layer of a document's events with a new extraction and replays the
 * decisions log on top, so analysts' corrections survive. An event the new extraction no longer
 * finds keeps its old claim if an analyst decided anything about it; otherwise it goes.
 * @example await reextractDocument(store.db, 'doc_…', await extract(doc))
 */
export async function reextractDocument(
  db: Db,
  documentId: string,
  extraction: ExtractionResult,
): Promise<{ eventIds: string[] }> {
  return inTransaction(db, async (trx) => {
    const doc = await trx
      .selectFrom('documents')
      .select(['content_hash', 'publisher'])
      .where('id', '=', documentId)
      .executeTakeFirst();
    if (!doc) throw new Error(`no document ${documentId}`);
    const oldIds = await claimIdsOfDocument(trx, documentId);
    const entityIds = await resolveEntities(trx, extraction.entities, documentId);
    await writeDocumentRelations(trx, documentId, extraction.relations ?? [], entityIds);
    const rows = toMachineRows(extraction.events, documentId, doc.content_hash, entityIds);
    await ensureSources(trx, sourcesOf(extraction, doc.publisher));
    const decided = new Set(
      (await loadLog(trx, 'event')).flatMap((d) => [d.targetId, d.otherId, ...(d.payload.moveOut ?? [])]),
    );
    const fresh = new Set(rows.ids);
    await deleteMachineRows(
      trx,
      oldIds.filter((id) => fresh.has(id) || !decided.has(id)),
    );
    await insertMachineRows(trx, rows);
    await refreshEvents(trx, [...new Set([...oldIds, ...rows.ids])]);
    return { eventIds: rows.ids };
  });
}

/** Documents and their sentences. */
import type { DocumentDetail, IngestedDocument, Page, StoredDocument } from '../domain/index.js';
import type { Db } from './database.js';
import { splitSentences } from './sentences.js';
import { chunks, nowIso, toCount } from './support/codec.js';
import { documentId } from './support/ids.js';
import type { DocumentsTable } from './tables/documents.table.js';

const toStoredDocument = (r: DocumentsTable): StoredDocument => ({
  id: r.id,
  title: r.title,
  author: r.author,
  published: r.published,
  publisher: r.publisher,
  url: r.url,
  origin: r.origin,
  format: r.format,
  contentHash: r.content_hash,
  version: Number(r.version),
  ingestedAt: r.ingested_at,
});

export async function findByHash(db: Db, contentHash: string): Promise<StoredDocument | null> {
  const row = await db.selectFrom('documents').selectAll().where('content_hash', '=', contentHash).executeTakeFirst();
  return row ? toStoredDocument(row) : null;
}

/** Highest version stored for an origin, 0 when the origin is new. */
export async function latestVersion(db: Db, origin: string): Promise<number> {
  const row = await db
    .selectFrom('documents')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('origin', '=', origin)
    .executeTakeFirst();
  return toCount(row?.v);
}

/** Inserts a document and its sentences; returns its id. */
export async function insertDocument(
  db: Db,
  doc: IngestedDocument,
  fallback: IngestedDocument['meta'],
  version: number,
  user: string | null,
): Promise<string> {
  const id = documentId(doc.contentHash);
  const meta = doc.meta;
  await db
    .insertInto('documents')
    .values({
      id,
      origin: doc.origin,
      format: doc.format,
      title: meta.title ?? fallback.title,
      author: meta.author ?? fallback.author,
      published: meta.published ?? fallback.published,
      publisher: meta.publisher ?? fallback.publisher,
      url: meta.url ?? fallback.url,
      text: doc.text,
      content_hash: doc.contentHash,
      version,
      ingested_at: nowIso(),
      ingested_by: user,
    })
    .execute();
  const sentences = splitSentences(doc.text).map((s) => ({ document_id: id, ...s }));
  for (const batch of chunks(sentences, 200)) await db.insertInto('sentences').values(batch).execute();
  return id;
}

/** Shown event ids for a document (an event merged elsewhere counts as the event it joined). */
export async function eventIdsOfDocument(db: Db, id: string): Promise<string[]> {
  const rows = await db
    .selectFrom('event_claims as c')
    .innerJoin('events as e', 'e.id', 'c.event_id')
    .select(['e.id', 'e.merged_into'])
    .where('c.document_id', '=', id)
    .orderBy('e.id')
    .execute();
  return [...new Set(rows.map((r) => r.merged_into ?? r.id))];
}

/** `getDocument(db, 'doc_…')` → the document with its text and events, or null. */
export async function getDocument(db: Db, id: string): Promise<DocumentDetail | null> {
  const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  return { ...toStoredDocument(row), text: row.text, eventIds: await eventIdsOfDocument(db, id) };
}

/** Newest first. `listDocuments(db, { limit: 20, offset: 0 })` */
export async function listDocuments(db: Db, opts: { limit: number; offset: number }): Promise<Page<StoredDocument>> {
  const total = await db
    .selectFrom('documents')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('documents')
    .selectAll()
    .orderBy('ingested_at', 'desc')
    .orderBy('id')
    .limit(opts.limit)
    .offset(opts.offset)
    .execute();
  return { items: rows.map(toStoredDocument), total: toCount(total.n), limit: opts.limit, offset: opts.offset };
}

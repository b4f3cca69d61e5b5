/** The first schema: documents, the machine and shown layers of events, entities, decisions. */
import type { Kysely, Migration } from 'kysely';
import { dialectOf } from '../support/dialect.js';
import { createSentenceSearch, dropSentenceSearch } from './full-text.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema, they cannot be typed by it.
type AnyDb = Kysely<any>;

async function up(db: AnyDb): Promise<void> {
  const dialect = dialectOf(db);
  const s = db.schema;
  await s
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('author', 'text')
    .addColumn('published', 'text')
    .addColumn('publisher', 'text')
    .addColumn('url', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull().unique())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .addColumn('ingested_by', 'text')
    .execute();
  await s.createIndex('documents_origin_idx').on('documents').columns(['origin', 'version']).execute();

  await s
    .createTable('sentences')
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sentences_pk', ['document_id', 'idx'])
    .execute();
  await createSentenceSearch(db, dialect);

  await s
    .createTable('ingest_failures')
    .addColumn('input', 'text', (c) => c.primaryKey())
    .addColumn('error', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();

  await s
    .createTable('entities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('merged_into', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await s.createIndex('entities_name_key_idx').on('entities').columns(['name_key', 'type']).execute();

  await s
    .createTable('entity_aliases')
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id').onDelete('cascade'))
    .addColumn('alias', 'text', (c) => c.notNull())
    .addColumn('alias_key', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.references('documents.id').onDelete('cascade'))
    .execute();
  await s.createIndex('entity_aliases_key_idx').on('entity_aliases').column('alias_key').execute();
  await s.createIndex('entity_aliases_entity_idx').on('entity_aliases').column('entity_id').execute();

  await createEventTables(db);

  await s
    .createTable('decisions')
    .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) =>
      dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('other_id', 'text')
    .addColumn('payload', 'text', (c) => c.notNull())
    .execute();
  await s.createIndex('decisions_scope_idx').on('decisions').columns(['scope', 'id']).execute();
  await s.createIndex('decisions_target_idx').on('decisions').column('target_id').execute();

  await s
    .createTable('sources')
    .addColumn('name_key', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('reliability', 'text', (c) => c.notNull().defaultTo('F'))
    .execute();
}

async function createEventTables(db: AnyDb): Promise<void> {
  const s = db.schema;
  await s
    .createTable('event_claims')
    .addColumn('event_id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('date_json', 'text')
    .addColumn('place_json', 'text')
    .addColumn('actors_json', 'text', (c) => c.notNull())
    .addColumn('weapons_json', 'text', (c) => c.notNull())
    .addColumn('casualties_json', 'text', (c) => c.notNull())
    .addColumn('certainty', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('via', 'text')
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addColumn('rules_json', 'text', (c) => c.notNull())
    .addColumn('extracted_at', 'text', (c) => c.notNull())
    .execute();
  await s.createIndex('event_claims_document_idx').on('event_claims').column('document_id').execute();

  await s
    .createTable('event_evidence')
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();
  await s.createIndex('event_evidence_event_idx').on('event_evidence').column('event_id').execute();
  await s.createIndex('event_evidence_document_idx').on('event_evidence').columns(['document_id', 'start']).execute();

  let events = s.createTable('events').addColumn('id', 'text', (c) => c.primaryKey());
  for (const col of ['type', 'type_class', 'actors_json', 'weapons_json', 'casualties_json', 'certainty']) {
    events = events.addColumn(col, 'text', (c) => c.notNull());
  }
  for (const col of ['date_start', 'date_end', 'date_json', 'place_json', 'place_key', 'admin1_key', 'admin2_key']) {
    events = events.addColumn(col, 'text');
  }
  for (const col of ['country', 'source', 'via', 'merged_into', 'source_grade']) events = events.addColumn(col, 'text');
  for (const col of ['source_keys', 'search_key', 'status', 'figures_json', 'document_ids_json', 'rules_json']) {
    events = events.addColumn(col, 'text', (c) => c.notNull());
  }
  await events
    .addColumn('killed', 'integer')
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  for (const cols of [['date_start'], ['date_end'], ['type'], ['type_class'], ['country'], ['status'], ['killed']]) {
    await s
      .createIndex(`events_${cols.join('_')}_idx`)
      .on('events')
      .columns(cols)
      .execute();
  }
  await s.createIndex('events_merged_into_idx').on('events').column('merged_into').execute();

  await s
    .createTable('event_actors')
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('entity_id', 'text', (c) => c.references('entities.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('mention', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .execute();
  await s.createIndex('event_actors_event_idx').on('event_actors').column('event_id').execute();
  await s.createIndex('event_actors_entity_idx').on('event_actors').column('entity_id').execute();
  await s.createIndex('event_actors_name_idx').on('event_actors').column('name_key').execute();

  await s
    .createTable('event_links')
    .addColumn('a_id', 'text', (c) => c.notNull())
    .addColumn('b_id', 'text', (c) => c.notNull())
    .addColumn('decision_id', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_links_pk', ['a_id', 'b_id'])
    .execute();
}

async function down(db: AnyDb): Promise<void> {
  await dropSentenceSearch(db, dialectOf(db));
  const tables = ['event_links', 'event_actors', 'events', 'event_evidence', 'event_claims', 'sources', 'decisions'];
  for (const t of [...tables, 'entity_aliases', 'entities', 'ingest_failures', 'sentences', 'documents']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}

export const initial: Migration = { up, down };

/**
 * The one dialect-specific corner of the schema: full-text search over sentences.
 * SQLite: an FTS5 table kept in step by triggers (external content, keyed by the sentence rowid).
 * PostgreSQL: a generated tsvector column with a GIN index. 'simple' config / unicode61 with
 * diacritics removed, so neither side stems and both match the same words.
 */
import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../support/dialect.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists.
export async function createSentenceSearch(db: Kysely<any>, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') {
    await sql`alter table sentences add column tsv tsvector generated always as (to_tsvector('simple', text)) stored`.execute(
      db,
    );
    await sql`create index sentences_tsv_idx on sentences using gin (tsv)`.execute(db);
    return;
  }
  await sql`create virtual table sentences_fts using fts5(
    text, content='sentences', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')`.execute(db);
  await sql`create trigger sentences_ai after insert on sentences begin
    insert into sentences_fts(rowid, text) values (new.rowid, new.text); end`.execute(db);
  await sql`create trigger sentences_ad after delete on sentences begin
    insert into sentences_fts(sentences_fts, rowid, text) values ('delete', old.rowid, old.text); end`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see above.
export async function dropSentenceSearch(db: Kysely<any>, dialect: DialectName): Promise<void> {
  if (dialect === 'sqlite') await sql`drop table if exists sentences_fts`.execute(db);
}

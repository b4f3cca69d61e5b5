/**
 * The query half of full-text search, the only place besides the migration that branches on the
 * dialect. Both sides AND the words of the query and ignore case and (SQLite) diacritics.
 */
import { type RawBuilder, sql } from 'kysely';
import type { DialectName } from './support/dialect.js';

/** Words of a user query, quoted for FTS5 so operators in the input are taken literally. */
export function ftsWords(q: string): string[] {
  return q.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/**
 * A condition on the sentence alias `s` that is true when it matches `q`.
 * @example db.selectFrom('sentences as s').where(sentenceMatches('s', 'suicide bomber', 'sqlite'))
 */
export function sentenceMatches(alias: string, q: string, dialect: DialectName): RawBuilder<boolean> {
  const words = ftsWords(q);
  if (words.length === 0) return sql<boolean>`1 = 0`;
  if (dialect === 'postgres') {
    return sql<boolean>`${sql.ref(`${alias}.tsv`)} @@ plainto_tsquery('simple', ${words.join(' ')})`;
  }
  const match = words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
  return sql<boolean>`${sql.ref(`${alias}.rowid`)} in (select rowid from sentences_fts where sentences_fts match ${match})`;
}

/** A relevance score for ordering sentence hits (higher is better). */
export function sentenceRank(alias: string, q: string, dialect: DialectName): RawBuilder<number> {
  if (dialect === 'postgres') {
    return sql<number>`ts_rank(${sql.ref(`${alias}.tsv`)}, plainto_tsquery('simple', ${ftsWords(q).join(' ')}))`;
  }
  // FTS5's bm25 needs the MATCH in the same query; sentence length is a fair, portable stand-in.
  return sql<number>`-length(${sql.ref(`${alias}.text`)})`;
}

/** One search box: full text over sentences, plus events and entities whose names match. */
import { eventType, type SearchHit } from '../domain/index.js';
import type { Db } from './database.js';
import { nameOrAliasMatches } from './entity-name-match.js';
import { sentenceMatches, sentenceRank } from './full-text-query.js';
import { dialectOf } from './support/dialect.js';
import { fold } from './support/fold.js';

const clip = (text: string, max = 240): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Entities first (the most specific hits), then events, then documents (best sentence each).
 * @example await search(db, 'suicide bomber kabul', 20)
 */
export async function search(db: Db, q: string, limit = 20): Promise<SearchHit[]> {
  const key = fold(q);
  if (!key) return [];
  const like = `%${key}%`;
  const entities = await db
    .selectFrom('entities as e')
    .select(['e.id', 'e.name', 'e.type'])
    .where('e.merged_into', 'is', null)
    .where((eb) => nameOrAliasMatches(eb, 'like', like))
    .orderBy('e.name')
    .limit(limit)
    .execute();
  const events = await db
    .selectFrom('events')
    .select(['id', 'type', 'date_start', 'place_json', 'actors_json', 'killed'])
    .where('status', '!=', 'merged')
    .where('search_key', 'like', like)
    .orderBy('date_start', 'desc')
    .limit(limit)
    .execute();
  const dialect = dialectOf(db);
  const sentences = await db
    .selectFrom('sentences as s')
    .innerJoin('documents as d', 'd.id', 's.document_id')
    .select(['s.document_id', 's.text', 'd.title'])
    .select(sentenceRank('s', q, dialect).as('rank'))
    .where(sentenceMatches('s', q, dialect))
    .orderBy('rank', 'desc')
    .limit(limit * 5)
    .execute();
  const hits: SearchHit[] = [
    ...entities.map((e) => ({ kind: 'entity' as const, id: e.id, title: e.name, snippet: e.type })),
    ...events.map((e) => {
      const place = e.place_json ? (JSON.parse(e.place_json) as { name: string }).name : null;
      const title = [eventType(e.type)?.label ?? e.type, place, e.date_start].filter(Boolean).join(' · ');
      const actors = (JSON.parse(e.actors_json) as { name: string }[]).map((a) => a.name);
      const snippet = [actors.join(', '), e.killed !== null ? `${e.killed} killed` : null].filter(Boolean).join(' · ');
      return { kind: 'event' as const, id: e.id, title, snippet };
    }),
  ];
  const seenDocs = new Set<string>();
  for (const s of sentences) {
    if (seenDocs.has(s.document_id)) continue;
    seenDocs.add(s.document_id);
    hits.push({ kind: 'document', id: s.document_id, title: s.title ?? s.document_id, snippet: clip(s.text) });
  }
  return hits.slice(0, limit);
}

/** EventQuery filters as one WHERE expression over `events`, shared by the page and its total. */
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { EventQuery } from '../domain/index.js';
import type { Database } from './database.js';
import { sentenceMatches } from './full-text-query.js';
import type { DialectName } from './support/dialect.js';
import { fold } from './support/fold.js';

type EventsEb = ExpressionBuilder<Database, 'events'>;

const csv = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** `db.selectFrom('events').where(eventFilter({ type: 'attack', country: 'PK' }, 'sqlite'))` */
export function eventFilter(q: Partial<EventQuery>, dialect: DialectName) {
  return (eb: EventsEb): Expression<SqlBool> => {
    const and: Expression<SqlBool>[] = [];
    const statuses = csv(q.status);
    // Merged events live on inside the event they joined; they show only when asked for.
    and.push(statuses.length ? eb('events.status', 'in', statuses) : eb('events.status', '!=', 'merged'));
    if (q.from) and.push(eb('events.date_end', '>=', q.from));
    if (q.to) and.push(eb('events.date_start', '<=', q.to));
    const types = csv(q.type);
    if (types.length) {
      const codes = types.filter((t) => t.includes('.'));
      const classes = types.filter((t) => !t.includes('.'));
      const or: Expression<SqlBool>[] = [];
      if (codes.length) or.push(eb('events.type', 'in', codes));
      if (classes.length) or.push(eb('events.type_class', 'in', classes));
      and.push(eb.or(or));
    }
    if (q.actor) and.push(actorFilter(eb, q.actor));
    if (q.country) and.push(eb('events.country', '=', q.country.toUpperCase()));
    if (q.place) {
      const key = fold(q.place);
      and.push(
        eb.or([eb('events.place_key', '=', key), eb('events.admin2_key', '=', key), eb('events.admin1_key', '=', key)]),
      );
    }
    if (q.source) and.push(eb('events.source_keys', 'like', `%|${fold(q.source)}|%`));
    const certainty = csv(q.certainty);
    if (certainty.length) and.push(eb('events.certainty', 'in', certainty));
    if (q.q?.trim()) and.push(eb('events.id', 'in', eventsWithMatchingEvidence(eb, q.q, dialect)));
    return eb.and(and);
  };
}

// An uncorrelated IN (…) lets the database use the entity index once; a correlated EXISTS made SQLite
// walk every row of a busy actor for each event (seconds on 10,000 events).
function actorFilter(eb: EventsEb, actor: string): Expression<SqlBool> {
  const actors = eb.selectFrom('event_actors as ea').select('ea.event_id');
  if (actor.startsWith('ent_')) return eb('events.id', 'in', actors.where('ea.entity_id', '=', actor));
  const key = fold(actor);
  return eb(
    'events.id',
    'in',
    actors.where((w) =>
      w.or([
        w('ea.name_key', '=', key),
        w('ea.entity_id', 'in', w.selectFrom('entity_aliases').select('entity_id').where('alias_key', '=', key)),
        w('ea.entity_id', 'in', w.selectFrom('entities').select('id').where('name_key', '=', key)),
      ]),
    ),
  );
}

/** Shown ids of events with evidence overlapping a sentence that matches `q` (merged members count). */
function eventsWithMatchingEvidence(eb: EventsEb, q: string, dialect: DialectName) {
  return eb
    .selectFrom('event_evidence as ev')
    .innerJoin('events as m', 'm.id', 'ev.event_id')
    .innerJoin('sentences as s', (join) =>
      join
        .onRef('s.document_id', '=', 'ev.document_id')
        .onRef('s.start', '<', 'ev.end')
        .onRef('s.end', '>', 'ev.start'),
    )
    .select(sql<string>`coalesce(m.merged_into, m.id)`.as('id'))
    .where(sentenceMatches('s', q, dialect));
}

/**
 * Candidate duplicates for review, never merged automatically. ACLED's rule of thumb: reports of
 * one event share the day, the place, the actors and the kind of event. Each shared trait adds
 * to the score and says so in `reasons`.
 */
import { eventClass } from '../domain/index.js';
import type { Db } from './database.js';
import { toStoredEvent } from './events.repository.js';
import { fold } from './support/fold.js';

const WEIGHTS = { day: 0.35, place: 0.3, province: 0.1, actors: 0.2, typeClass: 0.15 } as const;
const THRESHOLD = 0.5;

const shiftDay = (day: string, days: number): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** `await findDuplicateCandidates(db, 'ev_…')` → `[{ eventId, score: 1, reasons: ['same day', 'same place: Kabul', …] }]` */
export async function findDuplicateCandidates(
  db: Db,
  eventId: string,
): Promise<{ eventId: string; reasons: string[]; score: number }[]> {
  const row = await db.selectFrom('events').selectAll().where('id', '=', eventId).executeTakeFirst();
  if (!row?.date_start || !row.date_end) return [];
  const event = toStoredEvent(row);
  // Dates in reports drift by a day (time zones, "yesterday"), so look one day either side.
  const candidates = await db
    .selectFrom('events')
    .selectAll()
    .where('id', '!=', eventId)
    .where('status', 'not in', ['merged', 'rejected'])
    .where('date_start', '<=', shiftDay(row.date_end, 1))
    .where('date_end', '>=', shiftDay(row.date_start, -1))
    .limit(500)
    .execute();
  const actorKeys = new Set(event.actors.map((a) => a.entity ?? fold(a.name)));
  const out: { eventId: string; reasons: string[]; score: number }[] = [];
  for (const c of candidates.map(toStoredEvent)) {
    const reasons: string[] = [];
    let score = 0;
    if (c.date && event.date && c.date.start === event.date.start && c.date.end === event.date.end) {
      reasons.push('same day');
      score += WEIGHTS.day;
    } else reasons.push('within a day');
    if (c.place && event.place && fold(c.place.name) === fold(event.place.name)) {
      reasons.push(`same place: ${event.place.name}`);
      score += WEIGHTS.place;
    } else if (c.place?.admin1 && event.place?.admin1 && fold(c.place.admin1) === fold(event.place.admin1)) {
      reasons.push(`same province: ${event.place.admin1}`);
      score += WEIGHTS.province;
    }
    const shared = c.actors.filter((a) => actorKeys.has(a.entity ?? fold(a.name))).map((a) => a.name);
    if (shared.length) {
      reasons.push(`shared actors: ${[...new Set(shared)].join(', ')}`);
      score += WEIGHTS.actors;
    }
    if (eventClass(c.type) === eventClass(event.type)) {
      reasons.push(`same type class: ${eventClass(c.type)}`);
      score += WEIGHTS.typeClass;
    }
    if (score >= THRESHOLD) out.push({ eventId: c.id, reasons, score: Math.round(score * 100) / 100 });
  }
  return out.sort((a, b) => b.score - a.score || a.eventId.localeCompare(b.eventId));
}

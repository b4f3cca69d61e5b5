/**
 * Plain-text renderings of event fields, shared by tables, popups, exports and the timeline.
 * Labels come from the domain vocabularies, never from strings written here.
 */

import { eventType } from '../../../src/domain/event-types.js';
import type { Count, EventDate, EventPlace, StoredEvent } from '../../../src/domain/index.js';
import { CERTAINTY, labelOf, REVIEW_STATUS, ROLES } from '../../../src/domain/vocabularies.js';

/** `formatCount({min: 6, max: null})` → "6+"; a range → "3–5"; null → "". */
export function formatCount(count: Count | null | undefined): string {
  if (!count) return '';
  if (count.max === null) return `${count.min}+`;
  if (count.max === count.min) return String(count.min);
  return `${count.min}–${count.max}`;
}

/** `formatDate({start:'2024-03-01', end:'2024-03-31', precision:'month'})` → "2024-03 (month)". */
export function formatDate(date: EventDate | null | undefined): string {
  if (!date) return 'undated';
  if (date.precision === 'day' || date.start === date.end) return date.start;
  if (date.precision === 'month') return `${date.start.slice(0, 7)} (month)`;
  if (date.precision === 'year') return `${date.start.slice(0, 4)} (year)`;
  return `${date.start} – ${date.end}`;
}

/** "Bagram, Parwan, AF" from the most to the least precise part present. */
export function formatPlace(place: EventPlace | null | undefined): string {
  if (!place) return 'unknown place';
  const parts = [place.name, place.admin2, place.admin1, place.country].filter(
    (p, i, all): p is string => !!p && all.indexOf(p) === i,
  );
  return parts.join(', ');
}

export const typeLabel = (code: string): string => eventType(code)?.label ?? code;
export const certaintyLabel = (code: string): string => labelOf(CERTAINTY, code);
export const statusLabel = (code: string): string => labelOf(REVIEW_STATUS, code);
export const roleLabel = (code: string): string => labelOf(ROLES, code);

/** Names of the actors playing one role, e.g. the perpetrators. */
export function actorNames(event: Pick<StoredEvent, 'actors'>, role?: string): string {
  return event.actors
    .filter((a) => !role || a.role === role)
    .map((a) => a.name)
    .join('; ');
}

/** A one-line headline: "Suicide attack, Kabul, 2024-03-02". */
export function eventHeadline(event: Pick<StoredEvent, 'type' | 'place' | 'date'>): string {
  return `${typeLabel(event.type)}, ${event.place?.name ?? 'unknown place'}, ${formatDate(event.date)}`;
}

/**
 * The events filters as URL state: every filter the table, map and timeline share lives in the
 * query string, so a view can be bookmarked, shared and reloaded as it was.
 */
import type { EventQuery } from '../../../src/domain/index.js';

export type EventFilters = Partial<Omit<EventQuery, 'limit' | 'offset'>>;

/** The filter keys in the order the filter bar shows them. */
export const FILTER_KEYS = [
  'from',
  'to',
  'type',
  'actor',
  'country',
  'place',
  'source',
  'certainty',
  'status',
  'q',
  'sort',
] as const satisfies readonly (keyof EventFilters)[];

const SORTS = new Set(['date', '-date', 'type', 'killed', '-killed', 'confidence', '-confidence']);

/**
 * Reads the filters from a query string, dropping empty and unknown values.
 * @example filtersFromSearch('?type=attack&sort=-date') // → { type: 'attack', sort: '-date' }
 */
export function filtersFromSearch(search: string): EventFilters {
  const params = new URLSearchParams(search);
  const filters: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (key === 'sort' && !SORTS.has(value)) continue;
    filters[key] = value;
  }
  return filters as EventFilters;
}

/**
 * Writes filters (and optional paging) as a query string without the leading `?`.
 * @example searchFromFilters({ q: 'Kabul' }, { offset: 50 }) // → "q=Kabul&offset=50"
 */
export function searchFromFilters(filters: EventFilters, paging: { limit?: number; offset?: number } = {}): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  if (paging.limit !== undefined) params.set('limit', String(paging.limit));
  if (paging.offset) params.set('offset', String(paging.offset));
  return params.toString();
}

/** Reads a non-negative integer from the query string, with a fallback. */
export function intParam(search: string, key: string, fallback: number): number {
  const raw = new URLSearchParams(search).get(key);
  const n = raw === null ? Number.NaN : Number.parseInt(raw, 10);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

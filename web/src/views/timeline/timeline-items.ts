/**
 * Events as timeline groups and items: day-precision dates are points; month, week, year and range
 * dates are drawn as ranges over their whole span, so vague dates look vague.
 */
import type { CompactEvent } from '../../../../src/server/features/analysis/schema.js';
import { typeLabel } from '../../lib/format.js';

export type GroupBy = 'actor' | 'type';

export interface TimelineItem {
  id: string;
  group: string;
  start: string;
  end?: string;
  type: 'point' | 'range';
  content: string;
  title: string;
  className: string;
}

/** Escapes text for vis-timeline, which renders `content` strings as HTML. */
export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The day after an ISO day: vis-timeline range ends are exclusive. */
export const nextDay = (day: string): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

const groupOf = (e: CompactEvent, by: GroupBy): string => {
  if (by === 'type') return typeLabel(e.type);
  return e.actors.find((a) => a.role === 'perpetrator')?.name ?? e.actors[0]?.name ?? 'Unknown actor';
};

/**
 * @example toTimeline([event], 'type').items[0].type // 'point' for a day-precision date
 */
export function toTimeline(events: CompactEvent[], by: GroupBy, maxGroups = 40) {
  const dated = events.filter((e) => e.date);
  const sizes = new Map<string, number>();
  for (const e of dated) sizes.set(groupOf(e, by), (sizes.get(groupOf(e, by)) ?? 0) + 1);
  // Many small groups make an unreadable chart: keep the largest, fold the rest into "Other".
  const kept = new Set(
    [...sizes.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, maxGroups)
      .map(([g]) => g),
  );
  const items: TimelineItem[] = dated.map((e) => {
    const date = e.date!;
    const group = kept.has(groupOf(e, by)) ? groupOf(e, by) : 'Other';
    const label = `${typeLabel(e.type)}${e.place ? `, ${e.place.name}` : ''}`;
    const point = date.precision === 'day' || date.start === date.end;
    return {
      id: e.id,
      group,
      start: date.start,
      ...(point ? {} : { end: nextDay(date.end) }),
      type: point ? 'point' : 'range',
      content: escapeHtml(label),
      title: escapeHtml(`${label} (${date.precision}: ${date.start}${point ? '' : ` – ${date.end}`})`),
      className: `tl-${e.type.split('.')[0]} tl-${e.status}`,
    };
  });
  const groups = [...kept, ...(items.some((i) => i.group === 'Other') ? ['Other'] : [])].map((g) => ({
    id: g,
    content: escapeHtml(g),
  }));
  return { items, groups, undated: events.length - dated.length };
}

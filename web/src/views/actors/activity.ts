/** Counts of events per month (or per year over long spans), for the actor's activity chart. */
import type { CompactEvent } from '../../../../src/server/features/analysis/schema.js';

export interface Bin {
  label: string;
  count: number;
}

/**
 * @example activityBins([{ date: { start: '2024-03-02' } }, { date: { start: '2024-05-10' } }]) // Mar, Apr (0), May
 */
export function activityBins(events: Pick<CompactEvent, 'date'>[]): Bin[] {
  const days = events
    .map((e) => e.date?.start)
    .filter((d): d is string => !!d)
    .sort();
  if (days.length === 0) return [];
  const first = days[0]!;
  const last = days[days.length - 1]!;
  const years = Number(last.slice(0, 4)) - Number(first.slice(0, 4));
  const byYear = years > 6;
  const keyOf = (d: string) => (byYear ? d.slice(0, 4) : d.slice(0, 7));
  const counts = new Map<string, number>();
  for (const d of days) counts.set(keyOf(d), (counts.get(keyOf(d)) ?? 0) + 1);
  const bins: Bin[] = [];
  let y = Number(first.slice(0, 4));
  let m = byYear ? 1 : Number(first.slice(5, 7));
  const end = keyOf(last);
  for (;;) {
    const label = byYear ? String(y) : `${y}-${String(m).padStart(2, '0')}`;
    bins.push({ label, count: counts.get(label) ?? 0 });
    if (label >= end) break;
    if (byYear) y++;
    else if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return bins;
}

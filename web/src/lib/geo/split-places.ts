/**
 * Sorts events by how they can be drawn: a point for point-precision places with coordinates,
 * an area for province-only (admin1) places, and nothing for vaguer places: never a fake pin at a
 * province's centre.
 */
import type { CompactEvent } from '../../../../src/server/features/analysis/schema.js';

export interface MapPoint {
  id: string;
  lat: number;
  lon: number;
  event: CompactEvent;
}

export interface AreaCount {
  key: string;
  admin1: string;
  country: string | null;
  events: CompactEvent[];
}

/** `normaliseAdmin1('Khyber-Pakhtunkhwa Province')` → "khyber pakhtunkhwa" */
export const normaliseAdmin1 = (name: string): string =>
  name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\b(province|wilayat|velayat)\b/g, '')
    .replace(/[^a-z]+/g, ' ')
    .trim();

export function splitPlaces(events: CompactEvent[]): { points: MapPoint[]; areas: AreaCount[]; unmapped: number } {
  const points: MapPoint[] = [];
  const areas = new Map<string, AreaCount>();
  let unmapped = 0;
  for (const e of events) {
    const p = e.place;
    if (p && p.lat !== null && p.lon !== null && (p.precision === 'point' || p.precision === 'admin2')) {
      points.push({ id: e.id, lat: p.lat, lon: p.lon, event: e });
    } else if (p?.admin1 && (p.precision === 'admin1' || p.precision === 'admin2')) {
      const key = `${p.country ?? ''}:${normaliseAdmin1(p.admin1)}`;
      const area = areas.get(key) ?? { key, admin1: p.admin1, country: p.country, events: [] };
      area.events.push(e);
      areas.set(key, area);
    } else unmapped++;
  }
  return { points, areas: [...areas.values()].sort((a, b) => b.events.length - a.events.length), unmapped };
}

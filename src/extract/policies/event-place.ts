/**
 * Which place is an event's. Policy `place.event.v1`: only places in the event's own sentences
 * count; a dateline ("ISLAMABAD, Aug 12 -": where the report was filed) or a route ("from Kabul")
 * only when nothing else is named; then the most precise wins (town over district over province over country), then the
 * one nearest the trigger.
 */
import type { EventPlace } from '../../domain/index.js';
import type { PlaceMention } from '../annotated.js';
import type { PlaceEntry } from '../knowledge-port.js';

const PRECISION: Record<PlaceEntry['kind'], EventPlace['precision']> = {
  city: 'point',
  admin2: 'admin2',
  admin1: 'admin1',
  country: 'country',
};
const ORDER: EventPlace['precision'][] = ['point', 'admin2', 'admin1', 'country'];

/** `toEventPlace(mention, 'Asadabad, Kunar province')` → {name: 'Asadabad', admin1: 'Kunar', country: 'AF', precision: 'point', …}. */
export function toEventPlace(m: PlaceMention, text: string): EventPlace {
  const p = m.place;
  const area = m.within[0];
  const precision = PRECISION[p.kind];
  const point = precision === 'point';
  return {
    name: p.name,
    admin2: p.kind === 'admin2' ? p.name : (p.admin2 ?? (area?.kind === 'admin2' ? area.name : null)),
    admin1: p.kind === 'admin1' ? p.name : area?.kind === 'admin1' ? area.name : (p.admin1 ?? null),
    country: p.country || null,
    lat: point ? p.lat : null,
    lon: point ? p.lon : null,
    precision,
    text,
  };
}

/**
 * A place named as where the report was filed (a dateline), where people came from ("sent from
 * Kabul", rule `place.route`) or as a landmark ("east of the capital", rule `place.bearing`): an
 * event's place only when nothing else is named, and no sign of which incident a sentence tells.
 */
export const isElsewhere = (m: Pick<PlaceMention, 'rule'>) =>
  m.rule.startsWith('place.dateline') || m.rule.startsWith('place.route') || m.rule.endsWith('place.bearing');

/** Picks the event's place among mentions in its sentences, given each one's distance to the trigger. */
export function choosePlaceMention(candidates: { mention: PlaceMention; distance: number }[]): PlaceMention | null {
  const dateline = (m: PlaceMention) => (isElsewhere(m) ? 1 : 0);
  const sorted = [...candidates].sort(
    (a, b) =>
      dateline(a.mention) - dateline(b.mention) ||
      ORDER.indexOf(PRECISION[a.mention.place.kind]) - ORDER.indexOf(PRECISION[b.mention.place.kind]) ||
      a.distance - b.distance,
  );
  return sorted[0]?.mention ?? null;
}

/**
 * Policy `place.fold.v1`: a minor point place (a neighbourhood, an airport, a site) that lies close
 * to a far more prominent city of the same province folds into that city, as the gold guidelines
 * ask ("Dasht-e-Barchi" → Kabul, "Hamid Karzai International Airport" → Kabul).
 */
import type { PlaceEntry } from '../knowledge-port.js';

/** Places at or below this rank are sites or quarters, not towns an analyst would map. */
export const MINOR_RANK = 40;
/** A city at least this prominent can absorb minor places near it. */
const CITY_RANK = 70;
const MAX_KM = 20;

/** Great-circle distance in km. */
function km(a: PlaceEntry, b: PlaceEntry): number {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return Infinity;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * The city a minor place folds into, or null when it stands on its own.
 * `foldIntoCity(dashtEBarchi, [kabulCity, kabulProvince])` → kabulCity.
 */
export function foldIntoCity(place: PlaceEntry, cities: PlaceEntry[]): PlaceEntry | null {
  if (place.kind !== 'city' || place.rank > MINOR_RANK) return null;
  const near = cities
    .filter(
      (c) =>
        c.kind === 'city' &&
        c.id !== place.id &&
        c.country === place.country &&
        c.admin1 === place.admin1 &&
        c.rank >= CITY_RANK &&
        km(place, c) <= MAX_KM,
    )
    .sort((a, b) => b.rank - a.rank);
  return near[0] ?? null;
}

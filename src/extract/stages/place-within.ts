/**
 * The area a place name is said to lie in, when the text puts it before the name or after its area
 * word rather than after a comma ("Asadabad, Kunar" is the chain rule of stages/places.ts).
 *
 * Rule `place.possessive-area`: "Istanbul's Sariyer district", "Kabul's Shash Darak area".
 * Rule `place.area-of`: "the Sariyer district of Istanbul".
 * Either way the name's entries inside that area win; when the gazetteer has none there (a city
 * district GeoNames lacks, a homonym village in another province) the place is the area itself: the
 * guidelines fold a city's quarters into the city.
 */
import type { Token } from '../annotated.js';
import type { PlaceEntry } from '../knowledge-port.js';
import { contains } from '../policies/choose-place.js';

const POSSESSIVE = /^(.+?)['’]s$/;
/** Kinds of place that have districts and quarters. */
const AREA_KINDS = new Set<PlaceEntry['kind']>(['city', 'admin1', 'admin2']);

export interface WithinArea {
  areas: PlaceEntry[];
  rule: 'place.possessive-area' | 'place.area-of';
}

/**
 * `areaBefore(tokens, indexOfSariyer, lookup)` → Istanbul's entries, for "Istanbul's Sariyer district".
 * `lookup` takes a raw name and returns its gazetteer entries.
 */
export function areaBefore(tokens: Token[], from: number, lookup: (name: string) => PlaceEntry[]): WithinArea | null {
  const stem = POSSESSIVE.exec(tokens[from - 1]?.norm ?? '')?.[1];
  if (!stem) return null;
  const areas = lookup(stem).filter((p) => AREA_KINDS.has(p.kind));
  return areas.length ? { areas, rule: 'place.possessive-area' } : null;
}

/** `areaAfter(tokens, indexAfterDistrict, hitsByStart)` → Istanbul's entries, for "the Sariyer district of Istanbul". */
export function areaAfter(
  tokens: Token[],
  afterSuffix: number,
  hitsByStart: Map<number, { value: PlaceEntry[] }>,
): WithinArea | null {
  if (tokens[afterSuffix]?.norm !== 'of') return null;
  const areas = (hitsByStart.get(afterSuffix + 1)?.value ?? []).filter((p) => AREA_KINDS.has(p.kind));
  return areas.length ? { areas, rule: 'place.area-of' } : null;
}

/** `chosen` when it lies in `area` (a city's area is its province), else the area itself. */
export function inAreaOrArea(chosen: PlaceEntry, area: PlaceEntry): PlaceEntry {
  const inCity = area.kind === 'city' && chosen.country === area.country && chosen.admin1 === area.admin1;
  return inCity || contains(area, chosen) ? chosen : area;
}

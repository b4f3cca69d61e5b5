/**
 * Which gazetteer entry a name means. Policy `place.choice.v1`: an entry inside an area the
 * sentence names right after it wins ("Asadabad, Kunar"); then one in a country the document
 * names; then the kind the cue asks for ("X province" → admin1); then the highest rank.
 */
import type { PlaceEntry } from '../knowledge-port.js';

export interface PlaceChoiceContext {
  /** a containing area named right after the match. */
  within: PlaceEntry[];
  /** countries (ISO2) the document names, most mentioned first. */
  documentCountries: string[];
  /** the kind a suffix asks for. */
  wantedKind: PlaceEntry['kind'] | null;
}

/**
 * Whether `inner` lies in the area `outer` (a country, province or district). A district's own
 * entry leaves its `admin2` empty: its name is the district the towns in it carry ("Datta Khel" in
 * North Waziristan); a town whose district the gazetteer does not give may lie in any district of its
 * province ("Makeen", "South Waziristan").
 */
export const contains = (outer: PlaceEntry, inner: PlaceEntry) =>
  outer.country === inner.country &&
  (outer.kind === 'country' ||
    (outer.kind === 'admin1' && inner.admin1 === outer.admin1) ||
    (outer.kind === 'admin2' && inDistrict(outer, inner)));
const inDistrict = (district: PlaceEntry, inner: PlaceEntry) =>
  inner.admin2 ? inner.admin2 === (district.admin2 ?? district.name) : inner.admin1 === district.admin1;

/** `choosePlace([kabulCity, kabulProvince], {wantedKind: 'admin1', ...})` → kabulProvince. */
export function choosePlace(candidates: PlaceEntry[], ctx: PlaceChoiceContext): PlaceEntry | null {
  let best: PlaceEntry | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    let score = c.rank / 1e6;
    if (ctx.within.some((w) => contains(w, c))) score += 1000;
    const countryIndex = ctx.documentCountries.indexOf(c.country);
    if (countryIndex >= 0) score += 100 - countryIndex;
    if (ctx.wantedKind && (c.kind === ctx.wantedKind || (ctx.wantedKind === 'admin1' && c.kind === 'admin2')))
      score += 50;
    if (!ctx.wantedKind && c.kind === 'city') score += 1;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

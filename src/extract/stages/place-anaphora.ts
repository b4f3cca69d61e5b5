/**
 * Rule `place.anaphor`: "they arrested dozens of suspects in the province" names no place, but
 * points back to the last province the text named (on its own or as the area of another place,
 * "Asadabad, Kunar province").
 */
import type { PlaceMention, Token } from '../annotated.js';
import type { PlaceEntry } from '../knowledge-port.js';
import { FACILITY_HEADS } from '../lexicons/nouns.js';
import { AREA_ANAPHORS, CAPITALS, PLACE_PREPOSITIONS } from '../lexicons/place-cues.js';

/** How many sentences back an anaphor may reach. */
const REACH = 6;

/**
 * `resolveAreaAnaphors(tokens, places)` → a mention of Nangarhar over "the province" in
 * "ISKP bombed Jalalabad, the capital of Nangarhar province. The Taliban arrested dozens in the province."
 */
export function resolveAreaAnaphors(tokens: Token[], places: PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let i = 2; i < tokens.length; i++) {
    const kind = AREA_ANAPHORS.get(tokens[i]?.norm ?? '');
    const the = tokens[i - 1];
    const prep = tokens[i - 2];
    if (!kind || the?.norm !== 'the' || !PLACE_PREPOSITIONS.has(prep?.norm ?? '')) continue;
    if (tokens[i + 1]?.norm === 'of') continue; // "the province of Kunar" names its place
    const sentence = the.sentence;
    const antecedent = lastArea(places, kind, i - 1, sentence);
    if (antecedent)
      out.push({ sentence, from: i - 1, to: i + 1, place: antecedent, within: [], rule: 'place.anaphor' });
  }
  return out;
}

function lastArea(places: PlaceMention[], kind: PlaceEntry['kind'], before: number, sentence: number) {
  for (let k = places.length - 1; k >= 0; k--) {
    const m = places[k];
    if (!m || m.from >= before || m.sentence < sentence - REACH) continue;
    const area = [m.place, ...m.within].find((p) => p.kind === kind);
    if (area) return area;
  }
  return null;
}

/**
 * Rule `place.same-facility`: "the same hospital was attacked in 2017" is where the hospital the
 * text named before stands: the place named nearest that earlier mention of the word, in its
 * sentence ("Afghanistan's largest military hospital in Kabul"), from the last earlier mention whose
 * sentence names one. With none, none.
 */
export function resolveSameFacility(tokens: Token[], places: PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let i = 2; i < tokens.length; i++) {
    const head = tokens[i]?.norm ?? '';
    if (tokens[i - 1]?.norm !== 'same' || tokens[i - 2]?.norm !== 'the' || !FACILITY_HEADS.has(head)) continue;
    const sentence = tokens[i]?.sentence ?? 0;
    for (let earlier = i - 3; earlier >= 0; earlier--) {
      const there = tokens[earlier]?.sentence ?? 0;
      if (tokens[earlier]?.norm !== head || there >= sentence) continue;
      const nearest = places
        .filter((m) => m.sentence === there && !m.rule.startsWith('place.dateline'))
        .sort((a, b) => Math.abs(a.from - earlier) - Math.abs(b.from - earlier))[0];
      if (!nearest) continue;
      out.push({
        sentence,
        from: i - 2,
        to: i + 1,
        place: nearest.place,
        within: nearest.within,
        rule: 'place.same-facility',
      });
      break;
    }
  }
  return out;
}

/**
 * Rule `place.capital`: "attacks on minority gatherings in the capital" is in the capital of the
 * country of the last place named within REACH sentences ("the capital of X" names its own place;
 * "the provincial capital" is another rule's). `capitalOf('AF')` gives the gazetteer's Kabul.
 */
export function resolveCapital(
  tokens: Token[],
  places: PlaceMention[],
  capitalOf: (country: string) => PlaceEntry | null,
  demonyms: ReadonlyMap<string, string> = new Map(),
): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]?.norm !== 'capital' || tokens[i + 1]?.norm === 'of') continue;
    const sentence = tokens[i]?.sentence ?? 0;
    // rule `place.country-capital`: "in Mali's capital", "the Malian capital": the capital of the
    // country named or meant right before the word (CAPITALS), whatever the text named earlier
    const owner = places.find((m) => m.to === i && m.place.kind === 'country');
    const demonym = tokens[i - 2]?.norm === 'the' ? demonyms.get(tokens[i - 1]?.norm ?? '') : undefined;
    const country = owner?.place.country ?? demonym;
    if (country) {
      const capital = CAPITALS[country] ? capitalOf(country) : null;
      const from = owner ? owner.from : i - 2;
      if (capital) out.push({ sentence, from, to: i + 1, place: capital, within: [], rule: 'place.country-capital' });
      continue;
    }
    if (tokens[i - 1]?.norm !== 'the') continue;
    const last = places.findLast((m) => m.from < i && m.sentence >= sentence - REACH);
    const capital = last?.place.country && CAPITALS[last.place.country] ? capitalOf(last.place.country) : null;
    if (capital) out.push({ sentence, from: i - 1, to: i + 1, place: capital, within: [], rule: 'place.capital' });
  }
  return out;
}

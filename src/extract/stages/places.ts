/**
 * Places: gazetteer n-grams accepted only with a cue — a preposition before ("in X"), an
 * area word after ("X province"), a containing area after a comma ("Asadabad, Kunar province"),
 * or a country name. The chosen entry follows policy `choosePlace`.
 */
import { layer, type PlaceMention, spanText, type Token } from '../annotated.js';
import type { PlaceEntry } from '../knowledge-port.js';
import {
  BEARINGS,
  CAPITALS,
  DATELINE_MONTH,
  DATELINE_REACH,
  PLACE_FACILITIES,
  PLACE_FACILITY_COMPOUNDS,
  PLACE_HOMONYMS,
  PLACE_PARTS,
  PLACE_PREPOSITIONS,
  PLACE_SUFFIXES,
  QUARTER_WORDS,
} from '../lexicons/place-cues.js';
import { wordMap } from '../lexicons/word-table.js';
import { isPossessive, matchNgrams, type NgramHit, possessiveStarts, withoutPossessive } from '../ngrams.js';
import { choosePlace, contains } from '../policies/choose-place.js';
import { foldIntoCity, MINOR_RANK } from '../policies/fold-place.js';
import { defineStage } from '../stage.js';
import { isMixedCase } from './persons.js';
import { resolveAreaAnaphors, resolveCapital, resolveSameFacility } from './place-anaphora.js';
import { areaAfter, areaBefore, inAreaOrArea } from './place-within.js';
import { unlistedEntry, unlistedPlaces } from './unlisted-places.js';

type Hit = NgramHit<PlaceEntry[]>;
/** Places whose possessive names them (rules `place.possessive-country`, `place.possessive-province`). */
const POSSESSIVE_KINDS: ReadonlySet<PlaceEntry['kind']> = new Set(['country', 'admin1']);

function cueRule(
  hit: Hit,
  tokens: Token[],
  sentenceStart: number,
  mixedCase: boolean,
  capitalised: boolean,
  nextCapitalised = false,
): string | null {
  const next = tokens[hit.to]?.norm ?? '';
  // where the report was filed, not where anything happened: the event policy ranks it last
  if (hit.from < DATELINE_REACH && next === ',' && datelineDateAfter(tokens, hit.to)) return 'place.dateline';
  if (PLACE_SUFFIXES.has(next)) return 'place.suffix';
  if (PLACE_HOMONYMS.has(hit.key)) return null;
  if (PLACE_FACILITIES.has(next)) return 'place.facility';
  if (PLACE_FACILITY_COMPOUNDS.has(`${next} ${tokens[hit.to + 1]?.norm ?? ''}`)) return 'place.facility-compound';
  if (hit.value.some((p) => p.kind === 'country')) return 'place.country';
  // rule `place.partial-name`: "near Hazar Ganji in Quetta": a small town's name that runs on into
  // another capitalised word is the start of a longer name the gazetteer lacks (mixed case only)
  if (mixedCase && nextCapitalised && hit.value.every((p) => p.rank <= MINOR_RANK)) return null;
  // "sent from Kabul", "travelled from Quetta to Peshawar": where people came from, not where it happened
  if (hit.from > sentenceStart && tokens[hit.from - 1]?.norm === 'from') return 'place.route';
  if (hit.from > sentenceStart && PLACE_PREPOSITIONS.has(tokens[hit.from - 1]?.norm ?? '')) return 'place.preposition';
  // "in western Kabul"
  if (
    hit.from > sentenceStart + 1 &&
    PLACE_PARTS.has(tokens[hit.from - 1]?.norm ?? '') &&
    PLACE_PREPOSITIONS.has(tokens[hit.from - 2]?.norm ?? '')
  )
    return 'place.preposition+part';
  if (next === ',' || next === '-' || next === '—') return 'place.chain-head';
  // rule `place.the-area`: "in the Makeen area of South Waziristan", "in the Doaba area": a name between
  // "the" and an area word (capitalised in mixed-case text)
  if (
    (capitalised || !mixedCase) &&
    QUARTER_WORDS.has(next) &&
    hit.from > sentenceStart + 1 &&
    tokens[hit.from - 1]?.norm === 'the' &&
    PLACE_PREPOSITIONS.has(tokens[hit.from - 2]?.norm ?? '')
  )
    return 'place.the-area';
  // "in the Damascus countryside", "in the Punjab": a province's name, capitalised, after "the" (in
  // mixed-case text: in MUC-4's capitals "in the" runs on into names of other things, dev F1 41.3 →
  // 40.8; "in the southeastern Iranian city" names no Omani governorate); rule `place.the-name`: not
  // when a capitalised word follows, which makes it part of a name ("members of the Kurdistan Workers' Party")
  if (
    mixedCase &&
    capitalised &&
    !nextCapitalised &&
    hit.from > sentenceStart + 1 &&
    tokens[hit.from - 1]?.norm === 'the' &&
    PLACE_PREPOSITIONS.has(tokens[hit.from - 2]?.norm ?? '') &&
    hit.value.some((p) => p.kind === 'admin1')
  )
    return 'place.preposition+the';
  // rule `place.force-of`: "Istanbul police detained …", "Quetta police said": a capitalised town or
  // province right before the noun of a local force or office names where that force acts
  if (
    mixedCase &&
    capitalised &&
    FORCE_OF_NOUNS.has(next) &&
    hit.value.some((p) => p.kind === 'city' || p.kind === 'admin1')
  )
    return 'place.force-of';
  return null;
}

/**
 * Nouns of a local force or office a place name may stand before (rule `place.force-of`). New reports
 * of 2026-11-26 0.650 -> 0.665 (Istanbul for both Istiklal events), gold 57 0.757 -> 0.759, the 49
 * older 0.777 and MUC-4 dev 51.4 unchanged (mixed case only).
 */
const FORCE_OF_NOUNS = new Set(['police', 'policemen', 'governor', 'municipality', 'prosecutors', 'prosecutor']);

/**
 * Rule `place.sentence-area`: "In Khyber district, a sticky bomb … exploded in Bara bazaar": a name
 * with several entries means the one inside a province or district the sentence named before it
 * (Bara of Khyber, not of Bihar), when no area follows the name itself.
 */
function sentenceAreas(places: PlaceMention[], sentence: number): PlaceEntry[] {
  return places
    .filter((m) => m.sentence === sentence && (m.place.kind === 'admin1' || m.place.kind === 'admin2'))
    .map((m) => m.place);
}

/**
 * Rule `place.foreign-homonym`: "In Khyber district, … in Bara bazaar": when every entry of a name is
 * a small town abroad (Bara of Bihar, of Yobe) and the sentence has named a province or district before
 * it, the name is a town of that area the gazetteer lacks. Returns that area, or null.
 */
function foreignHomonymArea(hit: Hit, earlier: PlaceEntry[]): PlaceEntry | null {
  const area = earlier.at(-1);
  if (!area) return null;
  const abroad = hit.value.every((p) => p.kind === 'city' && p.rank <= MINOR_RANK && p.country !== area.country);
  return abroad ? area : null;
}

/** Adds the unlisted places' mentions; a mention their frame reads as a province becomes that province. */
function addUnlisted(places: PlaceMention[], found: ReturnType<typeof unlistedPlaces>): void {
  for (let k = 0; k < places.length; k++) {
    const m = places[k];
    const province = m && found.provinces.get(m.from);
    if (m && province) places[k] = { ...m, place: province, rule: `${m.rule}+place.unlisted-district-of` };
  }
  places.push(...found.mentions);
}

/** Offices held over a province: "the governor of Balkh" is Balkh province, not the town of Balkh. */
const PROVINCE_OFFICES = new Set(['governor', 'governors', 'governorate', 'deputy-governor']);
/**
 * Rule `place.office-of`: "the governor of Balkh, in Mazar-i-Sharif": a name after "governor of"
 * means the province when the gazetteer has one of that name (the town of Balkh would outrank the
 * city the sentence names).
 */
function provinceOffice(tokens: Token[], hit: Hit): 'admin1' | null {
  if (tokens[hit.from - 1]?.norm !== 'of' || !PROVINCE_OFFICES.has(tokens[hit.from - 2]?.norm ?? '')) return null;
  return hit.value.some((p) => p.kind === 'admin1') ? 'admin1' : null;
}

/** How many words of a country may stand between a dateline's city and its date ("QUETTA, Pakistan, March 12"). */
const DATELINE_COUNTRY_WORDS = 3;
/** A dateline's date after the comma at `comma`: "KABUL, Aug 12" or "QUETTA, Pakistan, March 12". */
function datelineDateAfter(tokens: Token[], comma: number): boolean {
  if (DATELINE_MONTH.test(tokens[comma + 1]?.norm ?? '')) return true;
  for (let j = comma + 2; j <= comma + 1 + DATELINE_COUNTRY_WORDS; j++)
    if (tokens[j]?.norm === ',') return DATELINE_MONTH.test(tokens[j + 1]?.norm ?? '');
  return false;
}

/**
 * Rule `place.lowercase`: in mixed-case text a name without a capital letter is an ordinary word
 * ("at penal colony No. 19" is no town in Trinidad); "al-Mayadin" keeps its capital inside.
 */
export const hasCapital = (text: string, tokens: Token[], hit: { from: number; to: number }) =>
  /\p{Lu}/u.test(text.slice(tokens[hit.from]?.start ?? 0, tokens[hit.to - 1]?.end ?? 0));

/** Rule `place.bearing`: "east of the capital", "west of Dushanbe": the place is a landmark, not the scene. */
const isBearing = (tokens: Token[], from: number) =>
  tokens[from - 1]?.norm === 'of' && BEARINGS.has(tokens[from - 2]?.norm ?? '');

/** "Kabul's Shash Darak area": a quarter named after its city's possessive is a place. */
function possessiveCue(hit: Hit, tokens: Token[], lookup: (name: string) => PlaceEntry[]): string | null {
  if (PLACE_HOMONYMS.has(hit.key) || !QUARTER_WORDS.has(tokens[hit.to]?.norm ?? '')) return null;
  return areaBefore(tokens, hit.from, lookup) ? 'place.possessive' : null;
}

export const placesStage = defineStage({
  id: 'places',
  requires: ['sentences', 'tokens'],
  assigns: ['places'],
  run: (doc, { knowledge }) => {
    const tokens = layer(doc, 'tokens');
    const sentences = layer(doc, 'sentences');
    const { gazetteer } = knowledge;
    const hits = matchNgrams(
      doc,
      tokens,
      sentences,
      gazetteer.maxWords,
      knowledge.normalizeName,
      (key, _from, to) => {
        const found = gazetteer.lookup(key);
        if (found.length) return found;
        // rule `place.possessive-country`: "across Pakistan's Balochistan province" names Pakistan;
        // rule `place.possessive-province`: so does a province's ("in Khyber Pakhtunkhwa's Dera Ismail
        // Khan district", where "Khyber" alone is another district). A city's possessive stays the cue
        // of the quarter after it ("Kabul's Surobi area")
        const country = isPossessive(tokens[to - 1])
          ? gazetteer.lookup(withoutPossessive(key)).filter((p) => POSSESSIVE_KINDS.has(p.kind))
          : [];
        return country.length ? country : undefined;
      },
      gazetteer.startsKey && possessiveStarts(gazetteer),
    );
    const accepted: { hit: Hit; rule: string }[] = [];
    const lookupName = (name: string) => gazetteer.lookup(knowledge.normalizeName(name));
    const mixedCase = isMixedCase(doc.text);
    for (const hit of hits) {
      const first = sentences[hit.sentence]?.firstToken ?? 0;
      const capitalised = /^\p{Lu}/u.test(doc.text[tokens[hit.from]?.start ?? 0] ?? '');
      if (mixedCase && !hasCapital(doc.text, tokens, hit)) continue;
      const nextCapitalised = /^\p{Lu}/u.test(doc.text[tokens[hit.to]?.start ?? doc.text.length] ?? '');
      const rule =
        cueRule(hit, tokens, first, mixedCase, capitalised, nextCapitalised) ?? possessiveCue(hit, tokens, lookupName);
      if (rule) accepted.push({ hit, rule });
    }
    // Countries the document names steer ambiguous names towards them.
    const counts = new Map<string, number>();
    for (const { hit } of accepted)
      for (const p of hit.value) if (p.kind === 'country') counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
    const demonyms = wordMap(knowledge.nationalities);
    for (const t of tokens) {
      const iso = demonyms.get(t.norm);
      if (iso) counts.set(iso, (counts.get(iso) ?? 0) + 1);
    }
    const documentCountries = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
    const places: PlaceMention[] = [];
    const hitsByStart = new Map(hits.map((h) => [h.from, h]));
    for (let k = 0; k < accepted.length; k++) {
      const item = accepted[k];
      if (!item) continue;
      const { hit } = item;
      const after = accepted[k + 1]?.hit;
      const chained =
        after && after.sentence === hit.sentence && after.from === hit.to + 1 && tokens[hit.to]?.norm === ',';
      if (item.rule === 'place.chain-head' && !chained) continue;
      const suffix = PLACE_SUFFIXES.get(tokens[hit.to]?.norm ?? '') ?? null;
      const to = suffix ? hit.to + 1 : hit.to;
      // ("the Makeen area of South Waziristan": the area word stands where a suffix would)
      const areaFrom = item.rule === 'place.the-area' ? hit.to + 1 : to;
      const area = chained
        ? null
        : (areaBefore(tokens, hit.from, lookupName) ?? areaAfter(tokens, areaFrom, hitsByStart));
      const within = chained ? after.value : (area?.areas ?? []);
      const earlier = within.length ? [] : sentenceAreas(places, hit.sentence);
      const found = choosePlace(hit.value, {
        within: within.length ? within : earlier,
        documentCountries,
        wantedKind: suffix ?? provinceOffice(tokens, hit),
      });
      const areaPlace = area && choosePlace(area.areas, { within: [], documentCountries, wantedKind: 'city' });
      const homeArea = mixedCase ? foreignHomonymArea(hit, earlier) : null;
      const chosen = homeArea
        ? unlistedEntry(spanText(doc, tokens, hit), 'city', homeArea, homeArea.country)
        : found && areaPlace
          ? inAreaOrArea(found, areaPlace)
          : found;
      if (!chosen) continue;
      // a quarter or a site counts as the city around it (its province's namesake city)
      const minor = chosen.kind === 'city' && chosen.rank <= MINOR_RANK ? chosen.admin1 : null;
      const city = minor ? foldIntoCity(chosen, lookupName(minor)) : null;
      const place = city ?? chosen;
      const containing = within.length
        ? [choosePlace(within, { within: [], documentCountries: [place.country], wantedKind: null })].filter(
            (p): p is PlaceEntry => p !== null,
          )
        : [];
      const inEarlier = found !== null && earlier.some((w) => contains(w, found)) && hit.value.length > 1;
      const rule = [
        item.rule,
        area?.rule,
        inEarlier && 'place.sentence-area',
        homeArea && 'place.foreign-homonym',
        city && 'place.fold.v1',
      ]
        .filter(Boolean)
        .join('+');
      places.push({ sentence: hit.sentence, from: hit.from, to, place, within: containing, rule });
    }
    if (mixedCase) addUnlisted(places, unlistedPlaces(doc.text, tokens, places, lookupName, documentCountries));
    const capitalOf = (country: string) =>
      gazetteer
        .lookup(knowledge.normalizeName(CAPITALS[country] ?? ''))
        .find((p) => p.kind === 'city' && p.country === country) ?? null;
    const anaphors = [
      ...resolveAreaAnaphors(tokens, places),
      ...resolveSameFacility(tokens, places),
      ...resolveCapital(tokens, places, capitalOf, demonyms),
    ];
    if (anaphors.length) places.push(...anaphors);
    places.sort((a, b) => a.from - b.from);
    return {
      layers: {
        places: places.map((m) => (isBearing(tokens, m.from) ? { ...m, rule: `${m.rule}+place.bearing` } : m)),
      },
    };
  },
});

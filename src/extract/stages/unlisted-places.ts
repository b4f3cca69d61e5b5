/**
 * Places the gazetteer lacks, named by the frame around them: the guidelines' place is where it
 * happened, whether or not GeoNames lists it (Afghan districts, Iraqi villages, Sahel towns). Only in
 * mixed-case text, where a capital tells a name from an ordinary word; the frame alone is never enough.
 *
 * - `place.unlisted-district-of`: "in the Dand district of Kandahar" (a district), "the Tirah area of
 *   Khyber" (a locality; an area of a city is that city, as stages/places.ts already says);
 * - `place.unlisted-possessive-district`: "Nangarhar's Behsud district";
 * - `place.unlisted-town-of`: "the town of Barsalogho in the Centre-Nord region", "the village of
 *   al-Rashad in Iraq's Diyala province";
 * - `place.unlisted-appositive`: "in Nahr al-Imam, a nearby Sunni village".
 * The town's province and country come from the known area the frame or its sentence names, else
 * the last one named before it, else the country the document names most; with none it is left out.
 * A name a frame has made a place stays one where a preposition puts it later (`place.unlisted-again`).
 */
import type { PlaceMention, Token } from '../annotated.js';
import type { PlaceEntry } from '../knowledge-port.js';
import { PLACE_PREPOSITIONS } from '../lexicons/place-cues.js';
import { areaBefore } from './place-within.js';

/** Words of a district or of a locality inside one. */
const DISTRICT_WORDS = new Set(['district', 'subdistrict', 'tehsil']);
const LOCALITY_WORDS = new Set(['area', 'town', 'village']);
/** At most this many words in an unlisted name ("Nahr al-Imam", "Dera Allah Yar"). */
const MAX_NAME_WORDS = 3;
/** A word of a name: capitalised, or an Arabic article before a capital ("al-Rashad"). */
const NAME_WORD = /^(\p{Lu}|(al|el|an|ad|ash|as|at|ar|az)-\p{Lu})/u;
/** At most this many words between "a" and the locality word of an appositive ("a nearby Sunni village"). */
const APPOSITIVE_WORDS = 3;

type Kind = 'admin2' | 'city';

interface Frame {
  from: number;
  to: number;
  kind: Kind;
  /** the area the frame itself names; otherwise one is looked for in the sentence */
  area: PlaceEntry | null;
  rule: string;
}

/** (a possessive is the name of the area around it, "Kandahar's Maiwand district", not part of the name) */
const isNameWord = (text: string, t: Token | undefined) =>
  !!t && NAME_WORD.test(text.slice(t.start, t.end)) && !/['’]s$/.test(t.norm);

/** The start of the name that ends right before `end` (up to MAX_NAME_WORDS words), or `end` when none does. */
function nameStartBefore(text: string, tokens: Token[], end: number, floor: number): number {
  let j = end;
  while (j > floor && end - j < MAX_NAME_WORDS && isNameWord(text, tokens[j - 1])) j--;
  return j;
}

/** The end of the name that starts at `from`, or `from` when none does. */
function nameEndAfter(text: string, tokens: Token[], from: number, ceiling: number): number {
  let j = from;
  while (j < ceiling && j - from < MAX_NAME_WORDS && isNameWord(text, tokens[j])) j++;
  return j;
}

/** Where the sentence of token `i` ends (exclusive). */
function sentenceEnd(tokens: Token[], i: number): number {
  let j = i;
  while (j < tokens.length && tokens[j]?.sentence === tokens[i]?.sentence) j++;
  return j;
}

/** Where the sentence of token `i` starts. */
function sentenceStart(tokens: Token[], i: number): number {
  let j = i;
  while (j > 0 && tokens[j - 1]?.sentence === tokens[i]?.sentence) j--;
  return j;
}

/** Frames around the locality or district word at `i` ("the X district of Y", "Y's X district", "the town of X", "X, a … village"). */
function framesAt(
  text: string,
  tokens: Token[],
  i: number,
  placeAt: (from: number) => PlaceMention | undefined,
  lookup: (name: string) => PlaceEntry[],
): Frame[] {
  const word = tokens[i]?.norm ?? '';
  const district = DISTRICT_WORDS.has(word);
  if (!district && !LOCALITY_WORDS.has(word)) return [];
  const first = sentenceStart(tokens, i);
  const last = sentenceEnd(tokens, i);
  const frames: Frame[] = [];
  const from = nameStartBefore(text, tokens, i, first);
  if (from < i && (district || word === 'area')) {
    const kind: Kind = district ? 'admin2' : 'city';
    const named = tokens[i + 1]?.norm === 'of' ? placeAt(i + 2)?.place : undefined;
    // (a district "of Kandahar" is in the province, whichever Kandahar the name alone meant)
    const area = named && district && named.kind === 'city' ? provinceNamed(named, lookup) : named;
    if (tokens[from - 1]?.norm === 'the' && area && area.kind !== 'city' && area.kind !== 'country')
      frames.push({ from, to: i, kind, area, rule: 'place.unlisted-district-of' });
    const owner = district ? areaBefore(tokens, from, lookup) : null;
    const province = owner?.areas.find((p) => p.kind === 'admin1') ?? null;
    if (province) frames.push({ from, to: i, kind, area: province, rule: 'place.unlisted-possessive-district' });
  }
  if (word !== 'area' && !district && tokens[i - 1]?.norm === 'the' && tokens[i + 1]?.norm === 'of') {
    const to = nameEndAfter(text, tokens, i + 2, last);
    if (to > i + 2) frames.push({ from: i + 2, to, kind: 'city', area: null, rule: 'place.unlisted-town-of' });
  }
  if (word !== 'area' && !district) {
    // "Nahr al-Imam, a nearby Sunni village"
    let k = i - 1;
    while (k > first && i - k <= APPOSITIVE_WORDS && tokens[k]?.norm !== 'a') k--;
    if (tokens[k]?.norm === 'a' && tokens[k - 1]?.norm === ',') {
      const start = nameStartBefore(text, tokens, k - 1, first);
      if (start < k - 1)
        frames.push({ from: start, to: k - 1, kind: 'city', area: null, rule: 'place.unlisted-appositive' });
    }
  }
  return frames;
}

/** The province of the same name as a city ("Kandahar"), if there is one. */
const provinceNamed = (city: PlaceEntry, lookup: (name: string) => PlaceEntry[]) =>
  lookup(city.name).find((p) => p.kind === 'admin1' && p.country === city.country);

const isArea = (m: PlaceMention) => m.place.kind === 'admin1' || m.place.kind === 'admin2';

/**
 * The known province or district a frame without one lies in: the nearest its sentence names, else
 * the last one the text named before it ("Nahr al-Imam, a nearby Sunni village" after "Iraq's Diyala
 * province"); null when there is none.
 */
function nearestArea(places: PlaceMention[], sentence: number, from: number): PlaceEntry | null {
  const inSentence = places.filter((m) => m.sentence === sentence && isArea(m));
  inSentence.sort((a, b) => Math.abs(a.from - from) - Math.abs(b.from - from));
  return inSentence[0]?.place ?? places.filter((m) => m.from < from && isArea(m)).at(-1)?.place ?? null;
}

/** An entry for a place the gazetteer lacks, inside `area` (or only in `country`). */
export function unlistedEntry(name: string, kind: Kind, area: PlaceEntry | null, country: string): PlaceEntry {
  return {
    id: `unlisted:${country}:${name.toLowerCase()}`,
    name,
    kind,
    country,
    admin1: area?.admin1 ?? (area?.kind === 'admin1' ? area.name : null),
    admin2: kind === 'admin2' ? null : area?.kind === 'admin2' ? area.name : (area?.admin2 ?? null),
    lat: null,
    lon: null,
    rank: 0,
  };
}

/**
 * `unlistedPlaces(text, tokens, places, lookup, ['AF'])`: the mentions of places the gazetteer lacks,
 * for a mixed-case text whose gazetteer places are `places`; `provinces` maps the start of a
 * gazetteer mention that a frame reads as a province ("the Dand district of Kandahar": not the city)
 * to that province.
 */
export function unlistedPlaces(
  text: string,
  tokens: Token[],
  places: PlaceMention[],
  lookup: (name: string) => PlaceEntry[],
  documentCountries: string[],
): { mentions: PlaceMention[]; provinces: Map<number, PlaceEntry> } {
  const starts = new Map(places.map((m) => [m.from, m]));
  const covered = (from: number, to: number) => places.some((m) => m.from < to && m.to > from);
  const out: PlaceMention[] = [];
  const provinces = new Map<number, PlaceEntry>();
  for (let i = 0; i < tokens.length; i++) {
    for (const f of framesAt(text, tokens, i, (k) => starts.get(k), lookup)) {
      if (covered(f.from, f.to) || out.some((m) => m.from < f.to && m.to > f.from)) continue;
      const sentence = tokens[f.from]?.sentence ?? 0;
      const area = f.area ?? nearestArea(places, sentence, f.from);
      const country = area?.country ?? documentCountries[0];
      if (!country) continue;
      const name = text.slice(tokens[f.from]?.start ?? 0, tokens[f.to - 1]?.end ?? 0);
      const place = unlistedEntry(name, f.kind, area, country);
      out.push({ sentence, from: f.from, to: f.to, place, within: area ? [area] : [], rule: f.rule });
      const areaMention = f.rule === 'place.unlisted-district-of' ? starts.get(f.to + 2) : undefined;
      if (areaMention && area && areaMention.place.kind === 'city') provinces.set(areaMention.from, area);
    }
  }
  const again = repeatedMentions(tokens, [...places, ...out], out);
  return { mentions: [...out, ...again].sort((a, b) => a.from - b.from), provinces };
}

/**
 * Rule `place.unlisted-again`: once a frame has made a name a place, the name is that place wherever
 * a preposition or bearing puts it later ("near the town of Muqdadiya … orchards east of Muqdadiya").
 */
function repeatedMentions(tokens: Token[], known: PlaceMention[], unlisted: PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const u of unlisted) {
    const words = tokens.slice(u.from, u.to).map((t) => t.norm);
    for (let i = u.to; i + words.length <= tokens.length; i++) {
      if (!words.every((w, k) => tokens[i + k]?.norm === w)) continue;
      if (!PLACE_PREPOSITIONS.has(tokens[i - 1]?.norm ?? '')) continue;
      const to = i + words.length;
      if ([...known, ...out].some((m) => m.from < to && m.to > i)) continue;
      const sentence = tokens[i]?.sentence ?? 0;
      out.push({ sentence, from: i, to, place: u.place, within: u.within, rule: 'place.unlisted-again' });
    }
  }
  return out;
}

import { UNITS } from '../lexicons/numbers.js';

/**
 * Rule `split.place-list`: "the rebels blew up several electricity poles in the neighborhoods of
 * Ayutuxtepeque, Colonia Escandia, San Ramon, and Cuscatancingo", "the rebels blew up five electricity
 * posts in San Vicente and Morazan department", "the cultural institutes in Vina del Mar, Talca, and
 * Temuco were the target of bomb attacks": a round-up that hits things of one kind (a plural target, or
 * a plural incident noun) in a list of places tells one incident in each place, each with the round-up's
 * perpetrators, weapons and targets. The list is found by its shape, not by the gazetteer alone (it knows
 * few of the towns and neighbourhoods of such lists): after "in"/"of", two to eight short items joined by
 * commas and "and", at least one of them a known place, and the list closed by punctuation or a word
 * that cannot go on a name; the last items joined by "and" ("in Caracas, Venezuela", "in San Salvador,
 * especially …" are no lists); no country among them (a list of countries tells where reactions came
 * from). The place of each incident is its item (the gazetteer's entry where it knows it). Valid for
 * all text. Measured on MUC-4 (template F1): dev P/R/F1 55.2/37.8/44.9 → 56.1/39.4/46.3 (the report of
 * four pylon bombings), the held-out fifth of train with the fold-trained tagger 42.5 → 42.5 (fires on
 * none), train 53.5 → 53.6 (P/R 55.4/51.7 → 55.2/52.1; fires in 11 reports); bench:gold 0.784 → 0.784,
 * held out 0.603 → 0.603. Without the "and" and country checks: dev 46.3, fifth 42.3, train 53.0.
 * Measured and dropped (from dev 51.36, fifth 46.64, train 56.75): a round-up sentence (a plural incident
 * noun that does not point back, and such a list with a known place) joining no earlier draft, so that it
 * splits even when it is not its event's first sentence: dev and fifth unchanged, train 56.78 (fires in 7
 * train reports; in the dev report it was written for, the sentence is cut at "chilean-u.s." and joined at
 * "vina del mar." — "mar" is taken for March — and its targets are untagged). Sentence ends after a
 * hyphenated initialism ("anti-u.s.") and after month abbreviations and "no." unless a number follows:
 * dev and fifth unchanged, train 56.71.
 */
export const PLACE_LIST = {
  id: 'split.place-list',
  /** words a list opens after ("in X and Y"; the last items are joined by "and": "in Caracas, Venezuela" is no list) */
  openers: new Set(['in', 'of']),
  /** words an item is never made of */
  stop: new Set(
    'respectively located especially causing there they early late today yesterday tonight morning afternoon evening night north south east west northern southern eastern western central the a an this that these those his her its their and or but in on at of to by for from with as where which who whom were was is are be been had has have while when after before during near some several other others two three four five six seven eight nine ten'.split(
      ' ',
    ),
  ),
  /** the kind of place an item may end with ("Morazan department", "El Retiro municipalities") */
  kinds: new Set(
    'department departments province provinces municipality municipalities neighborhood neighborhoods district districts canton cantons town towns'.split(
      ' ',
    ),
  ),
  /** words that may close a list (beside punctuation) */
  closers: new Set(
    'where were was in on at during last this today yesterday respectively department departments province provinces municipality municipalities neighborhoods'.split(
      ' ',
    ),
  ),
  /** plural nouns of incidents that count as a round-up on their own ("were the target of bomb attacks") */
  pluralIncidents: new Set('attacks bombings explosions bombs blasts'.split(' ')),
  /**
   * determiners that make a plural incident noun point back at incidents already told ("Taken together,
   * the four attacks killed 17 people in Balkh, Badakhshan and Kabul" sums them up: it tells no new one)
   */
  backReference: new Set('the these those all both'.split(' ')),
  maxItemWords: 3,
  minItems: 2,
  maxItems: 8,
} as const;

const PUNCTUATION = new Set(['.', ',', ';', ':', '(', ')', '"', '--', '-']);

/**
 * The items of a list of places that opens after an "in"/"of" at token `at` (exclusive end `end`),
 * as [from, to) spans, or null when no list of two or more items stands there.
 * `placeListAfter(tokens of "in vina del mar , talca , and temuco were hit", 0, 12)` → [[1,4],[5,6],[8,9]].
 */
export function placeListAfter(
  tokens: readonly { norm: string }[],
  at: number,
  end: number,
): [number, number][] | null {
  if (!PLACE_LIST.openers.has(tokens[at]?.norm ?? '')) return null;
  const items: [number, number][] = [];
  let k = at + 1;
  const isWord = (i: number) => {
    const w = tokens[i]?.norm ?? '';
    return i < end && /^[a-z][a-z'-]*$/.test(w) && !PLACE_LIST.stop.has(w);
  };
  let joined = false;
  for (;;) {
    let to = k;
    while (to < end && to - k < PLACE_LIST.maxItemWords && isWord(to) && !PLACE_LIST.kinds.has(tokens[to]?.norm ?? ''))
      to++;
    if (to === k) return null;
    // "Morazan department": the kind of place closes the item
    if (PLACE_LIST.kinds.has(tokens[to]?.norm ?? '')) to++;
    items.push([k, to]);
    if (items.length > PLACE_LIST.maxItems) return null;
    // separators: ",", "and", ", and"
    let next = to;
    const sep: string[] = [];
    while (next < end && (tokens[next]?.norm === ',' || tokens[next]?.norm === 'and') && sep.length < 2)
      sep.push(tokens[next++]?.norm ?? '');
    if (!sep.length || !isWord(next)) {
      const after = tokens[to]?.norm ?? '.';
      const closed = to >= end || PUNCTUATION.has(after) || PLACE_LIST.closers.has(after);
      return closed && joined && items.length >= PLACE_LIST.minItems ? items : null;
    }
    joined = sep.includes('and');
    k = next;
  }
}

/**
 * Whether the incident noun starting at token `from` is a definite plural that refers back ("the four
 * attacks", "these bombings"): its determiner stands before it, past any number words.
 * `refersBack(tokens of "the four attacks", 2)` → true; `refersBack(tokens of "of bomb attacks", 1)` → false.
 */
export function refersBack(tokens: readonly { norm: string }[], from: number): boolean {
  let k = from - 1;
  while (k >= 0 && (UNITS.has(tokens[k]?.norm ?? '') || /^\d+$/.test(tokens[k]?.norm ?? ''))) k--;
  return PLACE_LIST.backReference.has(tokens[k]?.norm ?? '');
}

/** Whether a mention's last word is a plural noun ("electricity poles", "bank branches"; not "business"). */
export const isPluralMention = (mention: string) => /[^s'u]s$/.test(mention.toLowerCase().split(/\s+/).at(-1) ?? '');

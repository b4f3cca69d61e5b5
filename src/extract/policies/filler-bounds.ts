/**
 * Policy `filler.bounds`: the tagger sometimes lets a filler run on past its noun phrase ("jecar
 * neghme on street", "carlos marcelo who", "units clashed") or start on a function word ("by urban
 * guerrillas", "his vehicle"). A filler is cut before the first word that starts a clause or an adjunct, and
 * leading function words are dropped. Word lists are data with ids.
 */
import { HONORIFICS, PERSON_TITLES } from '../lexicons/person-cues.js';

export interface BoundRule {
  id: string;
  words: ReadonlySet<string>;
}

/** Words that never begin a filler: the filler starts after them. */
export const LEADING_DROPS: BoundRule = {
  id: 'filler.drop-leading',
  words: new Set(['by', 'his', 'her', 'their', 'its', 'our', 'of', 'to', 'and']),
};

/**
 * Quantifiers and hedges a filler drops at its start: the keys name "several gunmen" as "gunmen",
 * "alleged shining path members" as "shining path members". In MUC-4 train texts a key string
 * follows "several" 47 times (36 of them the key lacks the word), "alleged" 39 (37), "other" 21 (17),
 * while 5, 2 and 4 key strings start with it.
 */
export const LEADING_HEDGES: BoundRule = {
  id: 'filler.drop-hedge',
  // (numbers too — "three individuals" → "individuals" — cost a PerpInd filler on the held-out fifth of train)
  words: new Set('several some other alleged presumed suspected'.split(' ')),
};

/** Words that end a filler: the filler stops before them (a relative clause, an adjunct, a time). */
export const CUT_BEFORE: BoundRule = {
  id: 'filler.cut-clause',
  words: new Set([
    'who',
    'whom',
    'which',
    'that',
    'when',
    'where',
    'while',
    'on',
    'with',
    'after',
    'during',
    'morning',
    'afternoon',
    'evening',
    'night',
    'is',
    'are',
    'was',
    'were',
  ]),
};

/**
 * Victims are named without their post: in MUC-4 train keys 3 of 652 victim strings start with a
 * title, though "general", "senator", "father" … stand before a victim's name 150 times in the
 * texts. A victim filler drops its leading titles ("colonel roberto rivera" → "roberto rivera").
 */
export const VICTIM_TITLES: BoundRule = {
  id: 'filler.victim-drop-title',
  words: new Set([
    ...PERSON_TITLES,
    ...HONORIFICS,
    ...'father fr msgr monsignor bishop archbishop priest candidate magistrate corporal attorney congressman councilman rector'.split(
      ' ',
    ),
  ]),
};

/** Leading titles a victim filler drops, while a word stays after them. */
export function victimTitleDrop(words: readonly string[], from: number, to: number): number {
  let k = from;
  while (k + 1 < to && VICTIM_TITLES.words.has(words[k] ?? '')) k++;
  return k;
}

/**
 * Words that end a filler the tagger ran on into the rest of its clause ("units clashed", "guerrilla
 * forces today", "stores partially destroyed", "car circulating"): times, adverbs and the verbs
 * that follow a filler. None of them is inside any role filler string of the MUC-4 train keys
 * (the -ed and -ing words that are — "armed", "wearing", "owned", "riding" — are left out).
 * "escaped", "sought", "almost", "ago" end the names the tagger ran on ("francisco merino escaped
 * unharmed", "carlos pizarro sought both to", "pablo martin berrocal almost 2 months ago"; in the keys
 * only "almost 200 kg of dynamite", a weapon, which is never cut, and "persons who are being sought …",
 * cut at "who" already): dev 50.33 → 50.33 (no such filler), the held-out fifth of train 46.12 →
 * 46.31, train 56.08 → 56.12; bench:gold 0.776 → 0.776.
 */
export const CUT_RUN_ON: BoundRule = {
  id: 'filler.cut-run-on',
  words: new Set(
    `today tonight yesterday noon midnight dawn near reportedly allegedly partially completely totally seriously
recently clashed attacked damaged blown headquartered circulating causing killed injured burned exploded located
stationed escaped sought almost ago`.split(/\s+/),
  ),
};

/**
 * Rule `filler.cut-adverb`: an adverb in -ly ends a filler too ("subversives coldbloodedly"), but
 * for the -ly words inside MUC-4 train key strings ("heavily armed men", "privately owned bus",
 * "national assembly") and other nouns and adjectives in -ly.
 */
export const CUT_ADVERB = {
  id: 'filler.cut-adverb',
  suffix: /^\p{L}{4,}ly$/u,
  except: new Set(
    `heavily assembly partially family privately approximately probably donnelly donelly apparently italy supply holy
daily early ally rally bully`.split(/\s+/),
  ),
} as const;

/**
 * Rule `filler.cut-gerund`: "of" or "for" before a verb in -ing starts a clause that says what a
 * filler did, not who it is ("the armed forces of killing defenseless civilians", "officers for
 * killing 6 clergymen"). Of the -ing words after "of" or "for" inside MUC-4 train and dev key
 * strings, "shining" ("column of shining path") stays; "participating" ("three persons suspected of
 * participating in the attack") is cut, the key's shorter form is kept. Weapons are not cut.
 * MUC-4 dev 41.7 → 42.1 (PerpInd 31.3 → 32.1, PerpOrg 41.0 → 41.9); train and its held-out fifth
 * unchanged (no such filler).
 */
export const CUT_GERUND = {
  id: 'filler.cut-gerund',
  before: new Set(['of', 'for']),
  suffix: /^\p{L}{3,}ing$/u,
  except: new Set(['shining']),
} as const;

/** The id of the rule that ends a filler before word `w` (followed by `next`), or undefined when `w` may stay in it. */
function endingRule(w: string, next: string): string | undefined {
  if (CUT_BEFORE.words.has(w)) return CUT_BEFORE.id;
  if (CUT_RUN_ON.words.has(w)) return CUT_RUN_ON.id;
  if (CUT_ADVERB.suffix.test(w) && !CUT_ADVERB.except.has(w)) return CUT_ADVERB.id;
  if (CUT_GERUND.before.has(w) && CUT_GERUND.suffix.test(next) && !CUT_GERUND.except.has(next)) return CUT_GERUND.id;
  return undefined;
}

/**
 * The [from, to) part of a filler's words to keep, or null when nothing is left.
 * `fillerBounds(['jecar', 'neghme', 'on', 'street'])` → `{ from: 0, to: 2, rules: ['filler.cut-clause'] }`;
 * `fillerBounds(['by', 'urban', 'guerrillas'])` → `{ from: 1, to: 3, rules: ['filler.drop-leading'] }`.
 */
export function fillerBounds(words: readonly string[]): { from: number; to: number; rules: string[] } | null {
  const rules: string[] = [];
  let from = 0;
  while (from < words.length && LEADING_DROPS.words.has(words[from] ?? '')) from++;
  if (from > 0) rules.push(LEADING_DROPS.id);
  const hedged = from;
  while (from + 1 < words.length && LEADING_HEDGES.words.has(words[from] ?? '')) from++;
  if (from > hedged) rules.push(LEADING_HEDGES.id);
  let to = from;
  for (; to < words.length; to++) {
    const ender = endingRule(words[to] ?? '', words[to + 1] ?? '');
    if (!ender) continue;
    rules.push(ender);
    break;
  }
  return to > from ? { from, to, rules } : null;
}

/** A possessive ("ossa's") ends a victim's name: in MUC-4 train keys 1 of 652 victim strings holds one. */
const POSSESSIVE = /\p{L}'s$/u;

/**
 * The part of a tagged filler to keep for its role: policy `filler.bounds` for every role but
 * Weapon (cutting "explosives with …" cost Weapon F1 on dev, 47.6 → 46.5); a victim also ends at
 * a possessive, whose "'s" the caller trims (`trimEnd` characters), and drops leading titles.
 * `roleFillerBounds('Victim', ['colonel', 'roberto', "ossa's", 'murder'])` →
 * `{ from: 1, to: 3, trimEnd: 2, rules: ['filler.victim-possessive', 'filler.victim-drop-title'] }`.
 */
export function roleFillerBounds(
  role: string,
  words: readonly string[],
): { from: number; to: number; trimEnd: number; rules: string[] } | null {
  if (role === 'Weapon') return { from: 0, to: words.length, trimEnd: 0, rules: [] };
  const bounds = fillerBounds(words);
  if (!bounds || role !== 'Victim') return bounds && { ...bounds, trimEnd: 0 };
  let { from, to } = bounds;
  const rules = [...bounds.rules];
  let trimEnd = 0;
  const k = words.slice(from, to).findIndex((w) => POSSESSIVE.test(w));
  if (k >= 0) {
    to = from + k + 1;
    trimEnd = 2;
    rules.push('filler.victim-possessive');
  }
  const titled = victimTitleDrop(words, from, to);
  if (titled > from) {
    from = titled;
    rules.push(VICTIM_TITLES.id);
  }
  return { from, to, trimEnd, rules };
}

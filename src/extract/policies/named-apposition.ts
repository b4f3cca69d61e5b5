/**
 * Policy `victim.named-apposition`: a plural phrase of people in a sentence that tells an attack or a
 * kidnapping, followed by an apposition that lists person names, names its members: "the two
 * italians, roberto roascio of milan and mario accurso of rome, together with …, were taken
 * hostage", "two of her bodyguards, dagoberto rodriguez and alfonso de lima, who were inside the
 * car, were killed", "the u.s. citizens -- todd ray wilson burdenson and jeffrey brent ball --".
 * Each name of the list is a victim. The tagger takes such names seldom, since the verb is far.
 * Other named-victim patterns measured the same way (names added beside the tagger's victims in
 * attack and kidnapping sentences; MUC-4 dev 47.7, held-out fifth 42.5 before) and dropped: a person
 * name right before a passive attack or kidnapping verb ("police officer fidel sanchez sanchez was
 * seriously wounded"), dev 47.6, fifth 42.4 (with any name-class words, dev 46.9, fifth 41.9); the
 * name after "the murder of", "the assassination of", "the kidnapping of", "the life of" (in train
 * text 49 of 62 such names are key victims, but the tagger already takes them), dev 47.7 (Victim
 * 55.8 → 55.5), fifth 42.5.
 * Measured later (names a candidate rule would add, right / wrong in the keys, with the tagger's own
 * victims left aside; dev / held-out fifth with the fold-trained tagger / train) and not landed: this
 * apposition in sentences without an attack or kidnapping trigger ("the u.s. citizens -- todd ray
 * wilson burdenson and jeffrey brent ball -- were missionaries"), 2/0, 0/0, 0/0 (one document; with
 * ":" openers 0/2 on train); a plural head right before the names ("engineers augusto …, cesar … and
 * jose … were released"), 0/2, 0/0, 0/4; "are/were <names>" in a sentence with a casualty word, 0/0,
 * 0/1, 0/5; "along with <name>", nothing new; "attack against/on <title> <name>" as a victim, 1/0,
 * 0/0, 1/1; the owner in "home/residence/house of <person>" (keys: 5 of 13 named owners are victims
 * on train). Victims dropped (right / wrong in the keys): names "identified as" after "suspects", 0/0,
 * 0/5, 0/0 (one document); a victim in a sentence that names guerrillas, security forces and a
 * killing (perpetrators' own dead), 0/0, 0/0, 5/0.
 */
import type { Token, TokenSpan } from '../annotated.js';
import { PEOPLE_HEADS } from '../lexicons/actor-heads.js';
import { STOPWORDS } from '../lexicons/stopwords.js';
import { wordClass } from '../model/word-class.js';
import { isPersonName } from './list-fillers.js';

export const NAMED_APPOSITION = {
  id: 'victim.named-apposition',
  /** at least this many names in the list (one name after a plural is more often someone else) */
  minNames: 2,
  /** at most this many names are read */
  maxNames: 6,
  /** words a name may take, at most */
  maxNameWords: 4,
  /** the event classes whose sentences are read */
  classes: ['attack', 'kidnapping'] as readonly string[],
} as const;

/** plural heads of people beside PEOPLE_HEADS */
const MORE_HEADS = new Set([
  'bodyguards',
  'citizens',
  'nationals',
  'missionaries',
  'victims',
  'escorts',
  'sons',
  'daughters',
  'brothers',
]);
/** a plural of people: a listed head, or a demonym ("italians", "spaniards", "salvadorans") */
export const isPeoplePlural = (w: string) =>
  w.endsWith('s') && (PEOPLE_HEADS.has(w) || MORE_HEADS.has(w) || /^\p{L}{3,}(ians|ans|ards|ese)$/u.test(w));

const PARTICLES = new Set(['de', 'del', 'la', 'y']);
/**
 * A name in the list: every word a name word (learned.list-conjuncts' test), or a first name followed
 * by words that are no function words ("todd ray wilson burdenson", "alfonso de lima"), since the
 * list's place already says these are names.
 */
export const isListedName = (words: readonly string[]) =>
  isPersonName(words) ||
  (words.length >= 2 &&
    words.length <= NAMED_APPOSITION.maxNameWords &&
    wordClass(words[0] ?? '') === 'first' &&
    words.every(
      (w, k) => /^\p{L}[\p{L}'-]*$/u.test(w) && (PARTICLES.has(w) ? k > 0 && k < words.length - 1 : !STOPWORDS.has(w)),
    ));

const OPEN = new Set([',', '--', '-', ':', '(']);
const SEPARATORS = new Set([',', 'and']);

/** The name starting at `i` (two to four name words), or null; a trailing "of <place>" is skipped. */
function nameAt(tokens: readonly Token[], i: number, ceil: number): { span: TokenSpan; next: number } | null {
  let to = i;
  while (
    to < ceil &&
    to - i < NAMED_APPOSITION.maxNameWords &&
    !SEPARATORS.has(tokens[to]?.norm ?? '') &&
    /^\p{L}/u.test(tokens[to]?.norm ?? '') &&
    tokens[to]?.norm !== 'of'
  )
    to++;
  const words = tokens.slice(i, to).map((t) => t.norm);
  if (!isListedName(words)) return null;
  let next = to;
  if (tokens[next]?.norm === 'of' && /^\p{L}/u.test(tokens[next + 1]?.norm ?? '')) {
    next += 2;
    while (
      next < ceil &&
      /^\p{L}/u.test(tokens[next]?.norm ?? '') &&
      !SEPARATORS.has(tokens[next]?.norm ?? '') &&
      next - to < 4
    )
      next++;
  }
  return { span: { from: i, to }, next };
}

/**
 * The spans of the names listed in apposition to a plural of people within `floor`..`ceil`.
 * `appositionNames(tokens of "the two italians, roberto roascio of milan and mario accurso of rome,
 * were taken", 0, n)` → "roberto roascio", "mario accurso".
 */
export function appositionNames(tokens: readonly Token[], floor: number, ceil: number): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let h = floor; h < ceil - 1; h++) {
    if (!isPeoplePlural(tokens[h]?.norm ?? '') || !OPEN.has(tokens[h + 1]?.norm ?? '')) continue;
    const names: TokenSpan[] = [];
    let i = h + 2;
    if (tokens[h + 1]?.norm === '-' && tokens[i]?.norm === '-') i++;
    while (names.length < NAMED_APPOSITION.maxNames && i < ceil) {
      const found = nameAt(tokens, i, ceil);
      if (!found) break;
      names.push(found.span);
      i = found.next;
      if (tokens[i]?.norm === ',') i++;
      if (tokens[i]?.norm === 'and') i++;
    }
    if (names.length >= NAMED_APPOSITION.minNames) out.push(...names);
  }
  return out;
}

/**
 * Policy `learned.list-conjuncts`: the tagger often takes the first item of a list and leaves the
 * rest ("burned the offices of the telecommunications enterprise, the agrarian bank, the national
 * bank, and health ministry offices"; "the victims were identified as jose …, pedro …, and …").
 * Each later item of a comma or "and" list that starts right after a tagged filler (and, for a
 * target, each earlier item of a list that ends right before it) fills the same role, while it is a short noun phrase that role takes: a target's head is a facility, a
 * victim is a person's name (two to four name words). MUC-4 held-out fifth of train (fold-trained
 * tagger) 40.2 → 40.6 (Target 36.3 → 37.9), dev 41.1 → 41.3 (Victim 44.4 → 46.3, Target 38.0 → 37.6).
 * Victims' ages after their names and semicolons between items ("killing maria jacinta pulido, 42;
 * pilar pulido, 19; …"): train 55.8 → 55.8 (2 victims more in the keys, 1 wrong), dev and the
 * held-out fifth unchanged. A gloss in brackets after a listed name ends the item ("antonio rodriguez porth
 * and edgar chacon (ideologue of the orlando de sola group)"), when the item starts with a first name
 * ("bernardo jaramillo ossa, patriotic union (up) presidential candidate" lists no one): dev 50.18 →
 * 50.33 (one key victim more), fifth 46.12 → 46.12 and train 56.08 → 56.08 (fires in no train text:
 * the tagger takes such names there itself); bench:gold 0.776 → 0.776. Without the first-name test,
 * fifth 46.09 and train 56.07 (the apposition above). A victim item that starts with an article is
 * an apposition, not a name ("the death of bernardo jaramillo, also a presidential candidate, …": the
 * dictionary knows neither word, so the name test let it pass): dev 50.33 → 50.37 (one wrong victim
 * fewer), fifth 46.31 → 46.31, train 56.12 → 56.12; bench:gold 0.776 → 0.776.
 */
import type { Token, TokenSpan } from '../annotated.js';
import { phraseAfter, phraseBefore } from '../chunk.js';
import { FACILITY_HEADS } from '../lexicons/nouns.js';
import { STOPWORDS } from '../lexicons/stopwords.js';
import { wordClass } from '../model/word-class.js';
import { fillerBounds } from './filler-bounds.js';

export const LIST_CONJUNCTS = {
  id: 'learned.list-conjuncts',
  /** at most this many items are added after one tagged filler */
  maxItems: 6,
  /** an item longer than this is a clause, not a list item */
  maxWords: 5,
  /**
   * names listed in a sentence that tells an arrest are the detainees, not more victims ("the
   * suspects were identified as …"): held-out fifth of train Victim P 50.5 → 51.5, dev unchanged
   */
  victimsNotWith: 'arrest',
} as const;

/**
 * Whether the list a tagged filler of `role` starts is expanded, given the event classes of the
 * triggers in its sentence. `expandsList('Victim', ['arrest.arrest'])` → false.
 */
export function expandsList(role: string, sentenceTypes: readonly string[]): boolean {
  if (role !== 'Victim') return true;
  return !sentenceTypes.some((t) => t.split('.')[0] === LIST_CONJUNCTS.victimsNotWith);
}

const NAME_CLASSES = new Set(['first', 'last', 'unk']);
/** "jose lacides ordonez": two to four words, every one a name word (no English word, no function word). */
export const isPersonName = (words: readonly string[]) =>
  words.length >= 2 &&
  words.length <= 4 &&
  words.every((w) => /^\p{L}[\p{L}'-]*$/u.test(w) && !STOPWORDS.has(w) && NAME_CLASSES.has(wordClass(w)));

/** Whether a list item's words may fill `role`. */
export function itemFits(role: string, words: readonly string[]): boolean {
  const head = words.at(-1) ?? '';
  if (role === 'Target') return FACILITY_HEADS.has(head);
  // (victims by a people head too — "two women", "a peasant" — cost precision: MUC-4 dev 41.3 → 41.1)
  if (role === 'Victim') return isPersonName(words);
  return false;
}

const ARTICLE = /^(the|a|an)$/;

/** The part of a chunked list item that fills `role` (bounds applied, articles dropped), or null. */
function listItem(tokens: readonly Token[], found: TokenSpan | null, role: string): TokenSpan | null {
  let phrase = found;
  // a gloss in brackets after a victim's name ends the item: "and edgar chacon (ideologue of the orlando de sola group)"
  if (phrase && role === 'Victim') {
    const k = tokens.slice(phrase.from, phrase.to).findIndex((t) => t.norm === '(');
    // (and starts with a first name: "bernardo jaramillo ossa, patriotic union (up) presidential candidate" lists no one)
    if (k > 0 && wordClass(tokens[phrase.from]?.norm ?? '') === 'first')
      phrase = { from: phrase.from, to: phrase.from + k };
  }
  if (!phrase || phrase.to - phrase.from > LIST_CONJUNCTS.maxWords) return null;
  // a name takes no article: ", also a presidential candidate," says who the victim before it was
  if (role === 'Victim' && ARTICLE.test(tokens[phrase.from]?.norm ?? '')) return null;
  const words = tokens.slice(phrase.from, phrase.to).map((t) => t.norm);
  const bounds = fillerBounds(words);
  if (!bounds || bounds.to !== words.length) return null;
  let from = phrase.from + bounds.from;
  while (from < phrase.to - 1 && /^(the|a|an)$/.test(tokens[from]?.norm ?? '')) from++;
  return itemFits(role, words.slice(from - phrase.from)) ? { from, to: phrase.to } : null;
}

/**
 * The spans of the list items after a filler ending at `end` (exclusive), within the sentence
 * (`ceil`). `listItemsAfter(tokens of "a bank , a store , and a school in x", 2, 11, 'Target')` →
 * the spans of "store" and "school" (articles dropped).
 */
export function listItemsAfter(tokens: readonly Token[], end: number, ceil: number, role: string): TokenSpan[] {
  const out: TokenSpan[] = [];
  let i = end;
  while (out.length < LIST_CONJUNCTS.maxItems && i < ceil) {
    // a victim's age after the name: "maria jacinta pulido, 42; pilar pulido, 19; …"
    if (role === 'Victim' && tokens[i]?.norm === ',' && /^\d{1,3}$/.test(tokens[i + 1]?.norm ?? '')) i += 2;
    let j = i;
    if (tokens[j]?.norm === ',' || tokens[j]?.norm === ';') j++;
    if (tokens[j]?.norm === 'and') j++;
    const item = j > i ? listItem(tokens, phraseAfter(tokens as Token[], j, ceil), role) : null;
    if (!item) break;
    out.push(item);
    i = item.to;
  }
  return out;
}

/**
 * The spans of the list items before a filler starting at `start`, back to the sentence's first
 * token (`floor`): "a bank, a store and [a school]" → "store", "bank" (nearest first).
 */
export function listItemsBefore(tokens: readonly Token[], start: number, floor: number, role: string): TokenSpan[] {
  const out: TokenSpan[] = [];
  let i = start;
  while (out.length < LIST_CONJUNCTS.maxItems && i > floor) {
    let j = i;
    if (tokens[j - 1]?.norm === 'and') j--;
    if (tokens[j - 1]?.norm === ',') j--;
    const phrase = j < i ? phraseBefore(tokens as Token[], j, floor) : null;
    const item = listItem(tokens, phrase, role);
    if (!item || !phrase) break;
    out.push(item);
    i = phrase.from;
  }
  return out;
}

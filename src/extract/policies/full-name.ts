/**
 * Policy `filler.full-name`: a victim is often named in full once ("colonel roberto armando rivera
 * escobar") and by part of the name elsewhere ("armando rivera escobar", "jaramillo ossa"); the
 * tagger may take the short form. A victim filler of two or three name words takes the longest
 * form the document gives it with one or two first names before it ("bernardo jaramillo ossa").
 * Only dictionary first names extend it, or any name words right after a title ("secretary general
 * joao clemente baena soares"): any name-like word before it also took nouns and verbs ("spanish
 * jesuit ignacio ellacuria", "assassinate pablo escobar"), which cost MUC-4 train 0.3 F1. Measured on
 * MUC-4 (template F1): dev 41.4 → 41.7, train unchanged (52.8); the names after a title: dev and
 * train unchanged, the held-out fifth with the fold-trained tagger 40.8 → 40.9.
 */
import type { Token, TokenSpan } from '../annotated.js';
import { STOPWORDS } from '../lexicons/stopwords.js';
import { wordClass } from '../model/word-class.js';
import { VICTIM_TITLES } from './filler-bounds.js';

export const FULL_NAME = {
  id: 'filler.full-name',
  /** a full name has at most this many words */
  maxWords: 4,
  /** at most this many first names are put before the filler */
  maxAdded: 2,
} as const;

const NAME_CLASSES = new Set(['first', 'last', 'unk']);
const isNameWord = (w: string) => /^\p{L}[\p{L}'-]*$/u.test(w) && !STOPWORDS.has(w) && NAME_CLASSES.has(wordClass(w));
const isFirstName = (w: string) => !STOPWORDS.has(w) && wordClass(w) === 'first';

/** Token positions by word, built once per document when a filler asks for them. */
export type WordIndex = Map<string, number[]>;
export function wordIndex(tokens: readonly Token[]): WordIndex {
  const index: WordIndex = new Map();
  tokens.forEach((t, i) => {
    const list = index.get(t.norm);
    if (list) list.push(i);
    else index.set(t.norm, [i]);
  });
  return index;
}

/**
 * The span of the longest mention of the name `span` ends, with first names before it in the same
 * sentence, or null when the document has none longer. For "jaramillo ossa" in a document that says
 * "candidate bernardo jaramillo ossa" → the span of "bernardo jaramillo ossa".
 */
export function fullNameSpan(tokens: readonly Token[], span: TokenSpan, index: WordIndex): TokenSpan | null {
  const words = tokens.slice(span.from, span.to).map((t) => t.norm);
  if (words.length < 2 || words.length > 3 || !words.every(isNameWord)) return null;
  let best: TokenSpan | null = null;
  for (const i of index.get(words[0] ?? '') ?? []) {
    if (!words.every((w, k) => tokens[i + k]?.norm === w)) continue;
    const sentence = tokens[i]?.sentence;
    let j = i;
    while (i - j < FULL_NAME.maxAdded && tokens[j - 1]?.sentence === sentence && isFirstName(tokens[j - 1]?.norm ?? ''))
      j--;
    // any name words count when a title stands before them: "secretary general joao clemente baena soares"
    let titled = i;
    while (
      i - titled < FULL_NAME.maxAdded &&
      tokens[titled - 1]?.sentence === sentence &&
      isNameWord(tokens[titled - 1]?.norm ?? '')
    )
      titled--;
    if (titled < j && VICTIM_TITLES.words.has(tokens[titled - 1]?.norm ?? '')) j = titled;
    const length = i - j + words.length;
    if (j < i && length <= FULL_NAME.maxWords && length > (best ? best.to - best.from : words.length))
      best = { from: j, to: i + words.length };
  }
  return best;
}

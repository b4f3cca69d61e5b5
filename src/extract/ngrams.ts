/**
 * Longest-match lookup of token n-grams in a table, sentence by sentence. Linear in the number
 * of tokens times the table's longest name.
 */
import type { AnnotatedDoc, Sentence, Token } from './annotated.js';
import { STOPWORDS } from './lexicons/stopwords.js';

/** Longer names exist (13 words), but scanning for them costs more than the rare hit is worth. */
const MAX_NGRAM = 7;

export interface NgramHit<T> {
  sentence: number;
  from: number;
  to: number;
  key: string;
  value: T;
}

/**
 * `matchNgrams(doc, tokens, sentences, 3, normalize, lookup)` finds, left to right, the longest
 * n-gram at each position that `lookup` knows; n-grams never start or end on a stopword or
 * punctuation.
 */
export function matchNgrams<T>(
  doc: AnnotatedDoc,
  tokens: Token[],
  sentences: Sentence[],
  maxWords: number,
  normalize: (s: string) => string,
  lookup: (key: string, from: number, to: number) => T | undefined,
): NgramHit<T>[] {
  const hits: NgramHit<T>[] = [];
  // each token normalised once; an n-gram's key is its tokens' keys joined (punctuation drops out)
  const keys = tokens.map((t) => (/^[a-z0-9]+$/.test(t.norm) ? t.norm : normalize(doc.clean.slice(t.start, t.end))));
  const words = Math.min(maxWords, MAX_NGRAM);
  const isEdge = (t: Token | undefined) => !t || STOPWORDS.has(t.norm) || !/[\p{L}\p{N}]/u.test(t.norm);
  for (const s of sentences) {
    for (let i = s.firstToken; i < s.endToken; ) {
      let found: NgramHit<T> | null = null;
      if (!isEdge(tokens[i])) {
        const limit = Math.min(s.endToken, i + words);
        const prefixes: string[] = [];
        let acc = '';
        for (let j = i; j < limit; j++) {
          const k = keys[j] ?? '';
          acc = k ? (acc ? `${acc} ${k}` : k) : acc;
          prefixes.push(acc);
        }
        for (let j = limit; j > i && !found; j--) {
          if (isEdge(tokens[j - 1])) continue;
          const key = prefixes[j - i - 1] ?? '';
          const value = key ? lookup(key, i, j) : undefined;
          if (value !== undefined) found = { sentence: s.index, from: i, to: j, key, value };
        }
      }
      if (found) {
        hits.push(found);
        i = found.to;
      } else i++;
    }
  }
  return hits;
}

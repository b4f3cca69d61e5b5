/**
 * Longest-match lookup of token n-grams in a table, sentence by sentence. Linear in the number
 * of tokens times the table's longest name.
 */
import type { AnnotatedDoc, Sentence, Token } from './annotated.js';
import { perLexeme, tokenLexemes } from './lexemes.js';
import { STOPWORDS } from './lexicons/stopwords.js';

/** Longer names exist (13 words), but scanning for them costs more than the rare hit is worth. */
const MAX_NGRAM = 7;

/**
 * The word-level proper prefixes of the keys: `wordPrefixes(['kunar province'])` → Set {"kunar"}.
 * With them (and the keys) the scan stops as soon as no key can start with the words so far,
 * instead of looking up every n-gram up to the longest name.
 */
export function wordPrefixes(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const key of keys) {
    for (let space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) out.add(key.slice(0, space));
  }
  return out;
}

interface TokenKeys {
  normalize: (s: string) => string;
  /** each token's lookup key; an n-gram's key is its tokens' keys joined (punctuation drops out) */
  keys: string[];
  /** 1 where an n-gram may not start or end: a stopword or punctuation */
  edges: Uint8Array;
}
/** Keys of one-character tokens (punctuation, mostly) per normaliser: a comma is normalised once, not once per comma. */
const charKeys = new WeakMap<(s: string) => string, Map<string, string>>();

function charKey(normalize: (s: string) => string, char: string): string {
  let known = charKeys.get(normalize);
  if (!known) {
    known = new Map();
    charKeys.set(normalize, known);
  }
  let key = known.get(char);
  if (key === undefined) {
    key = normalize(char);
    known.set(char, key);
  }
  return key;
}

/** Places, actors and sources scan the same tokens: their keys are made once per document. */
const keyCache = new WeakMap<Token[], TokenKeys>();

/** Bits of `wordKind`: an n-gram may not start or end on the word; the word is its own key. */
const EDGE = 1;
const PLAIN = 2;
/** What tokenKeys asks of a word, kept per lexeme (./lexemes.ts) rather than tested per token. */
const wordKind = perLexeme(
  (norm) => (STOPWORDS.has(norm) || !/[\p{L}\p{N}]/u.test(norm) ? EDGE : 0) | (/^[a-z0-9]+$/.test(norm) ? PLAIN : 0),
);

function tokenKeys(doc: AnnotatedDoc, tokens: Token[], normalize: (s: string) => string): TokenKeys {
  const cached = keyCache.get(tokens);
  if (cached && cached.normalize === normalize) return cached;
  const lexemes = tokenLexemes(tokens);
  const keys: string[] = [];
  const edges = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const kind = wordKind(lexemes[i] as number, t.norm);
    edges[i] = kind & EDGE;
    keys.push(
      kind & PLAIN
        ? t.norm
        : t.end - t.start === 1
          ? charKey(normalize, doc.clean.charAt(t.start))
          : normalize(doc.clean.slice(t.start, t.end)),
    );
  }
  const made = { normalize, keys, edges };
  keyCache.set(tokens, made);
  return made;
}

const anyKey = () => true;
const firstWords = new WeakMap<(key: string) => boolean, (lexeme: number, word: string) => number>();
/** `startsKey` of a one-word key, remembered per lexeme (../lexemes.ts): most n-grams stop at their first word. */
function firstWordStarts(startsKey: (key: string) => boolean) {
  let starts = firstWords.get(startsKey);
  if (!starts) {
    starts = perLexeme((w) => (startsKey(w) ? 1 : 0));
    firstWords.set(startsKey, starts);
  }
  return starts;
}

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
 * punctuation. `startsKey(key)`, when given, says whether some key begins with these words (see
 * `wordPrefixes`); without it every n-gram up to `maxWords` is looked up.
 */
export function matchNgrams<T>(
  doc: AnnotatedDoc,
  tokens: Token[],
  sentences: Sentence[],
  maxWords: number,
  normalize: (s: string) => string,
  lookup: (key: string, from: number, to: number) => T | undefined,
  startsKey: (key: string) => boolean = anyKey,
): NgramHit<T>[] {
  const hits: NgramHit<T>[] = [];
  const { keys, edges } = tokenKeys(doc, tokens, normalize);
  const lexemes = tokenLexemes(tokens);
  const startsWith = firstWordStarts(startsKey);
  const words = Math.min(maxWords, MAX_NGRAM);
  const isEdge = (i: number) => edges[i] !== 0;
  /** Whether some key may begin with token i's word: most words begin none, and cost no more than this. */
  const mayStart = (i: number) => {
    const k = keys[i] ?? '';
    return !k || (k === tokens[i]?.norm ? startsWith(lexemes[i] as number, k) === 1 : startsKey(k));
  };
  for (const s of sentences) {
    for (let i = s.firstToken; i < s.endToken; ) {
      let found: NgramHit<T> | null = null;
      if (!isEdge(i) && mayStart(i)) {
        const limit = Math.min(s.endToken, i + words);
        const prefixes: string[] = [];
        let acc = '';
        let end = i;
        for (let j = i; j < limit; j++) {
          const k = keys[j] ?? '';
          acc = k ? (acc ? `${acc} ${k}` : k) : acc;
          const starts =
            !acc || (j === i && k === tokens[i]?.norm ? startsWith(lexemes[i] as number, k) === 1 : startsKey(acc));
          if (!starts) break;
          prefixes.push(acc);
          end = j + 1;
        }
        for (let j = end; j > i && !found; j--) {
          if (isEdge(j - 1)) continue;
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

/**
 * Rule `name.possessive`: "the PKK's armed wing", "Pakistan's Balochistan province": a name with the
 * possessive on its last word (normalised to a trailing "s") is the name. `isPossessive(token)` says
 * whether the n-gram's last token carries it, `withoutPossessive(key)` drops it from the key.
 */
export const isPossessive = (t: Token | undefined) => !!t && /['’]s$/.test(t.norm);
/** The key without its possessive ending: "pkks" (or "pkk s", by the normaliser) → "pkk". */
export const withoutPossessive = (k: string) => k.replace(/\s?s$/, '');
const possessive = new WeakMap<object, (k: string) => boolean>();
/**
 * The `startsKey` of `table` that also lets a key with a possessive ending through: one function per
 * table, so that matchNgrams's memory of its answers per lexeme lasts from document to document.
 */
export function possessiveStarts(table: { startsKey?(normalized: string): boolean }): (k: string) => boolean {
  let starts = possessive.get(table);
  if (!starts) {
    const own = (k: string) => table.startsKey?.(k) === true;
    starts = (k) => own(k) || (k.endsWith('s') && own(withoutPossessive(k)));
    possessive.set(table, starts);
  }
  return starts;
}

/**
 * Document relevance: does a report tell a violent incident against people or property (as the
 * MUC-4 keys define it), or only talk politics, military combat, trials and opinions? A logistic
 * regression over words and word pairs; the weights are data (relevance.json, rebuilt by
 * scripts/train-relevance.ts from the MUC-4 train split only).
 */
import type { Token } from '../annotated.js';
import { type KeyTable, keyTable } from '../knowledge/key-table.js';
import { perLexeme, tokenLexemes } from '../lexemes.js';

export interface RelevanceModel {
  bias: number;
  /** probability below which a document is called irrelevant. */
  threshold: number;
  /** the file's weights by feature key ("w=bomb", "b=car|bomb"): for `relevance`, which training uses. */
  weights: Readonly<Record<string, number>>;
  /**
   * The same weights for relevanceOfTokens: each word of a feature → its id, in a typed-array
   * table (a Map of the same 6,700 words cost twice the time: it runs once per document, after
   * the other stages have pushed its buckets and key strings out of the cache); by word id (NaN for none); …
   */
  words: KeyTable;
  single: Float64Array;
  /** … and by pair of ids, open addressing: [first id · words + second id, index into pairWeight] per slot (-1: empty). */
  pairSlots: Int32Array;
  pairWeight: Float64Array;
  /** per word id, then per pair index: the call that last counted it (a document counts each once). */
  counted: Int32Array;
}
let call = 0;

/** The home slot of an integer key: murmur3's finaliser, whose low bits spread well. */
function mix(key: number): number {
  let h = Math.imul(key ^ (key >>> 16), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The index of pair `key` in pairWeight, or -1. */
function pairIndex(slots: Int32Array, key: number): number {
  const mask = slots.length / 2 - 1;
  for (let s = mix(key) & mask; slots[2 * s] !== -1; s = (s + 1) & mask)
    if (slots[2 * s] === key) return slots[2 * s + 1] as number;
  return -1;
}

export function relevanceFromJson(json: {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}): RelevanceModel {
  const words = keyTable(8192);
  const singles: [number, number][] = [];
  const pairList: [number, number, number][] = [];
  for (const [key, w] of Object.entries(json.weights)) {
    if (key.startsWith('w=')) singles.push([words.intern(key.slice(2)), w]);
    else if (key.startsWith('b=')) {
      const [first = '', second = ''] = key.slice(2).split('|');
      pairList.push([words.intern(first), words.intern(second), w]);
    }
  }
  const size = words.size;
  if (size * size >= 2 ** 31) throw new Error('relevance vocabulary too large for 31-bit pair keys');
  const single = new Float64Array(size).fill(Number.NaN);
  for (const [k, w] of singles) single[k] = w;
  let capacity = 1;
  while (capacity < pairList.length * 2) capacity *= 2;
  const pairSlots = new Int32Array(capacity * 2).fill(-1);
  pairList.forEach(([a, b], k) => {
    const key = a * size + b;
    let s = mix(key) & (capacity - 1);
    while (pairSlots[2 * s] !== -1) s = (s + 1) & (capacity - 1);
    pairSlots[2 * s] = key;
    pairSlots[2 * s + 1] = k;
  });
  return {
    bias: json.bias,
    threshold: json.threshold,
    weights: json.weights,
    words,
    single,
    pairSlots,
    pairWeight: Float64Array.from(pairList.map(([, , w]) => w)),
    counted: new Int32Array(size + pairList.length),
  };
}

const WORD = /^\p{L}[\p{L}'-]*$/u;
/** a-z, ' and - : the letters of nearly every word, tested without the Unicode regex. */
const isAsciiWordChar = (c: number) => (c >= 97 && c <= 122) || c === 39 || c === 45;
/** Words kept as features: letters only, so numbers and punctuation do not count. */
const isWord = (w: string): boolean => {
  const first = w.charCodeAt(0);
  if (!(first >= 97 && first <= 122)) return WORD.test(w);
  for (let i = 1; i < w.length; i++) if (!isAsciiWordChar(w.charCodeAt(i))) return WORD.test(w);
  return true;
};

/**
 * The distinct features of a document: every word and every pair of adjacent words.
 * `documentFeatures(['the', 'bomb', 'exploded'])` → ["w=the", "w=bomb", "b=the|bomb", …].
 */
export function documentFeatures(words: readonly string[]): string[] {
  const out = new Set<string>();
  let prev = '';
  for (const w of words) {
    if (!isWord(w)) {
      prev = '';
      continue;
    }
    out.add(`w=${w}`);
    if (prev) out.add(`b=${prev}|${w}`);
    prev = w;
  }
  return [...out];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** `relevance(model, documentFeatures(words))` → probability in [0, 1] that the document tells an incident. */
export function relevance(model: RelevanceModel, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return sigmoid(z);
}

const wordIdOf = new WeakMap<RelevanceModel, (lexeme: number, word: string) => number>();
/**
 * The same as `relevance(model, documentFeatures(words))` for a document's tokens, without building
 * a string per word: each word's id is read per lexeme (../lexemes.ts). The engine runs this on every document.
 */
export function relevanceOfTokens(model: RelevanceModel, tokens: Token[]): number {
  let idOf = wordIdOf.get(model);
  if (!idOf) {
    idOf = perLexeme((w) => model.words.find(w));
    wordIdOf.set(model, idOf);
  }
  const lexemes = tokenLexemes(tokens);
  const ids = new Int32Array(tokens.length);
  for (let i = 0; i < ids.length; i++) ids[i] = idOf(lexemes[i] as number, tokens[i]?.norm ?? '');
  return relevanceOfIds(model, ids);
}

/**
 * The probability from the model's word ids of a document's words in order (-1: a word the model
 * does not know, which has no weight and starts no pair, like a token that is not a word). The
 * sum runs in the order of the words, as `relevance` runs over documentFeatures' order, so both
 * give the same number.
 */
function relevanceOfIds(model: RelevanceModel, ids: Int32Array): number {
  const { single, pairSlots, pairWeight, counted } = model;
  const size = model.words.size;
  const stamp = ++call;
  let z = model.bias;
  let prev = -1;
  for (let i = 0; i < ids.length; i++) {
    const k = ids[i] as number;
    if (k < 0) {
      prev = -1;
      continue;
    }
    const x = single[k] as number;
    if (!Number.isNaN(x) && counted[k] !== stamp) {
      counted[k] = stamp;
      z += x;
    }
    if (prev >= 0) {
      const pair = pairIndex(pairSlots, prev * size + k);
      if (pair >= 0 && counted[size + pair] !== stamp) {
        counted[size + pair] = stamp;
        z += pairWeight[pair] as number;
      }
    }
    prev = k;
  }
  return sigmoid(z);
}

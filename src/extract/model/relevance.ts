/**
 * Document relevance: does a report tell a violent incident against people or property (as the
 * MUC-4 keys define it), or only talk politics, military combat, trials and opinions? A logistic
 * regression over words and word pairs; the weights are data (relevance.json, rebuilt by
 * scripts/train-relevance.ts from the MUC-4 train split only).
 */
import { interner } from './interner.js';

export interface RelevanceModel {
  bias: number;
  /** probability below which a document is called irrelevant. */
  threshold: number;
  /** the file's weights by feature key ("w=bomb", "b=car|bomb"): for `relevance`, which training uses. */
  weights: Readonly<Record<string, number>>;
  /** the same weights for relevanceOfWords: each word of a feature → its id; by word id (NaN for none); … */
  wordIds: ReadonlyMap<string, number>;
  single: Float64Array;
  /** … and by pair of ids: first id · vocabulary size + second id → index into pairWeight. */
  pairs: ReadonlyMap<number, number>;
  pairWeight: Float64Array;
  /** per word id, then per pair index: the call that last counted it (a document counts each once). */
  counted: Int32Array;
}
let call = 0;

export function relevanceFromJson(json: {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}): RelevanceModel {
  const { ids: wordIds, id } = interner();
  const singles: [number, number][] = [];
  const pairList: [number, number, number][] = [];
  for (const [key, w] of Object.entries(json.weights)) {
    if (key.startsWith('w=')) singles.push([id(key.slice(2)), w]);
    else if (key.startsWith('b=')) {
      const [first = '', second = ''] = key.slice(2).split('|');
      pairList.push([id(first), id(second), w]);
    }
  }
  const single = new Float64Array(wordIds.size).fill(Number.NaN);
  for (const [k, w] of singles) single[k] = w;
  const pairs = new Map(pairList.map(([a, b], k) => [a * wordIds.size + b, k]));
  return {
    bias: json.bias,
    threshold: json.threshold,
    weights: json.weights,
    wordIds,
    single,
    pairs,
    pairWeight: Float64Array.from(pairList.map(([, , w]) => w)),
    counted: new Int32Array(wordIds.size + pairList.length),
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

/**
 * The same as `relevance(model, documentFeatures(words))` without building a string per word:
 * the engine runs this on every document. A word the model does not know has no weight and starts
 * no pair, like a token that is not a word. The sum runs in the order of the words, as
 * `relevance` runs over documentFeatures' order, so both give the same number.
 * `relevanceOfWords(model, ['the', 'bomb'])` → 0.8.
 */
export function relevanceOfWords(model: RelevanceModel, words: readonly string[]): number {
  const { wordIds, single, pairs, pairWeight, counted } = model;
  const size = wordIds.size;
  const stamp = ++call;
  let z = model.bias;
  let prev = -1;
  for (const w of words) {
    const k = wordIds.get(w);
    if (k === undefined) {
      prev = -1;
      continue;
    }
    const x = single[k] as number;
    if (!Number.isNaN(x) && counted[k] !== stamp) {
      counted[k] = stamp;
      z += x;
    }
    if (prev >= 0) {
      const pair = pairs.get(prev * size + k);
      if (pair !== undefined && counted[size + pair] !== stamp) {
        counted[size + pair] = stamp;
        z += pairWeight[pair] as number;
      }
    }
    prev = k;
  }
  return sigmoid(z);
}

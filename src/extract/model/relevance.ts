/**
 * Document relevance: does a report tell a violent incident against people or property (as the
 * MUC-4 keys define it), or only talk politics, military combat, trials and opinions? A logistic
 * regression over words and word pairs; the weights are data (relevance.json, rebuilt by
 * scripts/train-relevance.ts from the MUC-4 train split only).
 */

export interface RelevanceModel {
  bias: number;
  /** probability below which a document is called irrelevant. */
  threshold: number;
  weights: ReadonlyMap<string, number>;
  /** the same weights by word ("w=bomb") and by word pair ("b=car|bomb" → car → bomb), for relevanceOfWords. */
  singles: ReadonlyMap<string, number>;
  pairs: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

export function relevanceFromJson(json: {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}): RelevanceModel {
  const singles = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  for (const [key, w] of Object.entries(json.weights)) {
    if (key.startsWith('w=')) singles.set(key.slice(2), w);
    else if (key.startsWith('b=')) {
      const [first = '', second = ''] = key.slice(2).split('|');
      const bySecond = pairs.get(first) ?? new Map<string, number>();
      pairs.set(first, bySecond);
      bySecond.set(second, w);
    }
  }
  return { bias: json.bias, threshold: json.threshold, weights: new Map(Object.entries(json.weights)), singles, pairs };
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
  for (const f of features) z += model.weights.get(f) ?? 0;
  return sigmoid(z);
}

/**
 * The same as `relevance(model, documentFeatures(words))` without building a string per word:
 * the engine runs this on every document. `relevanceOfWords(model, ['the', 'bomb'])` → 0.8.
 */
export function relevanceOfWords(model: RelevanceModel, words: readonly string[]): number {
  let z = model.bias;
  const seen = new Set<string>();
  const seenPairs = new Set<string>();
  let prev = '';
  for (const w of words) {
    if (!isWord(w)) {
      prev = '';
      continue;
    }
    const single = model.singles.get(w);
    if (single !== undefined && !seen.has(w)) {
      seen.add(w);
      z += single;
    }
    const pair = prev ? model.pairs.get(prev)?.get(w) : undefined;
    if (pair !== undefined && !seenPairs.has(`${prev}|${w}`)) {
      seenPairs.add(`${prev}|${w}`);
      z += pair;
    }
    prev = w;
  }
  return sigmoid(z);
}

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
}

export const relevanceFromJson = (json: {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}): RelevanceModel => ({ bias: json.bias, threshold: json.threshold, weights: new Map(Object.entries(json.weights)) });

/** Words kept as features: letters only, so numbers and punctuation do not count. */
const isWord = (w: string) => /^\p{L}[\p{L}'-]*$/u.test(w);

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

/**
 * A greedy left-to-right averaged-perceptron tagger over BIO role labels. The weights are data
 * (roles.json, rebuilt by scripts/train-roles.ts from the MUC-4 train split). Greedy, not Viterbi:
 * the model is trained with the gold previous label, and Viterbi over such locally trained
 * scores ran long spans together (held-out filler F1 21 against 26 greedy).
 */
export interface TaggerModel {
  labels: string[];
  /** feature → [labelIndex, weight, labelIndex, weight, …] */
  weights: ReadonlyMap<string, readonly number[]>;
  /** subtracted from the score of "O" (label 0) when tagging; chosen on held-out train data. */
  outsideBias: number;
}

/** The JSON file keeps weights as an object; lookups are faster in a Map. */
export const fromJson = (json: {
  labels: string[];
  weights: Record<string, number[]>;
  outsideBias?: number;
}): TaggerModel => ({
  labels: json.labels,
  weights: new Map(Object.entries(json.weights)),
  outsideBias: json.outsideBias ?? 0,
});

/** Scores for every label given the features (and previous label). */
export function scores(model: TaggerModel, features: string[], prev: string): Float64Array {
  const out = new Float64Array(model.labels.length);
  const add = (f: string) => {
    const w = model.weights.get(f);
    if (!w) return;
    for (let k = 0; k < w.length; k += 2) out[w[k] as number] = (out[w[k] as number] ?? 0) + (w[k + 1] as number);
  };
  for (const f of features) add(f);
  add(`p=${prev}`);
  return out;
}

/** A label may only continue a span of its own role: I-X after B-X or I-X. */
export const allowed = (prev: string, label: string) => !label.startsWith('I-') || prev.slice(2) === label.slice(2);

/**
 * One label per token ("O", "B-Victim", "I-Victim", …); `outsideBias` is taken off the score of
 * "O", trading precision for recall. `tag(model, featuresPerToken, model.outsideBias)`.
 */
export function tag(model: TaggerModel, featuresPerToken: string[][], outsideBias = 0): string[] {
  const out: string[] = [];
  let prev = 'O';
  for (const features of featuresPerToken) {
    const s = scores(model, features, prev);
    s[0] = (s[0] ?? 0) - outsideBias; // label 0 is "O"
    let best = 0;
    let bestScore = -Infinity;
    for (let k = 0; k < s.length; k++) {
      const label = model.labels[k] ?? 'O';
      if (allowed(prev, label) && (s[k] ?? 0) > bestScore) {
        best = k;
        bestScore = s[k] ?? 0;
      }
    }
    prev = model.labels[best] ?? 'O';
    out.push(prev);
  }
  return out;
}

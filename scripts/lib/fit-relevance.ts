/**
 * Fitting the document relevance model (logistic regression by AdaGrad with L2), shared by
 * scripts/train-relevance.ts and scripts/train-roles.ts (which needs out-of-fold probabilities
 * of the train documents as a tagger feature, so that the tagger learns how far to trust it).
 */
import { readFileSync } from 'node:fs';
import { documentFeatures, relevance, relevanceFromJson } from '../../src/extract/model/relevance.js';
import { tokenize } from '../../src/extract/stages/segment.js';

export interface RelevanceExample {
  features: string[];
  relevant: boolean;
}
export interface FitOptions {
  epochs: number;
  l2: number;
  /** features seen in fewer documents are dropped. */
  minCount: number;
}
export const FIT_DEFAULTS: FitOptions = { epochs: 10, l2: 1e-3, minCount: 3 };

/** The MUC-4 train documents; a document is relevant iff its key has a template. */
export const trainDocuments = (): RelevanceExample[] =>
  readFileSync('../shared/data/muc4/processed/train.json', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const d = JSON.parse(line) as { doctext: string; templates: unknown[] };
      return { features: documentFeatures(tokenize(d.doctext).map((t) => t.norm)), relevant: d.templates.length > 0 };
    });

export function fitRelevance(
  examples: RelevanceExample[],
  options: FitOptions = FIT_DEFAULTS,
): { bias: number; weights: Record<string, number> } {
  const count = new Map<string, number>();
  for (const ex of examples) for (const f of ex.features) count.set(f, (count.get(f) ?? 0) + 1);
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  let bias = 0;
  let biasG2 = 1e-8;
  const rate = 0.3;
  for (let e = 0; e < options.epochs; e++) {
    for (const ex of examples) {
      const used = ex.features.filter((f) => (count.get(f) ?? 0) >= options.minCount);
      let z = bias;
      for (const f of used) z += w.get(f) ?? 0;
      const err = 1 / (1 + Math.exp(-z)) - (ex.relevant ? 1 : 0);
      biasG2 += err * err;
      bias -= (rate * err) / Math.sqrt(biasG2);
      for (const f of used) {
        const wf = w.get(f) ?? 0;
        const g = err + options.l2 * wf;
        const acc = (g2.get(f) ?? 1e-8) + g * g;
        g2.set(f, acc);
        w.set(f, wf - (rate * g) / Math.sqrt(acc));
      }
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, v] of w) if (Math.abs(v) >= 0.01) weights[f] = Math.round(v * 1000) / 1000;
  return { bias: Math.round(bias * 1000) / 1000, weights };
}

/** Each document's relevance from a model fitted without its fold: `outOfFold(docs, 5)[i]` ∈ [0, 1]. */
export function outOfFold(examples: RelevanceExample[], folds: number, options: FitOptions = FIT_DEFAULTS): number[] {
  const out = new Array<number>(examples.length).fill(0);
  for (let fold = 0; fold < folds; fold++) {
    const model = relevanceFromJson({
      ...fitRelevance(
        examples.filter((_, i) => i % folds !== fold),
        options,
      ),
      threshold: 0.5,
    });
    examples.forEach((ex, i) => {
      if (i % folds === fold) out[i] = relevance(model, ex.features);
    });
  }
  return out;
}

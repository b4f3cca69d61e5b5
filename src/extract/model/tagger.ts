/**
 * A greedy left-to-right averaged-perceptron tagger over BIO role labels. The weights are data
 * (roles.json, rebuilt by scripts/train-roles.ts from the MUC-4 train split). Greedy, not Viterbi:
 * the model is trained with the gold previous label, and Viterbi over such locally trained
 * scores ran long spans together (held-out filler F1 21 against 26 greedy).
 */
import { TEMPLATES } from './features.js';

/** one weight per label, dense: adding them is a tight loop (the sparse form cost twice as much). */
type Weights = Float64Array;

export interface TaggerModel {
  labels: string[];
  /** per template of TEMPLATES (by index): a → weights for a one-part template … */
  unary: (ReadonlyMap<string, Weights> | undefined)[];
  /** … a → b → weights for a two-part one. */
  binary: (ReadonlyMap<string, ReadonlyMap<string, Weights>> | undefined)[];
  /** previous label → weights. */
  previous: ReadonlyMap<string, Weights>;
  /** subtracted from the score of "O" (label 0) when tagging; chosen on held-out train data. */
  outsideBias: number;
  /** per label, added to its score when tagging: a role's own trade of precision for recall (0 for most). */
  labelBias: Float64Array;
  /** the sentence before a trigger's is tagged with outsideBias minus this; not tagged when undefined. */
  neighbourPenalty?: number;
  /** label → its index; and follows[p * labels.length + k] = 1 when label k may follow label p (see `allowed`). */
  labelIndex: ReadonlyMap<string, number>;
  follows: Uint8Array;
}

/** `keyParts('w-1w=the bomb')` → ["w-1w", "the", "bomb"]; `keyParts('p=O')` → ["p", "O", ""]. */
export function keyParts(key: string): [string, string, string] {
  const eq = key.indexOf('=');
  if (eq < 0) return [key, '', ''];
  const value = key.slice(eq + 1);
  const space = value.indexOf(' ');
  return space < 0 ? [key.slice(0, eq), value, ''] : [key.slice(0, eq), value.slice(0, space), value.slice(space + 1)];
}

/** The JSON file keeps weights under flat keys ("w-1w=the bomb"); the tagger looks them up by template index. */
export function fromJson(json: {
  labels: string[];
  weights: Record<string, number[]>;
  outsideBias?: number;
  /** role → bias added to the score of its B- label. */
  roleBias?: Record<string, number>;
  neighbourPenalty?: number;
}): TaggerModel {
  const index = new Map(TEMPLATES.map((t, k) => [t.name, k]));
  const unary = TEMPLATES.map((t) => (t.binary ? undefined : new Map<string, Weights>()));
  const binary = TEMPLATES.map((t) => (t.binary ? new Map<string, Map<string, Weights>>() : undefined));
  const previous = new Map<string, Weights>();
  for (const [key, sparse] of Object.entries(json.weights)) {
    const [template, a, b] = keyParts(key);
    // the file keeps [labelIndex, weight, labelIndex, weight, …]
    const w = new Float64Array(json.labels.length);
    for (let k = 0; k + 1 < sparse.length; k += 2) w[sparse[k] as number] = sparse[k + 1] as number;
    const k = index.get(template);
    if (template === 'p') previous.set(a, w);
    else if (k === undefined) continue;
    else if (!TEMPLATES[k]?.binary) unary[k]?.set(a, w);
    else {
      const byA = binary[k];
      const byB = byA?.get(a) ?? new Map<string, Weights>();
      byA?.set(a, byB);
      byB.set(b, w);
    }
  }
  const labelBias = new Float64Array(json.labels.length);
  json.labels.forEach((label, k) => {
    labelBias[k] = label.startsWith('B-') ? (json.roleBias?.[label.slice(2)] ?? 0) : 0;
  });
  return {
    labels: json.labels,
    unary,
    binary,
    previous,
    outsideBias: json.outsideBias ?? 0,
    labelBias,
    neighbourPenalty: json.neighbourPenalty,
    labelIndex: new Map(json.labels.map((l, k) => [l, k])),
    follows: Uint8Array.from(json.labels.flatMap((p) => json.labels.map((l) => (allowed(p, l) ? 1 : 0)))),
  };
}

function add(w: Weights | undefined, out: Float64Array): void {
  if (!w) return;
  for (let k = 0; k < w.length; k++) out[k] = (out[k] as number) + (w[k] as number);
}

/** Scores for every label given a token's feature pairs (see features.ts) and the previous label. */
export function scores(model: TaggerModel, parts: readonly string[], prev: string): Float64Array {
  return scoresInto(model, parts, prev, new Float64Array(model.labels.length));
}

/** `scores`, written into `out` (zeroed first): the tagging loop reuses one buffer rather than allocate per token. */
function scoresInto(model: TaggerModel, parts: readonly string[], prev: string, out: Float64Array): Float64Array {
  out.fill(0);
  for (let t = 0; t < TEMPLATES.length; t++) {
    const a = parts[2 * t] ?? '';
    const one = model.unary[t];
    add(one ? one.get(a) : model.binary[t]?.get(a)?.get(parts[2 * t + 1] ?? ''), out);
  }
  add(model.previous.get(prev), out);
  add(model.labelBias, out);
  return out;
}
let scratch = new Float64Array(0);

/** A label may only continue a span of its own role: I-X after B-X or I-X. */
export const allowed = (prev: string, label: string) => !label.startsWith('I-') || prev.slice(2) === label.slice(2);

/**
 * The label of the next token, given its feature pairs and the label before it; `outsideBias`
 * is taken off the score of "O", trading precision for recall.
 * `tagNext(model, parts, 'O', model.outsideBias)` → "B-Victim".
 */
export function tagNext(model: TaggerModel, parts: readonly string[], prev: string, outsideBias = 0): string {
  if (scratch.length !== model.labels.length) scratch = new Float64Array(model.labels.length);
  const s = scoresInto(model, parts, prev, scratch);
  s[0] = (s[0] ?? 0) - outsideBias; // label 0 is "O"
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  // which labels may follow `prev`, from a table: no label strings are cut per token
  const row = (model.labelIndex.get(prev) ?? 0) * s.length;
  for (let k = 0; k < s.length; k++) {
    if ((s[k] ?? 0) > bestScore && model.follows[row + k] === 1) {
      best = k;
      bestScore = s[k] ?? 0;
    }
  }
  return model.labels[best] ?? 'O';
}

/** One label per token ("O", "B-Victim", "I-Victim", …): `tag(model, partsPerToken, model.outsideBias)`. */
export function tag(model: TaggerModel, partsPerToken: readonly (readonly string[])[], outsideBias = 0): string[] {
  const out: string[] = [];
  let prev = 'O';
  for (const parts of partsPerToken) {
    prev = tagNext(model, parts, prev, outsideBias);
    out.push(prev);
  }
  return out;
}

/**
 * The labelled spans of a BIO sequence, [from, to) in label positions: a "B-" label opens one, the
 * "I-" labels of the same role that follow extend it. `labelSpans(['O', 'B-Victim', 'I-Victim'])`
 * → [{ role: 'Victim', from: 1, to: 3 }].
 */
export function labelSpans(labels: readonly string[]): { role: string; from: number; to: number }[] {
  const spans: { role: string; from: number; to: number }[] = [];
  for (let k = 0; k < labels.length; k++) {
    const label = labels[k] ?? 'O';
    if (!label.startsWith('B-')) continue;
    const role = label.slice(2);
    let end = k + 1;
    while (labels[end] === `I-${role}`) end++;
    spans.push({ role, from: k, to: end });
  }
  return spans;
}

/**
 * Trains the role tagger (src/extract/model/roles.json) on the MUC-4 TRAIN split only.
 * usage: npx tsx scripts/train-roles.ts [--epochs 6] [--min-weight 1] [--out FILE] [--fold-out FILE]
 * --fold-out also writes the model trained without the held-out fifth (train documents i % 5 === 4),
 * with the same biases, so that a rule change can be scored on text the tagger has not seen.
 * Each gold filler string is labelled wherever it occurs in its document (the scorer compares
 * strings, not positions); features come from the same stages the engine runs, plus each
 * document's relevance from a relevance model fitted without that document (5 folds). The
 * documents are visited in a fresh seeded order each epoch. The bias against "O", then a bias per
 * role, then the penalty for the sentence before a trigger's, are chosen on a held-out fifth of train
 * (filler-string F1 of the tagged sentences).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { AnnotatedDoc } from '../src/extract/annotated.js';
import { layer } from '../src/extract/annotated.js';
import { assemble } from '../src/extract/assemble.js';
import { defaultKnowledge } from '../src/extract/default-knowledge.js';
import { tokenFeatures, triggerContext } from '../src/extract/model/features.js';
import { allowed, fromJson, keyParts, tag } from '../src/extract/model/tagger.js';
import { datesStage } from '../src/extract/stages/dates.js';
import { taggedSentences } from '../src/extract/stages/learned-roles.js';
import { namesStage } from '../src/extract/stages/names.js';
import { placesStage } from '../src/extract/stages/places.js';
import { segmentStage } from '../src/extract/stages/segment.js';
import { triggersStage } from '../src/extract/stages/triggers.js';
import { outOfFold, trainDocuments } from './lib/fit-relevance.js';
import { normalizeFiller } from './lib/muc-normalize.js';

const ROLES = ['PerpInd', 'PerpOrg', 'Target', 'Victim', 'Weapon'] as const;
const LABELS = ['O', ...ROLES.flatMap((r) => [`B-${r}`, `I-${r}`])];
const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '6' },
    out: { type: 'string', default: 'src/extract/model/roles.json' },
    'min-weight': { type: 'string', default: '1' },
    'fold-out': { type: 'string' },
  },
});

// the stages whose layers the features read, in pipeline order
const pipeline = assemble([segmentStage, datesStage, placesStage, namesStage, triggersStage]);
const meta = { title: null, author: null, published: null, publisher: null, url: null };
const knowledge = defaultKnowledge();

interface Example {
  features: string[][];
  labels: number[];
  /** the token ranges the stage tags (sentences with a trigger: true; the one before: false), for choosing the biases. */
  tagged: [number, number, boolean][];
  words: string[];
  /** gold filler strings per role, as the scorer normalises them. */
  gold: Map<string, Set<string>>;
}

const normalize = normalizeFiller;

function label(doc: AnnotatedDoc, templates: Record<string, [string, number][][]>[]): number[] {
  const tokens = layer(doc, 'tokens');
  const labels = new Array<number>(tokens.length).fill(0);
  const startAt = new Map(tokens.map((t, i) => [t.start, i]));
  for (const t of templates)
    for (const role of ROLES)
      for (const entity of t[role] ?? [])
        for (const [mention] of entity) {
          if (!mention) continue;
          for (let at = doc.text.indexOf(mention); at >= 0; at = doc.text.indexOf(mention, at + 1)) {
            const first = startAt.get(at);
            if (first === undefined) continue;
            let last = first;
            while ((tokens[last]?.end ?? Infinity) < at + mention.length) last++;
            if (tokens[last]?.end !== at + mention.length) continue;
            if (labels.slice(first, last + 1).some((l) => l !== 0)) continue;
            labels[first] = LABELS.indexOf(`B-${role}`);
            for (let k = first + 1; k <= last; k++) labels[k] = LABELS.indexOf(`I-${role}`);
          }
        }
  return labels;
}

function examples(): Example[] {
  const lines = readFileSync('../shared/data/muc4/processed/train.json', 'utf8').split('\n').filter(Boolean);
  // relevance of each train document from a model that did not see it, as the tagger meets it on new text
  const docRelevance = outOfFold(trainDocuments(), 5);
  return lines.map((line, n) => {
    const d = JSON.parse(line) as { doctext: string; templates: Record<string, [string, number][][]>[] };
    const doc = pipeline.run(d.doctext, meta, { knowledge });
    const tokens = layer(doc, 'tokens');
    const sentences = layer(doc, 'sentences');
    const ctx = triggerContext(
      tokens,
      sentences,
      layer(doc, 'triggers'),
      layer(doc, 'names'),
      layer(doc, 'places'),
      docRelevance[n],
    );
    const features = tokens.map((t, i) => tokenFeatures(tokens, i, sentences[t.sentence] ?? sentences[0]!, ctx));
    const near = taggedSentences(layer(doc, 'triggers'), true);
    const tagged = sentences
      .filter((s) => near.has(s.index))
      .map((s): [number, number, boolean] => [s.firstToken, s.endToken, near.get(s.index) === true]);
    const gold = new Map(
      ROLES.map((r) => [r, new Set(d.templates.flatMap((t) => (t[r] ?? []).flat().map(([m]) => normalize(m))))]),
    );
    return { features, labels: label(doc, d.templates), tagged, words: tokens.map((t) => t.norm), gold };
  });
}

type Weights = { labels: string[]; weights: Record<string, number[]> };

/**
 * A fixed seed keeps the model file reproducible. Visiting the documents in a new order each epoch
 * (rather than in file order) raised held-out filler F1 from 37.7 to 39.4.
 */
const SEED = 12345;
/** A linear congruential generator: deterministic numbers in [0, 1). */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}
/** A Fisher–Yates shuffled copy. */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
/** features whose averaged weights all stay below this are left out of the model (halves it; dev F1 unchanged). */
const minWeight = Number(values['min-weight']);

function train(data: Example[], epochs: number): Weights {
  const L = LABELS.length;
  const w = new Map<string, Float64Array>();
  const total = new Map<string, Float64Array>();
  const stamp = new Map<string, Float64Array>();
  let clock = 1;
  const get = (m: Map<string, Float64Array>, f: string) => {
    const found = m.get(f);
    if (found) return found;
    const fresh = new Float64Array(L);
    m.set(f, fresh);
    return fresh;
  };
  const update = (f: string, k: number, delta: number) => {
    const wv = get(w, f);
    const tv = get(total, f);
    const sv = get(stamp, f);
    tv[k] = (tv[k] ?? 0) + (clock - (sv[k] ?? 0)) * (wv[k] ?? 0);
    sv[k] = clock;
    wv[k] = (wv[k] ?? 0) + delta;
  };
  const random = seededRandom(SEED);
  for (let e = 0; e < epochs; e++) {
    let errors = 0;
    let count = 0;
    for (const ex of shuffled(data, random)) {
      let prev = 'O';
      ex.features.forEach((feats, i) => {
        const all = [...feats, `p=${prev}`];
        const s = new Float64Array(L);
        for (const f of all) {
          const v = w.get(f);
          if (v) for (let k = 0; k < L; k++) s[k] = (s[k] ?? 0) + (v[k] ?? 0);
        }
        let best = 0;
        for (let k = 1; k < L; k++) if (allowed(prev, LABELS[k]!) && (s[k] ?? 0) > (s[best] ?? 0)) best = k;
        const gold = ex.labels[i] ?? 0;
        if (best !== gold) {
          errors++;
          for (const f of all) {
            update(f, gold, 1);
            update(f, best, -1);
          }
        }
        count++;
        clock++;
        prev = LABELS[gold]!;
      });
    }
    console.log(`epoch ${e + 1}: ${((100 * errors) / count).toFixed(2)}% tokens wrong`);
  }
  const weights: Record<string, number[]> = {};
  for (const [f, wv] of w) {
    const tv = total.get(f)!;
    const sv = stamp.get(f)!;
    const sparse: number[] = [];
    for (let k = 0; k < L; k++) {
      const avg = ((tv[k] ?? 0) + (clock - (sv[k] ?? 0)) * (wv[k] ?? 0)) / clock;
      if (Math.abs(avg) >= 0.002) sparse.push(k, Math.round(avg * 1000) / 1000);
    }
    // a feature whose weights all stay small changes few decisions but costs a lookup on every token
    const largest = Math.max(0, ...sparse.filter((_, i) => i % 2 === 1).map(Math.abs));
    if (largest >= minWeight) weights[f] = sparse;
  }
  return { labels: LABELS, weights };
}

/** Micro F1 of the distinct filler strings per document and role, as the stage would tag them. */
function fillerF1(
  weights: Weights,
  held: Example[],
  bias: number,
  roleBias: Record<string, number> = {},
  neighbourPenalty?: number,
): number {
  const model = fromJson({ ...weights, roleBias });
  let tp = 0;
  let predicted = 0;
  let wanted = 0;
  for (const ex of held) {
    const found = new Map<string, Set<string>>(ROLES.map((r) => [r, new Set()]));
    for (const [from, to, own] of ex.tagged) {
      if (!own && neighbourPenalty === undefined) continue;
      const labels = tag(
        model,
        ex.features.slice(from, to).map((keys) => keys.flatMap((key) => keyParts(key).slice(1))),
        own ? bias : bias - (neighbourPenalty ?? 0),
      );
      labels.forEach((l, k) => {
        if (!l.startsWith('B-')) return;
        let end = k + 1;
        while (labels[end] === `I-${l.slice(2)}`) end++;
        found.get(l.slice(2))?.add(normalize(ex.words.slice(from + k, from + end).join(' ')));
      });
    }
    for (const r of ROLES) {
      const g = ex.gold.get(r) ?? new Set();
      const p = found.get(r) ?? new Set();
      predicted += p.size;
      wanted += g.size;
      for (const m of p) if (g.has(m)) tp++;
    }
  }
  return predicted && wanted ? (2 * tp) / (predicted + wanted) : 0;
}

const data = examples();
const epochs = Number(values.epochs);
// the bias against "O" is chosen on a held-out fifth of train: the averaged perceptron is too sure of "O"
const held = data.filter((_, i) => i % 5 === 4);
const foldModel = train(
  data.filter((_, i) => i % 5 !== 4),
  epochs,
);
let outsideBias = 0;
let bestF1 = -1;
for (const bias of [0, 4, 8, 12, 16, 20, 24, 28, 32]) {
  const f1 = fillerF1(foldModel, held, bias);
  console.log(`outside bias ${bias}: held-out filler F1 ${(100 * f1).toFixed(1)}`);
  if (f1 > bestF1) [bestF1, outsideBias] = [f1, bias];
}
// then a bias per role, by coordinate ascent: each role trades precision for recall at its own rate
// (held-out filler F1 39.4 → 40.0; MUC-4 dev 35.8 → 36.1)
const roleBias: Record<string, number> = {};
let bestRoleF1 = bestF1;
for (let round = 0; round < 2; round++)
  for (const role of ROLES)
    for (const step of [-6, -3, 3, 6]) {
      const trial = { ...roleBias, [role]: (roleBias[role] ?? 0) + step };
      const f1 = fillerF1(foldModel, held, outsideBias, trial);
      if (f1 <= bestRoleF1 + 0.0005) continue;
      bestRoleF1 = f1;
      Object.assign(roleBias, trial);
      console.log(`role bias ${JSON.stringify(roleBias)}: held-out filler F1 ${(100 * f1).toFixed(1)}`);
    }
// then whether, and how much more reluctantly, to tag the sentence before a trigger's
// (held-out filler F1 40.0 → 40.9 at 8)
let neighbourPenalty: number | undefined;
for (const penalty of [0, 4, 8, 12, 16]) {
  const f1 = fillerF1(foldModel, held, outsideBias, roleBias, penalty);
  console.log(`neighbour penalty ${penalty}: held-out filler F1 ${(100 * f1).toFixed(1)}`);
  if (f1 > bestRoleF1 + 0.0005) [bestRoleF1, neighbourPenalty] = [f1, penalty];
}
if (values['fold-out'])
  writeFileSync(values['fold-out'], JSON.stringify({ ...foldModel, outsideBias, roleBias, neighbourPenalty }));
const model = { ...train(data, epochs), outsideBias, roleBias, neighbourPenalty };
writeFileSync(values.out, JSON.stringify(model));
console.log(
  `outside bias ${outsideBias}, neighbour penalty ${neighbourPenalty}; features kept: ${Object.keys(model.weights).length}`,
);

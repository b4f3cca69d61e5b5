/**
 * Experiments on how the role tagger is trained (not used by the engine; see the figures in
 * scripts/train-roles.ts). The train split's features are built as train-roles.ts builds them, given
 * numbers once and cached (os.tmpdir()/muc-roles-cache.json, rebuilt when missing); the learners run
 * on typed arrays, so a 5-fold run of the perceptron takes about two minutes.
 * usage: npx tsx scripts/role-learners.ts [--exp perc|lr|ens] [--folds 0,1,2,3,4] [--epochs 6]
 *   [--cutoff K] [--bags N [--bootstrap]] [--tagged-only] [--pool-bias]
 *   [--alpha 0.1 --l1 L1 --l2 L2 --lr-epochs E] [--mix 12] [--scale S] [--min-weight W]
 *   [--fold-out FILE] [--out FILE]
 * Per fold: the held-out filler F1 after each bias step, with the biases chosen on that fold as
 * train-roles.ts chooses them (--scale: the grids are the perceptron's times scale / 4). --pool-bias
 * chooses one set of biases on all the folds, and prints honest figures: biases from the other four
 * folds ("nested") or from the next fold alone ("single"). --fold-out / --out write the fold-4 and
 * full models in the model file's format, for bench:muc4 (--split train-fifth / dev).
 * --exp lr: multinomial logistic regression (softmax over the labels given the features and the gold
 * previous label), FTRL-proximal with L1 and L2; --exp ens: the perceptron plus mix × that.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { TEMPLATES } from '../src/extract/model/features.js';
import { allowed, labelSpans } from '../src/extract/model/tagger.js';
import { LABELS, ROLES, readTrainDocuments } from './lib/muc-labels.js';
import { normalizeFiller } from './lib/muc-normalize.js';
import { seededRandom, shuffled } from './lib/seeded.js';

const L = LABELS.length;
const T = TEMPLATES.length + 1; // + previous label
const ALLOWED = LABELS.map((p) => LABELS.map((l) => allowed(p, l)));
const CACHE = join(tmpdir(), 'muc-roles-cache.json');

interface Ex {
  feats: Int32Array; // n * (T-1)
  labels: number[];
  tagged: [number, number, boolean][];
  words: string[];
  gold: Record<string, string[]>;
}
interface Cache {
  vocab: string[];
  docs: {
    feats: number[];
    labels: number[];
    tagged: [number, number, boolean][];
    words: string[];
    gold: Record<string, string[]>;
  }[];
}

function buildCache(): Cache {
  const ids = new Map<string, number>();
  const vocab: string[] = [];
  const id = (s: string) => {
    let k = ids.get(s);
    if (k === undefined) {
      k = vocab.length;
      ids.set(s, k);
      vocab.push(s);
    }
    return k;
  };
  for (const l of LABELS) id(`p=${l}`); // ids 0..10 are the previous-label features
  const docs = readTrainDocuments((d, n) => {
    const feats: number[] = [];
    d.tokens.forEach((_, i) => {
      for (const f of d.features(i)) feats.push(id(f));
    });
    if (n % 100 === 0) console.error(`doc ${n}`);
    return { feats, labels: d.labels, tagged: d.tagged, words: d.words, gold: d.gold };
  });
  return { vocab, docs };
}

const { values } = parseArgs({
  options: {
    exp: { type: 'string', default: 'perc' },
    epochs: { type: 'string', default: '6' },
    cutoff: { type: 'string', default: '1' },
    l1: { type: 'string', default: '0' },
    l2: { type: 'string', default: '0' },
    alpha: { type: 'string', default: '0.1' },
    bags: { type: 'string', default: '1' },
    bootstrap: { type: 'boolean', default: false },
    'min-weight': { type: 'string' },
    scale: { type: 'string' },
    folds: { type: 'string', default: '4' },
    'tagged-only': { type: 'boolean', default: false },
    'pool-bias': { type: 'boolean', default: false },
    mix: { type: 'string', default: '12' },
    'lr-epochs': { type: 'string' },
    out: { type: 'string' },
    'fold-out': { type: 'string' },
  },
});

let cache: Cache;
if (existsSync(CACHE)) cache = JSON.parse(readFileSync(CACHE, 'utf8')) as Cache;
else {
  cache = buildCache();
  writeFileSync(CACHE, JSON.stringify(cache));
}
const NF = cache.vocab.length;
const data: Ex[] = cache.docs.map((d) => ({ ...d, feats: Int32Array.from(d.feats) }));
console.error(`features ${NF}, docs ${data.length}, tokens ${data.reduce((a, d) => a + d.labels.length, 0)}`);

const SEED = 12345;

/** token ranges trained on: every token of the document, or only the tagged sentences (each starting from "O"). */
function ranges(ex: Ex, taggedOnly: boolean): [number, number][] {
  return taggedOnly ? ex.tagged.map(([a, b]) => [a, b]) : [[0, ex.labels.length]];
}

function counts(train: Ex[]): Uint32Array {
  const c = new Uint32Array(NF);
  for (const ex of train) for (const f of ex.feats) c[f]!++;
  return c;
}

/** The active features of token i, then the previous label's, written into `out`: their count. */
function activeFeatures(ex: Ex, i: number, F: number, active: Uint8Array, prev: number, out: Int32Array): number {
  let nf = 0;
  for (let t = 0; t < F; t++) {
    const f = ex.feats[i * F + t]!;
    if (active[f]) out[nf++] = f;
  }
  out[nf++] = prev;
  return nf;
}

function perceptron(train: Ex[], epochs: number, seed: number, active: Uint8Array, taggedOnly: boolean): Float64Array {
  const w = new Float64Array(NF * L);
  const u = new Float64Array(NF * L);
  let c = 1;
  const random = seededRandom(seed);
  const F = T - 1;
  const s = new Float64Array(L);
  const fs = new Int32Array(T);
  for (let e = 0; e < epochs; e++) {
    for (const ex of shuffled(train, random)) {
      for (const [from, to] of ranges(ex, taggedOnly)) {
        let prev = 0;
        for (let i = from; i < to; i++) {
          const nf = activeFeatures(ex, i, F, active, prev, fs);
          s.fill(0);
          for (let q = 0; q < nf; q++) {
            const o = fs[q]! * L;
            for (let k = 0; k < L; k++) s[k]! += w[o + k]!;
          }
          let best = 0;
          const row = ALLOWED[prev]!;
          for (let k = 1; k < L; k++) if (row[k] && s[k]! > s[best]!) best = k;
          const gold = ex.labels[i]!;
          if (best !== gold) {
            for (let q = 0; q < nf; q++) {
              const o = fs[q]! * L;
              w[o + gold]! += 1;
              u[o + gold]! += c;
              w[o + best]! -= 1;
              u[o + best]! -= c;
            }
          }
          c++;
          prev = gold;
        }
      }
    }
  }
  for (let j = 0; j < w.length; j++) w[j] = w[j]! - u[j]! / c;
  return w;
}

/**
 * Multinomial logistic regression (MEMM: softmax over the labels given the features and the gold
 * previous label), FTRL-proximal per coordinate with L1 and L2.
 */
function logistic(
  train: Ex[],
  epochs: number,
  seed: number,
  active: Uint8Array,
  taggedOnly: boolean,
  opts: { alpha: number; l1: number; l2: number },
): Float64Array {
  const z = new Float64Array(NF * L);
  const n = new Float64Array(NF * L);
  const w = new Float64Array(NF * L);
  const beta = 1;
  const { alpha, l1, l2 } = opts;
  const random = seededRandom(seed);
  const F = T - 1;
  const s = new Float64Array(L);
  const fs = new Int32Array(T);
  const weight = (j: number) => {
    const zj = z[j]!;
    if (Math.abs(zj) <= l1) return 0;
    return -(zj - Math.sign(zj) * l1) / ((beta + Math.sqrt(n[j]!)) / alpha + l2);
  };
  for (let e = 0; e < epochs; e++) {
    let loss = 0;
    let count = 0;
    for (const ex of shuffled(train, random)) {
      for (const [from, to] of ranges(ex, taggedOnly)) {
        let prev = 0;
        for (let i = from; i < to; i++) {
          const nf = activeFeatures(ex, i, F, active, prev, fs);
          s.fill(0);
          for (let q = 0; q < nf; q++) {
            const o = fs[q]! * L;
            for (let k = 0; k < L; k++) {
              const v = weight(o + k);
              w[o + k] = v;
              s[k]! += v;
            }
          }
          // softmax over all labels (the allowed mask is applied when decoding only)
          let max = -Infinity;
          for (let k = 0; k < L; k++) if (s[k]! > max) max = s[k]!;
          let sum = 0;
          for (let k = 0; k < L; k++) {
            s[k] = Math.exp(s[k]! - max);
            sum += s[k]!;
          }
          const gold = ex.labels[i]!;
          loss -= Math.log(s[gold]! / sum);
          count++;
          for (let k = 0; k < L; k++) {
            const g = s[k]! / sum - (k === gold ? 1 : 0);
            if (g === 0) continue;
            const g2 = g * g;
            for (let q = 0; q < nf; q++) {
              const j = fs[q]! * L + k;
              const nj = n[j]!;
              const sigma = (Math.sqrt(nj + g2) - Math.sqrt(nj)) / alpha;
              z[j]! += g - sigma * w[j]!;
              n[j] = nj + g2;
            }
          }
          prev = gold;
        }
      }
    }
    console.error(`  epoch ${e + 1}: loss ${(loss / count).toFixed(4)}`);
  }
  for (let j = 0; j < w.length; j++) w[j] = weight(j);
  return w;
}

/** the model file's rounding and pruning: 3 decimals, |w| < 0.002 dropped, features whose largest |w| < minWeight dropped. */
function prune(w: Float64Array, minWeight: number): { w: Float64Array; kept: number } {
  const out = new Float64Array(w.length);
  let kept = 0;
  for (let f = 0; f < NF; f++) {
    let largest = 0;
    for (let k = 0; k < L; k++) {
      const v = Math.round(w[f * L + k]! * 1000) / 1000;
      if (Math.abs(v) >= 0.002 && Math.abs(v) > largest) largest = Math.abs(v);
    }
    if (largest < minWeight && !cache.vocab[f]!.startsWith('p=')) continue;
    if (largest === 0) continue;
    kept++;
    for (let k = 0; k < L; k++) {
      const v = Math.round(w[f * L + k]! * 1000) / 1000;
      if (Math.abs(v) >= 0.002) out[f * L + k] = v;
    }
  }
  return { w: out, kept };
}

function toJson(w: Float64Array): Record<string, number[]> {
  const weights: Record<string, number[]> = {};
  for (let f = 0; f < NF; f++) {
    const sparse: number[] = [];
    for (let k = 0; k < L; k++) if (w[f * L + k] !== 0) sparse.push(k, w[f * L + k]!);
    if (sparse.length) weights[cache.vocab[f]!] = sparse;
  }
  return weights;
}

function tagRange(w: Float64Array, ex: Ex, from: number, to: number, bias: number, labelBias: Float64Array): number[] {
  const F = T - 1;
  const s = new Float64Array(L);
  const out: number[] = [];
  let prev = 0;
  for (let i = from; i < to; i++) {
    s.fill(0);
    for (let t = 0; t < F; t++) {
      const o = ex.feats[i * F + t]! * L;
      for (let k = 0; k < L; k++) s[k]! += w[o + k]!;
    }
    for (let k = 0; k < L; k++) s[k]! += w[prev * L + k]! + labelBias[k]!;
    s[0]! -= bias;
    let best = 0;
    let bestScore = -Infinity;
    const row = ALLOWED[prev]!;
    for (let k = 0; k < L; k++)
      if (row[k] && s[k]! > bestScore) {
        best = k;
        bestScore = s[k]!;
      }
    out.push(best);
    prev = best;
  }
  return out;
}

type Pairs = [Float64Array, Ex[]][];
function fillerF1(
  pairs: Pairs,
  bias: number,
  roleBias: Record<string, number> = {},
  neighbourPenalty?: number,
  perRole = false,
): number | Record<string, number> {
  const labelBias = new Float64Array(L);
  LABELS.forEach((l, k) => {
    labelBias[k] = l.startsWith('B-') ? (roleBias[l.slice(2)] ?? 0) : 0;
  });
  const tp: Record<string, number> = {};
  const pr: Record<string, number> = {};
  const wa: Record<string, number> = {};
  for (const r of ROLES) tp[r] = pr[r] = wa[r] = 0;
  for (const [w, held] of pairs)
    for (const ex of held) {
      const found = new Map<string, Set<string>>(ROLES.map((r) => [r, new Set()]));
      for (const [from, to, own] of ex.tagged) {
        if (!own && neighbourPenalty === undefined) continue;
        const labels = tagRange(w, ex, from, to, own ? bias : bias - (neighbourPenalty ?? 0), labelBias).map(
          (k) => LABELS[k]!,
        );
        for (const span of labelSpans(labels))
          found.get(span.role)?.add(normalizeFiller(ex.words.slice(from + span.from, from + span.to).join(' ')));
      }
      for (const r of ROLES) {
        const g = new Set(ex.gold[r] ?? []);
        const p = found.get(r) ?? new Set();
        pr[r]! += p.size;
        wa[r]! += g.size;
        for (const m of p) if (g.has(m)) tp[r]!++;
      }
    }
  if (perRole)
    return Object.fromEntries(ROLES.map((r) => [r, pr[r]! && wa[r]! ? (2 * tp[r]!) / (pr[r]! + wa[r]!) : 0]));
  const T_ = ROLES.reduce((a, r) => a + tp[r]!, 0);
  const P = ROLES.reduce((a, r) => a + pr[r]!, 0);
  const W = ROLES.reduce((a, r) => a + wa[r]!, 0);
  return P && W ? (2 * T_) / (P + W) : 0;
}
const f1 = (...a: Parameters<typeof fillerF1>) => fillerF1(...a) as number;

/** the script's bias search, with its grids multiplied by scale/4 (the perceptron's grids are scale 4). */
function tuneBiases(pairs: Pairs, scale: number) {
  const u = scale / 4;
  let outsideBias = 0;
  let best = -1;
  for (const b of [0, 4, 8, 12, 16, 20, 24, 28, 32]) {
    const v = f1(pairs, b * u);
    if (v > best) [best, outsideBias] = [v, b * u];
  }
  const afterOutside = best;
  const roleBias: Record<string, number> = {};
  for (let round = 0; round < 2; round++)
    for (const role of ROLES)
      for (const step of [-6, -3, 3, 6]) {
        const trial = { ...roleBias, [role]: (roleBias[role] ?? 0) + step * u };
        const v = f1(pairs, outsideBias, trial);
        if (v <= best + 0.0005) continue;
        best = v;
        Object.assign(roleBias, trial);
      }
  const afterRole = best;
  let neighbourPenalty: number | undefined;
  for (const p of [0, 4, 8, 12, 16]) {
    const v = f1(pairs, outsideBias, roleBias, p * u);
    if (v > best + 0.0005) [best, neighbourPenalty] = [v, p * u];
  }
  return { outsideBias, roleBias, neighbourPenalty, afterOutside, afterRole, best };
}

function learn(train: Ex[]): Float64Array {
  const epochs = Number(values.epochs);
  const cutoff = Number(values.cutoff);
  const taggedOnly = values['tagged-only'] === true;
  const c = counts(train);
  const active = new Uint8Array(NF);
  for (let f = 0; f < NF; f++) active[f] = f < L || c[f]! >= cutoff ? 1 : 0;
  const bags = Number(values.bags);
  const sum = new Float64Array(NF * L);
  for (let b = 0; b < bags; b++) {
    let sample = train;
    if (values.bootstrap) {
      const r = seededRandom(SEED + 1000 * (b + 1));
      sample = train.map(() => train[Math.floor(r() * train.length)]!);
    }
    const seed = SEED + b * 7919;
    const lr = () =>
      logistic(sample, Number(values['lr-epochs'] ?? epochs), seed, active, taggedOnly, {
        alpha: Number(values.alpha),
        l1: Number(values.l1),
        l2: Number(values.l2),
      });
    let w: Float64Array;
    if (values.exp === 'perc') w = perceptron(sample, epochs, seed, active, taggedOnly);
    else if (values.exp === 'lr') w = lr();
    else {
      // ensemble: the perceptron's table plus `mix` times the logistic one
      w = perceptron(sample, epochs, seed, active, taggedOnly);
      const l = lr();
      const mix = Number(values.mix);
      for (let j = 0; j < w.length; j++) w[j] = w[j]! + mix * l[j]!;
    }
    for (let j = 0; j < sum.length; j++) sum[j]! += w[j]! / bags;
  }
  return sum;
}

const scale = Number(values.scale ?? (values.exp === 'lr' ? 0.5 : 4));
const minWeight = Number(values['min-weight'] ?? (values.exp === 'lr' ? 0 : 1));
const folds = values.folds!.split(',').map(Number);
const pool = values['pool-bias'] === true;
const results: number[] = [];
const started = Date.now();
const models: Pairs = [];
const pct = (x: number) => (100 * x).toFixed(1);
type Tuned = ReturnType<typeof tuneBiases>;
const describe = (t: Pick<Tuned, 'outsideBias' | 'roleBias' | 'neighbourPenalty'>) =>
  `bias ${t.outsideBias} ${JSON.stringify(t.roleBias)} np ${t.neighbourPenalty}`;
const perRoleText = (pairs: Pairs, t: Tuned) => {
  const pr = fillerF1(pairs, t.outsideBias, t.roleBias, t.neighbourPenalty, true) as Record<string, number>;
  return ROLES.map((r) => `${r} ${pct(pr[r]!)}`).join(' ');
};
let shipped: Tuned | undefined;
let foldFour: Float64Array | undefined;
for (const fold of folds) {
  const held = data.filter((_, i) => i % 5 === fold);
  const rest = data.filter((_, i) => i % 5 !== fold);
  const { w, kept } = prune(learn(rest), minWeight);
  models.push([w, held]);
  if (fold === 4) foldFour = w;
  if (pool) {
    console.log(`fold ${fold}: kept ${kept}`);
    continue;
  }
  const tuned = tuneBiases([[w, held]], scale);
  results.push(tuned.best);
  if (fold === 4) shipped = tuned;
  console.log(
    `fold ${fold}: kept ${kept}; F1 outside ${pct(tuned.afterOutside)} role ${pct(tuned.afterRole)} final ${pct(tuned.best)} | ${perRoleText([[w, held]], tuned)} | ${describe(tuned)}`,
  );
}
if (pool) {
  const tuned = tuneBiases(models, scale);
  shipped = tuned;
  console.log(`pooled: F1 ${pct(tuned.best)} | ${perRoleText(models, tuned)} | ${describe(tuned)}`);
  models.forEach((m, j) => {
    results.push(f1([m], tuned.outsideBias, tuned.roleBias, tuned.neighbourPenalty));
    console.log(`fold ${folds[j]} with pooled biases: ${pct(results[j]!)}`);
  });
  // nested: biases tuned on the other folds, scored on this one (an honest figure for the whole procedure)
  const nested = models.map((m, j) => {
    const t = tuneBiases(
      models.filter((_, k) => k !== j),
      scale,
    );
    return f1([m], t.outsideBias, t.roleBias, t.neighbourPenalty);
  });
  console.log(`nested: ${nested.map(pct).join(' ')} mean ${pct(nested.reduce((a, b) => a + b, 0) / nested.length)}`);
  // the single-fifth procedure, honestly: biases tuned on the next fold alone, scored on this one
  const single = models.map((m, j) => {
    const t = tuneBiases([models[(j + 1) % models.length]!], scale);
    return f1([m], t.outsideBias, t.roleBias, t.neighbourPenalty);
  });
  console.log(`single: ${single.map(pct).join(' ')} mean ${pct(single.reduce((a, b) => a + b, 0) / single.length)}`);
}
if (shipped && foldFour && values['fold-out'])
  writeFileSync(
    values['fold-out'],
    JSON.stringify({
      labels: LABELS,
      weights: toJson(foldFour),
      outsideBias: shipped.outsideBias,
      roleBias: shipped.roleBias,
      neighbourPenalty: shipped.neighbourPenalty,
    }),
  );
if (shipped && values.out) {
  const full = prune(learn(data), minWeight);
  const json = JSON.stringify({
    labels: LABELS,
    weights: toJson(full.w),
    outsideBias: shipped.outsideBias,
    roleBias: shipped.roleBias,
    neighbourPenalty: shipped.neighbourPenalty,
  });
  writeFileSync(values.out, json);
  console.log(`full model: kept ${full.kept}, ${json.length} bytes`);
}
console.log(
  `mean over folds ${folds.join(',')}: ${((100 * results.reduce((a, b) => a + b, 0)) / results.length).toFixed(2)} (${((Date.now() - started) / 1000).toFixed(0)} s) ${JSON.stringify(values)}`,
);

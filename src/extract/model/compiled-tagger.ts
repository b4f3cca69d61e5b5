/**
 * The role tagger as the engine runs it: the same weights and the same greedy decisions as
 * `tagNext` (tagger.ts), read by number rather than by string. Every value the model knows (words,
 * suffixes, classes, trigger labels …) gets an id once when the model loads; a document's tokens
 * get their column ids once; each feature is then a pair of ids found in one open-addressing hash
 * table, which points at its non-zero weights. String maps cost about 150 ns a lookup here, and a
 * tagged token looks up 35 features: that made the tagger half of the engine's time.
 */
import type { Sentence, Token } from '../annotated.js';
import { COLUMNS, type Column, gapBucket, OUTSIDE, shape, TEMPLATES, type TokenContext, WINDOW } from './features.js';
import { interner } from './interner.js';
import { fromJson, keyParts, type TaggerModel } from './tagger.js';
import { wordClass } from './word-class.js';

export interface CompiledTagger {
  model: TaggerModel;
  /** every string the model's features hold → its id. */
  vocab: ReadonlyMap<string, number>;
  /**
   * The feature table, open addressing, four numbers a slot: template·V + a (-1 when empty), b
   * (-1 for a one-part template), and the [start, end) of the feature's non-zero weights in
   * `labelOf` / `weightOf` (three labels of eleven on average: reading only those halves the memory
   * the loop touches, and skipping a zero leaves every sum as it was).
   */
  slots: Int32Array;
  mask: number;
  labelOf: Uint8Array;
  weightOf: Float64Array;
  /** per label index: the weights of the previous label (row of `previousWeights`), -1 when none. */
  previousRow: Int32Array;
  previousWeights: Float64Array;
  /** template index → [column code, offset] of its parts (the second is -1 for a one-part template). */
  partColumn: Int8Array;
  partOffset: Int8Array;
  /** ids of "", "<s>" and "</s>" (-1 when the model has none). */
  empty: number;
  sentenceStart: number;
  sentenceEnd: number;
  /** per word id: its suffixes', shape's and dictionary class's ids, -2 until first asked. */
  wordCache: Int32Array;
  /** the id of gapBucket(g) for g = 0 … WINDOW + 1 (every larger gap is "far", as WINDOW + 1 is). */
  gapIds: Int32Array;
}

const CODE = new Map<Column, number>(COLUMNS.map((c, k) => [c, k]));
const code = (c: Column) => CODE.get(c) ?? -1;
const W = code('w');
const C = code('c');
/** the columns read at a word itself, cached per word id: s3, s4, sh, lx. */
const WORD_DERIVED = ['s3', 's4', 'sh', 'lx'] as const;

/** The slot of key (a, b): both multiplied into 32 bits, then the high bits folded down (a multiplied key alone has weak low bits, which made long probe runs). */
function slotOf(a: number, b: number, mask: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca77);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h & mask;
}

/** A feature's weights as the model file keeps them: [labelIndex, weight, labelIndex, weight, …]. */
type SparseWeights = readonly number[];
/**
 * The tagger compiled straight from the model file: no map or typed array per feature on the way (fromJson builds 22,000 of each, which cost start-up time). Keys are read
 * as fromJson reads them (`keyParts`; a one-part template ignores what follows a space).
 */
export function compileTaggerJson(json: Parameters<typeof fromJson>[0]): CompiledTagger {
  const previousOnly = Object.fromEntries(Object.entries(json.weights).filter(([key]) => key.startsWith('p=')));
  const model = fromJson({ ...json, weights: previousOnly });
  const { ids: vocab, id } = interner();
  const index = new Map(TEMPLATES.map((t, k) => [t.name, k]));
  const features: [number, number, number, SparseWeights][] = [];
  for (const [key, weights] of Object.entries(json.weights)) {
    const [template, a, b] = keyParts(key);
    const k = index.get(template);
    if (k === undefined) continue;
    features.push([k, id(a), TEMPLATES[k]?.binary ? id(b) : -1, weights]);
  }
  return buildTable(model, vocab, id, features);
}

function buildTable(
  model: TaggerModel,
  vocab: Map<string, number>,
  id: (s: string) => number,
  features: readonly [number, number, number, SparseWeights][],
): CompiledTagger {
  for (const s of ['', '<s>', '</s>']) id(s);
  const V = vocab.size;
  if (TEMPLATES.length * V >= 2 ** 31) throw new Error('tagger vocabulary too large for 32-bit feature keys');
  const L = model.labels.length;
  let size = 1;
  while (size < features.length * 2) size *= 2;
  const slots = new Int32Array(size * 4);
  for (let slot = 0; slot < size; slot++) slots[4 * slot] = -1;
  const labelOf: number[] = [];
  const weightOf: number[] = [];
  for (const [t, a, b, w] of features) {
    const ka = t * V + a;
    let slot = slotOf(ka, b, size - 1);
    while (slots[4 * slot] !== -1) slot = (slot + 1) & (size - 1);
    slots.set([ka, b, labelOf.length, labelOf.length], 4 * slot);
    for (let n = 0; n + 1 < w.length; n += 2) {
      if (w[n + 1] === 0) continue;
      labelOf.push(w[n] as number);
      weightOf.push(w[n + 1] as number);
    }
    slots[4 * slot + 3] = labelOf.length;
  }
  const previousRow = new Int32Array(L).fill(-1);
  const previousWeights = new Float64Array(L * L);
  model.labels.forEach((label, k) => {
    const w = model.previous.get(label);
    if (!w) return;
    previousRow[k] = k;
    previousWeights.set(w, k * L);
  });
  const partColumn = new Int8Array(TEMPLATES.length * 2).fill(-1);
  const partOffset = new Int8Array(TEMPLATES.length * 2);
  TEMPLATES.forEach((t, k) => {
    t.parts.forEach((p, n) => {
      partColumn[2 * k + n] = code(p.column);
      partOffset[2 * k + n] = p.offset;
    });
  });
  return {
    model,
    vocab,
    slots,
    mask: size - 1,
    labelOf: Uint8Array.from(labelOf),
    weightOf: Float64Array.from(weightOf),
    previousRow,
    previousWeights,
    partColumn,
    partOffset,
    empty: vocab.get('') ?? -1,
    sentenceStart: vocab.get('<s>') ?? -1,
    sentenceEnd: vocab.get('</s>') ?? -1,
    wordCache: new Int32Array(V * WORD_DERIVED.length).fill(-2),
    gapIds: Int32Array.from({ length: WINDOW + 2 }, (_, g) => vocab.get(gapBucket(g)) ?? -1),
  };
}

/**
 * The column ids of the sentence being tagged, `columns[code][i - firstToken]` (a buffer reused
 * from sentence to sentence, so a 5 MB report costs no column arrays its length), and the
 * lexicon class of every token of the document, which features read across sentences.
 */
export class DocumentColumns {
  columns: Int32Array[] = COLUMNS.map(() => new Int32Array(64));
  readonly classes: Int32Array;
  constructor(
    private readonly m: CompiledTagger,
    private readonly tokens: Token[],
    private readonly ctx: TokenContext,
  ) {
    this.classes = Int32Array.from(tokens, (_, i) => this.idOf(ctx.cls[i] ?? ''));
  }

  private gapId(gap: number | undefined): number {
    return this.m.gapIds[Math.min(gap ?? WINDOW + 1, WINDOW + 1)] as number;
  }

  private idOf(s: string): number {
    return this.m.vocab.get(s) ?? -1;
  }

  /** A value derived from a word (suffix, shape, dictionary class), cached per known word. */
  private derived(word: string, wordId: number, which: number): number {
    const cache = this.m.wordCache;
    const slot = wordId * WORD_DERIVED.length + which;
    if (wordId >= 0 && (cache[slot] as number) !== -2) return cache[slot] as number;
    const kind = WORD_DERIVED[which];
    const value =
      kind === 's3' ? word.slice(-3) : kind === 's4' ? word.slice(-4) : kind === 'sh' ? shape(word) : wordClass(word);
    const found = this.idOf(value);
    if (wordId >= 0) cache[slot] = found;
    return found;
  }

  /** Fills every column for the tokens of `sentence`. */
  fill(sentence: Sentence): void {
    const { ctx, tokens } = this;
    const first = sentence.firstToken;
    const length = sentence.endToken - first;
    if (length > (this.columns[0]?.length ?? 0)) this.columns = COLUMNS.map(() => new Int32Array(length * 2));
    const col = (c: Column) => this.columns[code(c)] as Int32Array;
    const bias = col('bias');
    const w = col('w');
    const c = col('c');
    const tl = col('tl');
    const tr = col('tr');
    const tlword = col('tlword');
    const trword = col('trword');
    const tlgap = col('tlgap');
    const trgap = col('trgap');
    const sent = col('sent');
    const rel = col('rel');
    const derived = WORD_DERIVED.map(col);
    const sentId = this.idOf(String(Math.min(sentence.index, 4)));
    const relId = this.idOf(ctx.relevance);
    for (let i = first; i < sentence.endToken; i++) {
      const at = i - first;
      const word = tokens[i]?.norm ?? '';
      const wordId = this.idOf(word);
      bias[at] = this.m.empty;
      w[at] = wordId;
      c[at] = this.classes[i] as number;
      for (let k = 0; k < derived.length; k++) (derived[k] as Int32Array)[at] = this.derived(word, wordId, k);
      tl[at] = this.idOf(ctx.left[i] ?? '');
      tr[at] = this.idOf(ctx.right[i] ?? '');
      tlword[at] = this.idOf(ctx.leftWord[i] ?? '');
      trword[at] = this.idOf(ctx.rightWord[i] ?? '');
      tlgap[at] = this.gapId(ctx.leftGap[i]);
      trgap[at] = this.gapId(ctx.rightGap[i]);
      sent[at] = sentId;
      rel[at] = relId;
    }
  }
}

if (OUTSIDE.w !== 'marks' || OUTSIDE.lx !== 'empty' || OUTSIDE.c !== 'document')
  throw new Error('compiled-tagger.ts reads columns outside a sentence as features.ts OUTSIDE did');

let scratch = new Float64Array(0);

/**
 * The labels of a sentence's tokens, left to right, as `tagNext` gives them with `outsideBias`
 * taken off the score of "O": `tagSentence(m, columns, sentence, bias)` → ["O", "B-Victim", …].
 * Written flat, with the sentence's bounds and the tables in locals: this is the engine's hottest loop.
 */
export function tagSentence(
  m: CompiledTagger,
  doc: DocumentColumns,
  sentence: Sentence,
  outsideBias: number,
): string[] {
  doc.fill(sentence);
  const { model, partColumn, partOffset, slots, mask, labelOf, weightOf } = m;
  const V = m.vocab.size;
  const columns = doc.columns;
  const classes = doc.classes;
  const first = sentence.firstToken;
  const end = sentence.endToken;
  const tokenCount = classes.length;
  /** column c at token j (features.ts OUTSIDE says what a column reads beyond the sentence). */
  const at = (c: number, j: number): number => {
    if (j >= first && j < end) return (columns[c] as Int32Array)[j - first] as number;
    if (c === W) return j < first ? m.sentenceStart : m.sentenceEnd;
    if (c === C && j >= 0 && j < tokenCount) return classes[j] as number;
    return m.empty;
  };
  const L = model.labels.length;
  if (scratch.length !== L) scratch = new Float64Array(L);
  const s = scratch;
  const labels: string[] = [];
  let prev = 0; // "O"
  for (let i = first; i < end; i++) {
    s.fill(0);
    // the weights are summed in the order tagger.ts sums them, so that scores agree to the last bit
    for (let t = 0; t < TEMPLATE_COUNT; t++) {
      const a = at(partColumn[2 * t] as number, i + (partOffset[2 * t] as number));
      if (a < 0) continue;
      const second = partColumn[2 * t + 1] as number;
      const b = second < 0 ? -1 : at(second, i + (partOffset[2 * t + 1] as number));
      if (second >= 0 && b < 0) continue;
      const ka = t * V + a;
      let slot = slotOf(ka, b, mask) * 4;
      for (;;) {
        const k = slots[slot] as number;
        if (k === -1) break;
        if (k === ka && slots[slot + 1] === b) {
          for (let n = slots[slot + 2] as number, stop = slots[slot + 3] as number; n < stop; n++) {
            const label = labelOf[n] as number;
            s[label] = (s[label] as number) + (weightOf[n] as number);
          }
          break;
        }
        slot = (slot + 4) & (mask * 4 + 3);
      }
    }
    if ((m.previousRow[prev] as number) >= 0)
      for (let k = 0, base = prev * L; k < L; k++) s[k] = (s[k] as number) + (m.previousWeights[base + k] as number);
    for (let k = 0; k < L; k++) s[k] = (s[k] as number) + (model.labelBias[k] as number);
    s[0] = (s[0] as number) - outsideBias;
    let best = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    const followsRow = prev * L;
    for (let k = 0; k < L; k++) {
      if ((s[k] as number) > bestScore && model.follows[followsRow + k] === 1) {
        best = k;
        bestScore = s[k] as number;
      }
    }
    prev = best;
    labels.push(model.labels[best] ?? 'O');
  }
  return labels;
}
const TEMPLATE_COUNT = TEMPLATES.length;

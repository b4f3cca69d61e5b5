/**
 * The role tagger as the engine runs it: the same weights and the same greedy decisions as
 * `tagNext` (tagger.ts), read by number rather than by string. Every value the model knows (words,
 * suffixes, classes, trigger labels …) gets an id once when the model loads; a document's tokens
 * get their column ids once; each feature is then a pair of ids found in one open-addressing hash
 * table, which points at its non-zero weights. String maps cost about 150 ns a lookup here, and a
 * tagged token looks up 35 features: that made the tagger half of the engine's time.
 */
import type { Sentence, Token } from '../annotated.js';
import { type KeyTable, keyTable } from '../knowledge/key-table.js';
import { perLexeme, tokenLexemes } from '../lexemes.js';
import { COLUMNS, type Column, gapBucket, OUTSIDE, shape, TEMPLATES, type TokenContext, WINDOW } from './features.js';
import { fromJson, keyParts, type TaggerModel } from './tagger.js';
import { wordClass } from './word-class.js';

export interface CompiledTagger {
  model: TaggerModel;
  /**
   * every string the model's features hold → its id, in a typed-array table: the per-token lookups
   * cost half what a Map's did once other stages had pushed its buckets out of the cache.
   */
  words: KeyTable;
  /**
   * The feature table, open addressing, three numbers a slot: the feature's key, template · V + a
   * (-1 when empty), its second part b (-1 for a one-part template), and where its non-zero weights start in `entries` · 16 + how many there are (three labels
   * of eleven on average: reading only those halves the memory the loop touches, and skipping a zero
   * leaves every sum as it was).
   */
  slots: Int32Array;
  mask: number;
  /**
   * The one-part features straight by key, template · V + a → where their weights start · 16 + how
   * many (-1: none). The vocabulary is small (4,600 values), so the array is too, and a one-part
   * feature — two lookups in three — costs one read instead of a hash and a probe; the table above
   * keeps the two-part ones.
   */
  direct: Int32Array;
  /** per non-zero weight: the index of its value in `values` · 16 + its label index. */
  entries: Int32Array;
  /** the distinct weight values (9,000 of 67,000 weights): table, entries and values take 0.7 MB,
   * where 16-byte slots at half the load and a float per weight took 1.6 MB. */
  values: Float64Array;
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
  /** a word's id, and its suffixes', shape's and dictionary class's ids (WORD_DERIVED order), per lexeme. */
  wordId: (lexeme: number, word: string) => number;
  derivedIds: readonly ((lexeme: number, word: string) => number)[];
  /** the id of gapBucket(g) for g = 0 … WINDOW + 1 (every larger gap is "far", as WINDOW + 1 is). */
  gapIds: Int32Array;
}

const CODE = new Map<Column, number>(COLUMNS.map((c, k) => [c, k]));
const code = (c: Column) => CODE.get(c) ?? -1;
/** the columns read at a word itself, remembered per lexeme: s3, s4, sh, lx. */
const WORD_DERIVED = ['s3', 's4', 'sh', 'lx'] as const;
/** `derivedValue('s3', 'bombing')` → "ing": a column read at the word itself. */
function derivedValue(kind: (typeof WORD_DERIVED)[number], word: string): string {
  return kind === 's3'
    ? word.slice(-3)
    : kind === 's4'
      ? word.slice(-4)
      : kind === 'sh'
        ? shape(word)
        : wordClass(word);
}
/** cells on either side of a sentence's columns: the farthest any template reads from its token. */
const PAD = Math.max(...TEMPLATES.flatMap((t) => t.parts.map((p) => Math.abs(p.offset))));

/** The home slot of key (ka, b): both multiplied into 32 bits, then murmur3's finaliser, whose low bits spread well. */
function slotOf(ka: number, b: number, mask: number): number {
  const key = Math.imul(ka, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca77);
  let h = Math.imul(key ^ (key >>> 16), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
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
  const words = keyTable(1 << 12);
  const id = (s: string) => words.intern(s);
  const index = new Map(TEMPLATES.map((t, k) => [t.name, k]));
  const features: [number, number, number, SparseWeights][] = [];
  for (const [key, weights] of Object.entries(json.weights)) {
    const [template, a, b] = keyParts(key);
    const k = index.get(template);
    if (k === undefined) continue;
    features.push([k, id(a), TEMPLATES[k]?.binary ? id(b) : -1, weights]);
  }
  return buildTable(model, words, features);
}

function buildTable(
  model: TaggerModel,
  words: KeyTable,
  features: readonly [number, number, number, SparseWeights][],
): CompiledTagger {
  for (const s of ['', '<s>', '</s>']) words.intern(s);
  const V = words.size;
  if (TEMPLATES.length * V >= 2 ** 31) throw new Error('tagger vocabulary too large for 32-bit feature keys');
  const L = model.labels.length;
  if (L > 16) throw new Error('tagger has more labels than an entry can hold (16)');
  // load factor at most 0.7: a miss scans a few adjacent 12-byte slots, mostly one cache line
  const pairs = features.filter(([, , b]) => b >= 0).length;
  let size = 1;
  while (size * 0.7 < pairs) size *= 2;
  const slots = new Int32Array(size * 3).fill(-1);
  const direct = new Int32Array(TEMPLATES.length * V).fill(-1);
  const entries: number[] = [];
  const valueIndex = new Map<number, number>();
  for (const [t, a, b, w] of features) {
    const ka = t * V + a;
    const start = entries.length;
    for (let n = 0; n + 1 < w.length; n += 2) {
      const weight = w[n + 1] as number;
      if (weight === 0) continue;
      if (!valueIndex.has(weight)) valueIndex.set(weight, valueIndex.size);
      entries.push((valueIndex.get(weight) as number) * 16 + (w[n] as number));
    }
    if (b < 0) {
      direct[ka] = start * 16 + (entries.length - start);
      continue;
    }
    let slot = slotOf(ka, b, size - 1);
    while (slots[3 * slot] !== -1) slot = (slot + 1) & (size - 1);
    slots[3 * slot] = ka;
    slots[3 * slot + 1] = b;
    slots[3 * slot + 2] = start * 16 + (entries.length - start);
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
    words,
    slots,
    mask: size - 1,
    direct,
    entries: Int32Array.from(entries),
    values: Float64Array.from(valueIndex.keys()),
    previousRow,
    previousWeights,
    partColumn,
    partOffset,
    empty: words.find(''),
    sentenceStart: words.find('<s>'),
    sentenceEnd: words.find('</s>'),
    wordId: perLexeme((w) => words.find(w)),
    derivedIds: WORD_DERIVED.map((kind) => perLexeme((w) => words.find(derivedValue(kind, w)))),
    gapIds: Int32Array.from({ length: WINDOW + 2 }, (_, g) => words.find(gapBucket(g))),
  };
}

/** A class id not looked up yet (ids are -1 or more). */
const NO_CLASS_YET = -2;

/**
 * The column ids of the sentence being tagged, `columns[code][i - firstToken]` (a buffer reused
 * from sentence to sentence, so a 5 MB report costs no column arrays its length), and the
 * lexicon class of the tokens, which features read across sentences.
 */
export class DocumentColumns {
  columns: Int32Array[] = COLUMNS.map(() => new Int32Array(64));
  /**
   * the id of each token's lexicon class, looked up when a tagged sentence first reads it: only the
   * tagged sentences and PAD tokens on either side are read, about half a document's tokens.
   */
  private readonly classes: Int32Array;
  private readonly labelIds = new Map<string, number>();
  private readonly lexemes: Int32Array;
  constructor(
    private readonly m: CompiledTagger,
    private readonly tokens: Token[],
    private readonly ctx: TokenContext,
  ) {
    this.classes = new Int32Array(tokens.length).fill(NO_CLASS_YET);
    this.lexemes = tokenLexemes(tokens);
  }

  /** The id of token i's lexicon class. */
  private classId(i: number): number {
    let id = this.classes[i] as number;
    if (id === NO_CLASS_YET) {
      id = this.idOf(this.ctx.cls[i] ?? '');
      this.classes[i] = id;
    }
    return id;
  }

  private gapId(gap: number | undefined): number {
    return this.m.gapIds[Math.min(gap ?? WINDOW + 1, WINDOW + 1)] as number;
  }

  /** The id of a label, class or trigger word: few distinct strings a document, each looked up once. */
  private idOf(s: string): number {
    let id = this.labelIds.get(s);
    if (id === undefined) {
      id = this.m.words.find(s);
      this.labelIds.set(s, id);
    }
    return id;
  }

  /**
   * Fills every column for the tokens of `sentence`, token i at index PAD + i - firstToken, and the
   * PAD cells on either side with what features.ts OUTSIDE says a column reads beyond the sentence:
   * boundary marks for words, the document's lexicon classes, "" for the rest.
   */
  fill(sentence: Sentence): void {
    const { ctx, tokens, m } = this;
    const first = sentence.firstToken;
    const length = sentence.endToken - first;
    if (length + 2 * PAD > (this.columns[0]?.length ?? 0))
      this.columns = COLUMNS.map(() => new Int32Array((length + 2 * PAD) * 2));
    const col = (c: Column) => this.columns[code(c)] as Int32Array;
    for (const column of this.columns) {
      column.fill(m.empty, 0, PAD);
      column.fill(m.empty, PAD + length, 2 * PAD + length);
    }
    const w = col('w');
    const c = col('c');
    for (let k = 1; k <= PAD; k++) {
      w[PAD - k] = m.sentenceStart;
      w[PAD + length - 1 + k] = m.sentenceEnd;
      if (first - k >= 0) c[PAD - k] = this.classId(first - k);
      if (sentence.endToken - 1 + k < tokens.length) c[PAD + length - 1 + k] = this.classId(sentence.endToken - 1 + k);
    }
    const bias = col('bias');
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
      const at = PAD + i - first;
      const word = tokens[i]?.norm ?? '';
      const lexeme = this.lexemes[i] as number;
      bias[at] = m.empty;
      w[at] = m.wordId(lexeme, word);
      c[at] = this.classId(i);
      for (let k = 0; k < derived.length; k++)
        (derived[k] as Int32Array)[at] = (m.derivedIds[k] as (lexeme: number, word: string) => number)(lexeme, word);
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
 * No template reads the previous label but "p", whose weights come last: so every token's template
 * sums are made first, template by template (a tight loop over one or two columns at fixed
 * offsets), and the greedy left-to-right pass then only adds the previous label's weights. Each
 * token still receives its weights in the order tagger.ts sums them, so scores agree to the last bit.
 */
export function tagSentence(
  m: CompiledTagger,
  doc: DocumentColumns,
  sentence: Sentence,
  outsideBias: number,
): string[] {
  doc.fill(sentence);
  const { model, partColumn, partOffset, slots, mask, direct, entries, values } = m;
  const V = m.words.size;
  const columns = doc.columns;
  const n = sentence.endToken - sentence.firstToken;
  const L = model.labels.length;
  if (scratch.length < n * L) scratch = new Float64Array(n * L * 2);
  const s = scratch;
  s.fill(0, 0, n * L);
  for (let t = 0; t < TEMPLATE_COUNT; t++) {
    const first = columns[partColumn[2 * t] as number] as Int32Array;
    const firstAt = PAD + (partOffset[2 * t] as number);
    const secondColumn = partColumn[2 * t + 1] as number;
    const second = secondColumn < 0 ? null : (columns[secondColumn] as Int32Array);
    const secondAt = PAD + (partOffset[2 * t + 1] as number);
    if (!second) {
      for (let i = 0, key = t * V; i < n; i++) {
        const a = first[firstAt + i] as number;
        if (a < 0) continue;
        const where = direct[key + a] as number;
        if (where < 0) continue;
        for (let e = where >>> 4, stop = e + (where & 15); e < stop; e++) {
          const entry = entries[e] as number;
          const cell = i * L + (entry & 15);
          s[cell] = (s[cell] as number) + (values[entry >>> 4] as number);
        }
      }
      continue;
    }
    for (let i = 0; i < n; i++) {
      const a = first[firstAt + i] as number;
      if (a < 0) continue;
      const b = second[secondAt + i] as number;
      if (b < 0) continue;
      const ka = t * V + a;
      for (let slot = slotOf(ka, b, mask); ; slot = (slot + 1) & mask) {
        const k = slots[3 * slot] as number;
        if (k === -1) break;
        if (k === ka && slots[3 * slot + 1] === b) {
          const where = slots[3 * slot + 2] as number;
          for (let e = where >>> 4, stop = e + (where & 15); e < stop; e++) {
            const entry = entries[e] as number;
            const cell = i * L + (entry & 15);
            s[cell] = (s[cell] as number) + (values[entry >>> 4] as number);
          }
          break;
        }
      }
    }
  }
  const labels: string[] = [];
  let prev = 0; // "O"
  for (let i = 0, base = 0; i < n; i++, base += L) {
    if ((m.previousRow[prev] as number) >= 0)
      for (let k = 0, row = prev * L; k < L; k++)
        s[base + k] = (s[base + k] as number) + (m.previousWeights[row + k] as number);
    for (let k = 0; k < L; k++) s[base + k] = (s[base + k] as number) + (model.labelBias[k] as number);
    s[base] = (s[base] as number) - outsideBias;
    let best = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    const followsRow = prev * L;
    for (let k = 0; k < L; k++) {
      if ((s[base + k] as number) > bestScore && model.follows[followsRow + k] === 1) {
        best = k;
        bestScore = s[base + k] as number;
      }
    }
    prev = best;
    labels.push(model.labels[best] ?? 'O');
  }
  return labels;
}
const TEMPLATE_COUNT = TEMPLATES.length;

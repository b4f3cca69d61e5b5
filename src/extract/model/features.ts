/**
 * Token features for the learned role tagger: the word, its neighbours, its shape, the nearest
 * event trigger on either side within its sentence (type, word, distance), the word's class
 * in our lexicons and knowledge layers (armed-group head, weapon, facility, known actor, place),
 * and how likely the whole document tells an incident at all.
 * No feature looks at capital letters: MUC-4 text is lower-case.
 */
import type { NameMention, PlaceMention, Sentence, Token, Trigger } from '../annotated.js';
import { ARMED_GROUP_HEADS, FACILITY_HEADS, WEAPON_WORDS } from '../lexicons/nouns.js';
import { wordClass } from './word-class.js';

const WINDOW = 6;

export interface TokenContext {
  /** type:form of the nearest trigger to the left / right within WINDOW tokens ("" if none). */
  left: string[];
  right: string[];
  /** its first word. */
  leftWord: string[];
  rightWord: string[];
  /** how many tokens away (capped at WINDOW + 1 when none). */
  leftGap: number[];
  rightGap: number[];
  /** lexicon / knowledge class of the token ("" if none). */
  cls: string[];
  /** dictionary class of the token (model/word-class.ts): first name, surname, common word, unknown. */
  lex: string[];
  /** the document's relevance (model/relevance.ts) in fifths, "0"…"4". */
  relevance: string;
}

/** `relevanceBucket(0.93)` → "4". */
export const relevanceBucket = (p: number) => String(Math.min(4, Math.floor(p * 5)));

const WEAPON_SET = new Set(WEAPON_WORDS.flatMap((w) => w.split(' ')));

/** Classes the lexicons and the names/places layers give each token. */
function tokenClasses(tokens: Token[], names: NameMention[], places: PlaceMention[]): string[] {
  const cls = tokens.map((t): string =>
    ARMED_GROUP_HEADS.has(t.norm)
      ? 'armed'
      : WEAPON_SET.has(t.norm)
        ? 'weapon'
        : FACILITY_HEADS.has(t.norm)
          ? 'fac'
          : '',
  );
  for (const p of places) for (let i = p.from; i < p.to; i++) cls[i] = 'place';
  for (const n of names) for (let i = n.from; i < n.to; i++) cls[i] = `actor.${n.actor.kind}`;
  return cls;
}

/**
 * For each token, the nearest trigger to its left and right in the sentence, and its class.
 * `triggerContext(tokens, sentences, triggers).left[i]` → "attack.armed:verb" or "".
 */
export function triggerContext(
  tokens: Token[],
  sentences: Sentence[],
  triggers: Trigger[],
  names: NameMention[] = [],
  places: PlaceMention[] = [],
  relevance = 0.5,
): TokenContext {
  const n = tokens.length;
  const ctx: TokenContext = {
    left: new Array<string>(n).fill(''),
    right: new Array<string>(n).fill(''),
    leftWord: new Array<string>(n).fill(''),
    rightWord: new Array<string>(n).fill(''),
    leftGap: new Array<number>(n).fill(WINDOW + 1),
    rightGap: new Array<number>(n).fill(WINDOW + 1),
    cls: tokenClasses(tokens, names, places),
    lex: tokens.map((t) => wordClass(t.norm)),
    relevance: relevanceBucket(relevance),
  };
  const at = new Map<number, Trigger>();
  for (const t of triggers) for (let i = t.from; i < t.to; i++) at.set(i, t);
  // one "type:form" string per trigger, not one per token near it
  const labels = new Map(triggers.map((t) => [t, `${t.type}:${t.form}`]));
  const label = (t: Trigger) => labels.get(t) ?? '';
  for (const s of sentences) {
    nearestTrigger(ascending(s.firstToken, s.endToken), at, (i, t, gap) => {
      ctx.left[i] = label(t);
      ctx.leftWord[i] = tokens[t.from]?.norm ?? '';
      ctx.leftGap[i] = gap;
    });
    nearestTrigger(descending(s.firstToken, s.endToken), at, (i, t, gap) => {
      ctx.right[i] = label(t);
      ctx.rightWord[i] = tokens[t.from]?.norm ?? '';
      ctx.rightGap[i] = gap;
    });
  }
  return ctx;
}

function* ascending(from: number, to: number): Generator<number> {
  for (let i = from; i < to; i++) yield i;
}
function* descending(from: number, to: number): Generator<number> {
  for (let i = to - 1; i >= from; i--) yield i;
}

/** Walks token indexes in `order`, telling each the last trigger passed within WINDOW tokens and how far it is. */
function nearestTrigger(
  order: Iterable<number>,
  at: ReadonlyMap<number, Trigger>,
  mark: (i: number, trigger: Trigger, gap: number) => void,
): void {
  let last: Trigger | undefined;
  let lastAt = 0;
  for (const i of order) {
    const gap = Math.abs(i - lastAt);
    if (last && gap <= WINDOW) mark(i, last, gap);
    const here = at.get(i);
    if (here) {
      last = here;
      lastAt = i;
    }
  }
}

const shape = (w: string) =>
  /^\d+$/.test(w) ? 'D' : /\d/.test(w) ? 'dx' : /^\p{L}+$/u.test(w) ? 'a' : /\p{L}/u.test(w) ? 'ax' : 'p';
const gapBucket = (g: number) => (g <= 1 ? '1' : g <= 3 ? '3' : g <= WINDOW ? 'w' : 'far');

/** The feature templates, in the order tokenFeatureParts writes them; a binary one pairs two values. */
export const TEMPLATES: readonly { name: string; binary: boolean }[] = (
  'b w w-1 w+1 w-2 w+2 w-3 w+3 w-1w:2 ww+1:2 w-2w-1:2 w+1w+2:2 s3 s4 sh c c-1 c+1 cw-1:2 tl tr tlw:2 trw:2 ' +
  'tlword trword tlgap:2 trgap:2 sent rel rel-tl:2 rel-c:2 lx-1lx:2 lxlx+1:2 lxtl:2'
)
  .split(' ')
  .map((t) => ({ name: t.replace(':2', ''), binary: t.endsWith(':2') }));

/**
 * The features of token i as value pairs [a, b, a, b, …], one pair per template of TEMPLATES
 * (b is "" for a one-part template), written into `out`. The tagger looks pairs up in maps per
 * template, so that no feature string is built per token; the strings joined from them
 * ("w-1w=the bomb") are the training script's and the model file's keys. Token norms hold no
 * spaces, so " " joins safely.
 */
export function tokenFeatureParts(
  tokens: Token[],
  i: number,
  sentence: Sentence,
  ctx: TokenContext,
  out: string[],
): void {
  // no closures here: this runs once per tagged token, and each closure is an allocation
  const w0 = wordAt(tokens, sentence, i);
  const wm1 = wordAt(tokens, sentence, i - 1);
  const wp1 = wordAt(tokens, sentence, i + 1);
  const wm2 = wordAt(tokens, sentence, i - 2);
  const wp2 = wordAt(tokens, sentence, i + 2);
  const left = ctx.left[i] ?? '';
  const right = ctx.right[i] ?? '';
  const rel = ctx.relevance;
  const c0 = ctx.cls[i] ?? '';
  const lx0 = lexAt(ctx, sentence, i);
  out.length = 0;
  // biome-ignore format: one template per line pair keeps the order visible
  out.push(
    '', '',
    w0, '', wm1, '', wp1, '', wm2, '', wp2, '', wordAt(tokens, sentence, i - 3), '', wordAt(tokens, sentence, i + 3), '',
    wm1, w0, w0, wp1, wm2, wm1, wp1, wp2,
    w0.slice(-3), '', w0.slice(-4), '', shape(w0), '',
    c0, '', ctx.cls[i - 1] ?? '', '', ctx.cls[i + 1] ?? '', '', c0, wm1,
    left, '', right, '', left, w0, right, w0,
    ctx.leftWord[i] ?? '', '', ctx.rightWord[i] ?? '', '',
    left, gapBucket(ctx.leftGap[i] ?? 99), right, gapBucket(ctx.rightGap[i] ?? 99),
    SENTENCE_INDEX[Math.min(sentence.index, 4)] ?? '4', '',
    rel, '', rel, left, rel, c0,
    lexAt(ctx, sentence, i - 1), lx0, lx0, lexAt(ctx, sentence, i + 1), lx0, left,
  );
}
const SENTENCE_INDEX = ['0', '1', '2', '3', '4'];

/** Token j's word, or a sentence boundary mark. */
function wordAt(tokens: Token[], sentence: Sentence, j: number): string {
  return j < sentence.firstToken ? '<s>' : j >= sentence.endToken ? '</s>' : (tokens[j]?.norm ?? '');
}
/** Token j's dictionary class, "" outside the sentence. */
function lexAt(ctx: TokenContext, sentence: Sentence, j: number): string {
  return j < sentence.firstToken || j >= sentence.endToken ? '' : (ctx.lex[j] ?? '');
}

/** The key a feature has in the model file: `featureKey('w-1w', 'the', 'bomb')` → "w-1w=the bomb". */
export const featureKey = (template: string, a: string, b: string): string =>
  b ? `${template}=${a} ${b}` : `${template}=${a}`;

/** The feature keys of token i, for training (the previous label is added by the tagger). */
export function tokenFeatures(tokens: Token[], i: number, sentence: Sentence, ctx: TokenContext): string[] {
  const parts: string[] = [];
  tokenFeatureParts(tokens, i, sentence, ctx, parts);
  return TEMPLATES.map((t, k) => featureKey(t.name, parts[2 * k] ?? '', parts[2 * k + 1] ?? ''));
}

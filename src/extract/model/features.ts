/**
 * Token features for the learned role tagger: the word, its neighbours, its shape, the nearest
 * event trigger on either side within its sentence (type, word, distance), the word's class
 * in our lexicons and knowledge layers (armed-group head, weapon, facility, known actor, place),
 * and how likely the whole document tells an incident at all.
 * No feature looks at capital letters: MUC-4 text is lower-case.
 */
import type { NameMention, PlaceMention, Sentence, Token, Trigger } from '../annotated.js';
import { perLexeme, tokenLexemes } from '../lexemes.js';
import { ARMED_GROUP_HEADS, FACILITY_HEADS, WEAPON_WORDS } from '../lexicons/nouns.js';
import { wordClass } from './word-class.js';

export const WINDOW = 6;

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
  /** dictionary class of the token (model/word-class.ts): first name, surname, common word, unknown;
   * left out by the tagger, which looks classes up per tagged word (compiled-tagger.ts). */
  lex?: string[];
  /** the document's relevance (model/relevance.ts) in fifths, "0"…"4". */
  relevance: string;
}

/** `relevanceBucket(0.93)` → "4". */
export const relevanceBucket = (p: number) => String(Math.min(4, Math.floor(p * 5)));

const WEAPON_SET = new Set(WEAPON_WORDS.flatMap((w) => w.split(' ')));

/** The lexicon classes of a word, by index: `LEXICON_CLASSES[lexiconClass(lexeme, word)]`. */
const LEXICON_CLASSES = ['', 'armed', 'weapon', 'fac'] as const;
/** A word's lexicon class, kept per lexeme (../lexemes.ts): three set lookups per token cost more. */
const lexiconClass = perLexeme((w) =>
  ARMED_GROUP_HEADS.has(w) ? 1 : WEAPON_SET.has(w) ? 2 : FACILITY_HEADS.has(w) ? 3 : 0,
);

/** Classes the lexicons and the names/places layers give each token. */
function tokenClasses(tokens: Token[], names: NameMention[], places: PlaceMention[]): string[] {
  const lexemes = tokenLexemes(tokens);
  const cls = tokens.map((t, i): string => LEXICON_CLASSES[lexiconClass(lexemes[i] as number, t.norm)] ?? '');
  for (const p of places) for (let i = p.from; i < p.to; i++) cls[i] = 'place';
  for (const n of names) for (let i = n.from; i < n.to; i++) cls[i] = `actor.${n.actor.kind}`;
  return cls;
}

/**
 * For each token, the nearest trigger to its left and right in the sentence, and its class.
 * `triggerContext(tokens, sentences, triggers).left[i]` → "attack.armed:verb" or "".
 * `read`, when given, names the sentences whose trigger context is wanted (the engine tags about
 * half a document's sentences); the others keep the "no trigger" values. Classes cover every token.
 */
export function triggerContext(
  tokens: Token[],
  sentences: Sentence[],
  triggers: Trigger[],
  names: NameMention[] = [],
  places: PlaceMention[] = [],
  relevance = 0.5,
  withLex = true,
  read?: { has(sentence: number): boolean },
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
    lex: withLex ? tokens.map((t) => wordClass(t.norm)) : undefined,
    relevance: relevanceBucket(relevance),
  };
  const at = new Map<number, Trigger>();
  for (const t of triggers) for (let i = t.from; i < t.to; i++) at.set(i, t);
  // one "type:form" string per trigger, not one per token near it
  const labels = new Map(triggers.map((t) => [t, `${t.type}:${t.form}`]));
  const label = (t: Trigger) => labels.get(t) ?? '';
  // per sentence, walking each way: the last trigger passed within WINDOW tokens, and how far it is
  const sweep = (from: number, to: number, step: 1 | -1, side: [string[], string[], number[]]) => {
    const [labelAt, wordAt, gapAt] = side;
    let last: Trigger | undefined;
    let lastAt = 0;
    for (let i = from; i !== to; i += step) {
      const gap = Math.abs(i - lastAt);
      if (last && gap <= WINDOW) {
        labelAt[i] = label(last);
        wordAt[i] = tokens[last.from]?.norm ?? '';
        gapAt[i] = gap;
      }
      const here = at.get(i);
      if (here) [last, lastAt] = [here, i];
    }
  };
  for (const s of sentences) {
    if (read && !read.has(s.index)) continue;
    sweep(s.firstToken, s.endToken, 1, [ctx.left, ctx.leftWord, ctx.leftGap]);
    sweep(s.endToken - 1, s.firstToken - 1, -1, [ctx.right, ctx.rightWord, ctx.rightGap]);
  }
  return ctx;
}

/** `shape('1989')` → "D"; `shape('m-16')` → "dx"; `shape('bomb')` → "a"; `shape("o'clock")` → "ax"; `shape(',')` → "p". */
export const shape = (w: string) =>
  /^\d+$/.test(w) ? 'D' : /\d/.test(w) ? 'dx' : /^\p{L}+$/u.test(w) ? 'a' : /\p{L}/u.test(w) ? 'ax' : 'p';
export const gapBucket = (g: number) => (g <= 1 ? '1' : g <= 3 ? '3' : g <= WINDOW ? 'w' : 'far');

/**
 * The columns a feature reads, each one string per token, and what a column reads outside the
 * token's sentence: the words give boundary marks ("<s>", "</s>"), the dictionary classes give "",
 * and the lexicon classes run on across sentences ("" only past the document's ends). The other
 * columns are only read at the token itself.
 */
export const COLUMNS = [
  'bias',
  'w',
  's3',
  's4',
  'sh',
  'c',
  'tl',
  'tr',
  'tlword',
  'trword',
  'tlgap',
  'trgap',
  'sent',
  'rel',
  'lx',
] as const;
export type Column = (typeof COLUMNS)[number];
export type Outside = 'marks' | 'empty' | 'document';
export const OUTSIDE: Readonly<Partial<Record<Column, Outside>>> = { w: 'marks', lx: 'empty', c: 'document' };

export interface TemplatePart {
  column: Column;
  offset: number;
}
export interface Template {
  name: string;
  parts: readonly TemplatePart[];
  /** two parts: the model keys it "name=a b". */
  binary: boolean;
}

/**
 * The feature templates as data: "name=part[+part]", a part being a column and an optional
 * offset from the token ("w@-1": the word before). The order is the order of the weights' sums.
 */
const TEMPLATE_SPEC =
  'b=bias w=w w-1=w@-1 w+1=w@1 w-2=w@-2 w+2=w@2 w-3=w@-3 w+3=w@3 w-1w=w@-1+w ww+1=w+w@1 w-2w-1=w@-2+w@-1 ' +
  'w+1w+2=w@1+w@2 s3=s3 s4=s4 sh=sh c=c c-1=c@-1 c+1=c@1 cw-1=c+w@-1 tl=tl tr=tr tlw=tl+w trw=tr+w ' +
  'tlword=tlword trword=trword tlgap=tl+tlgap trgap=tr+trgap sent=sent rel=rel rel-tl=rel+tl rel-c=rel+c ' +
  'lx-1lx=lx@-1+lx lxlx+1=lx+lx@1 lxtl=lx+tl';

export const TEMPLATES: readonly Template[] = TEMPLATE_SPEC.split(' ').map((spec) => {
  const [name = '', body = ''] = spec.split('=');
  const parts = body.split('+').map((part): TemplatePart => {
    const [column = '', offset = '0'] = part.split('@');
    if (!(COLUMNS as readonly string[]).includes(column)) throw new Error(`template ${name}: no column ${column}`);
    return { column: column as Column, offset: Number(offset) };
  });
  return { name, parts, binary: parts.length === 2 };
});

/** The value of `column` at token j, read for a token of `sentence` (see OUTSIDE for tokens beyond it). */
export function columnValue(column: Column, tokens: Token[], j: number, sentence: Sentence, ctx: TokenContext): string {
  const outside = OUTSIDE[column];
  if (outside === 'marks' && (j < sentence.firstToken || j >= sentence.endToken))
    return j < sentence.firstToken ? '<s>' : '</s>';
  if (outside === 'empty' && (j < sentence.firstToken || j >= sentence.endToken)) return '';
  const word = tokens[j]?.norm ?? '';
  switch (column) {
    case 'bias':
      return '';
    case 'w':
      return word;
    case 's3':
      return word.slice(-3);
    case 's4':
      return word.slice(-4);
    case 'sh':
      return shape(word);
    case 'c':
      return ctx.cls[j] ?? '';
    case 'tl':
      return ctx.left[j] ?? '';
    case 'tr':
      return ctx.right[j] ?? '';
    case 'tlword':
      return ctx.leftWord[j] ?? '';
    case 'trword':
      return ctx.rightWord[j] ?? '';
    case 'tlgap':
      return gapBucket(ctx.leftGap[j] ?? 99);
    case 'trgap':
      return gapBucket(ctx.rightGap[j] ?? 99);
    case 'sent':
      return String(Math.min(sentence.index, 4));
    case 'rel':
      return ctx.relevance;
    case 'lx':
      return ctx.lex?.[j] ?? wordClass(word);
  }
}

/**
 * The features of token i as value pairs [a, b, a, b, …], one pair per template of TEMPLATES
 * (b is "" for a one-part template), written into `out`. The training script joins them into the
 * model file's keys ("w-1w=the bomb"); the tagger itself reads ids (compiled-tagger.ts). Token
 * norms hold no spaces, so " " joins safely.
 */
export function tokenFeatureParts(
  tokens: Token[],
  i: number,
  sentence: Sentence,
  ctx: TokenContext,
  out: string[],
): void {
  out.length = 0;
  for (const t of TEMPLATES) {
    for (const p of t.parts) out.push(columnValue(p.column, tokens, i + p.offset, sentence, ctx));
    if (!t.binary) out.push('');
  }
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

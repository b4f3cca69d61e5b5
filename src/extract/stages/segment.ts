/**
 * Tokens and sentences in one linear pass. Sentence ends are `.`, `!`, `?` (not after a known
 * abbreviation), a blank line, or a cap on length, so that no later stage sees an unbounded
 * sentence: a 100,000-character line is cut into pieces of at most MAX_SENTENCE_TOKENS.
 */
import type { Sentence, Token } from '../annotated.js';
import { defineStage } from '../stage.js';
import { languageWarning } from './language.js';

export const MAX_SENTENCE_TOKENS = 120;

const WORD = /[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+|,\d{3}(?!\d))*|[^\s\p{L}\p{N}]/gu;
const ABBREVIATIONS = new Set(
  'mr mrs ms dr gen col lt capt maj sgt cmdr adm gov sen rep st jr sr prof rev fr no vs etc inc corp co ltd jan feb mar apr aug sep sept oct nov dec'.split(
    ' ',
  ),
);

/** Whether a string is plain ASCII: most words are, and they skip the costly normalisation. */
const isAscii = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
};

/** `fold('Kābul')` → "kabul": lower case, accents off. */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  return isAscii(lower)
    ? lower
    : lower
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .replace(/’/g, "'");
}

/** The tokens of a text, each in sentence 0 until `segment` numbers them. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length, norm: fold(m[0]), sentence: 0 });
  return out;
}

const endsSentence = (tokens: Omit<Token, 'sentence'>[], i: number): boolean => {
  const t = tokens[i];
  if (!t || (t.norm !== '.' && t.norm !== '!' && t.norm !== '?')) return false;
  const prev = tokens[i - 1];
  if (
    t.norm === '.' &&
    prev &&
    prev.end === t.start &&
    (ABBREVIATIONS.has(prev.norm) || /^(\p{L}\.)*\p{L}$/u.test(prev.norm))
  )
    return false;
  return true;
};

/** A blank line between two tokens ends a sentence; only a gap of two characters or more can hold one. */
const BLANK_LINE = /\n[ \t\r]*\n/;
const blankLineBetween = (text: string, from: number, to: number) =>
  to - from >= 2 && BLANK_LINE.test(text.slice(from, to));
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);

/** `segment('It exploded. Two died.')` → 2 sentences over 6 tokens. */
export function segment(text: string): { tokens: Token[]; sentences: Sentence[] } {
  const raw = tokenize(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (endToken: number) => {
    if (endToken <= first) return;
    const a = raw[first];
    const b = raw[endToken - 1];
    if (a && b) sentences.push({ index: sentences.length, start: a.start, end: b.end, firstToken: first, endToken });
    first = endToken;
  };
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    if (!t) continue;
    const prev = raw[i - 1];
    if (prev && i > first && blankLineBetween(text, prev.end, t.start)) close(i);
    if (i - first >= MAX_SENTENCE_TOKENS) close(i);
    t.sentence = sentences.length;
    tokens.push(t);
    if (endsSentence(raw, i)) {
      // keep closing quotes and brackets with the sentence they end
      let j = i + 1;
      while (raw[j] && CLOSERS.has(raw[j]?.norm ?? '') && raw[j]?.start === raw[j - 1]?.end) {
        const q = raw[j];
        if (q) {
          q.sentence = sentences.length;
          tokens.push(q);
        }
        j++;
      }
      i = j - 1;
      close(j);
    }
  }
  close(raw.length);
  return { tokens, sentences };
}

export const segmentStage = defineStage({
  id: 'segment',
  requires: [],
  assigns: ['tokens', 'sentences'],
  run: (doc) => {
    const { tokens, sentences } = segment(doc.clean);
    const language = languageWarning(tokens);
    return { layers: { tokens, sentences }, warnings: language ? [language] : [] };
  },
});

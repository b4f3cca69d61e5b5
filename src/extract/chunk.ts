/**
 * A noun-phrase chunker that needs no capital letters and no tagger: a phrase is a run of
 * content words, determiners and numbers, with at most one "of" inside, that stops at
 * punctuation, function words, time words and known verbs.
 */
import type { Token, TokenSpan } from './annotated.js';
import { STOPWORDS } from './lexicons/stopwords.js';

const INSIDE = new Set(
  'a an the of some several many one two three four five six seven eight nine ten its their his her'.split(' '),
);
const TIME = new Set(
  `yesterday today tonight tomorrow morning afternoon evening night last week month year ago days hours minutes early
late recently reportedly allegedly apparently also later then after before during monday tuesday wednesday thursday
friday saturday sunday`.split(/\s+/),
);
const VERBS = new Set(
  `said says say reported added stated announced claimed denied confirmed killed attacked wounded injured kidnapped
abducted arrested detained exploded bombed burned destroyed damaged died fled escaped opened fired shot left took
was were is are be been being has have had will would could should may might did do does went came arrived
continued began killing wounding injuring leaving causing destroying including saying caught`.split(/\s+/),
);
const MAX_WORDS = 7;

const isContent = (t: Token | undefined) =>
  !!t &&
  /[\p{L}\p{N}]/u.test(t.norm) &&
  !TIME.has(t.norm) &&
  !VERBS.has(t.norm) &&
  (!STOPWORDS.has(t.norm) || INSIDE.has(t.norm));
// a free-standing dash ("KABUL (Vigil Wire) - Gunmen …") ends a phrase; hyphenated words are one token
const isQuote = (t: Token | undefined) => !!t && /^["“”'‘’/()]$/.test(t.norm);

/** The phrase ending right before `end`: "members of the fmln" in "members of the fmln attacked". */
export function phraseBefore(tokens: Token[], end: number, floor: number): TokenSpan | null {
  let i = end;
  while (i > floor && end - i < MAX_WORDS && (isContent(tokens[i - 1]) || isQuote(tokens[i - 1]))) i--;
  while (i < end && ((INSIDE.has(tokens[i]?.norm ?? '') && tokens[i]?.norm === 'of') || isQuote(tokens[i]))) i++;
  return i < end ? { from: i, to: end } : null;
}

/** The phrase starting at `start`: "an electric power substation" in "attacked an electric power substation in". */
export function phraseAfter(tokens: Token[], start: number, ceil: number): TokenSpan | null {
  let i = start;
  while (i < ceil && TIME.has(tokens[i]?.norm ?? '')) i++;
  const from = i;
  let ofSeen = false;
  while (i < ceil && i - from < MAX_WORDS && (isContent(tokens[i]) || isQuote(tokens[i]))) {
    if (tokens[i]?.norm === 'of') {
      if (ofSeen || !isContent(tokens[i + 1])) break;
      ofSeen = true;
    }
    i++;
  }
  let to = i;
  while (to > from && (INSIDE.has(tokens[to - 1]?.norm ?? '') || isQuote(tokens[to - 1]))) to--;
  // keep a closing quote that ends a quoted name
  return to > from ? { from, to } : null;
}

/**
 * Words that follow the head and take "of" themselves: "two men suspected of helping the bomber",
 * "a man accused of planning it" (rule `chunk.postmodifier-of`: the head is the word before them).
 */
const OF_POSTMODIFIERS = new Set(['suspected', 'accused', 'convicted', 'guilty', 'believed', 'capable']);

/** The head word of a phrase: the last word before "of" (and before a participle that takes it), or the last word. */
export function headOf(tokens: Token[], span: TokenSpan): string {
  for (let i = span.from; i < span.to; i++) {
    if (tokens[i]?.norm !== 'of' || i === span.from) continue;
    const before = tokens[i - 1]?.norm ?? '';
    return OF_POSTMODIFIERS.has(before) && i - 2 >= span.from ? (tokens[i - 2]?.norm ?? '') : before;
  }
  return tokens[span.to - 1]?.norm ?? '';
}

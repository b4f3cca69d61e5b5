/**
 * Vigil reads English reports. A text mostly in another script, or in Latin letters but without
 * English function words, yields little or nothing; rule `lang.script` / `lang.not-english` says
 * so in a warning instead of leaving the analyst to wonder why no event came out.
 */
import type { Token } from '../annotated.js';
import { STOPWORDS } from '../lexicons/stopwords.js';

/** Scripts a security analyst's inbox holds besides English; the first that matches names the warning. */
const SCRIPTS: readonly (readonly [string, RegExp])[] = [
  ['Arabic', /\p{Script=Arabic}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Chinese', /\p{Script=Han}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Greek', /\p{Script=Greek}/u],
];
const LATIN = /^[\p{Script=Latin}\p{N}'’.&,-]+$/u;
const HAS_LETTER = /\p{L}/u;
const isAsciiLetters = (w: string): boolean => {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return w.length > 0;
};
/** Fewer words than this say too little to judge the language by. */
const MIN_WORDS = 20;
/** English prose has a function word in about every third word; other Latin-script languages far fewer. */
const MIN_FUNCTION_WORD_SHARE = 0.12;

/**
 * `languageWarning(tokens)` → a warning naming the script or saying the text is not English, or null.
 * @example languageWarning(segment('انفجار في كابول').tokens) // → "most words are in Arabic script: …"
 */
export function languageWarning(tokens: readonly Pick<Token, 'norm'>[]): string | null {
  let words = 0;
  let foreign = 0;
  let functionWords = 0;
  let sample = '';
  for (const t of tokens) {
    // most words are plain a-z: Latin letters, no Unicode regex needed
    if (isAsciiLetters(t.norm)) {
      words++;
      if (STOPWORDS.has(t.norm)) functionWords++;
      continue;
    }
    if (!HAS_LETTER.test(t.norm)) continue;
    words++;
    if (STOPWORDS.has(t.norm)) functionWords++;
    else if (!LATIN.test(t.norm)) {
      foreign++;
      if (!sample) sample = t.norm;
    }
  }
  if (words === 0) return null;
  if (foreign / words > 0.5) {
    const script = SCRIPTS.find(([, re]) => re.test(sample))?.[0] ?? 'a non-Latin';
    return `most words are in ${script} script: Vigil reads English reports, so little or nothing is extracted`;
  }
  if (words >= MIN_WORDS && functionWords / words < MIN_FUNCTION_WORD_SHARE)
    return 'the text does not read as English: Vigil reads English reports, so little or nothing is extracted';
  return null;
}

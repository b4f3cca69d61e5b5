/**
 * One normal form for every name the knowledge base stores and every n-gram the extractor looks
 * up, so that "Asadābād", "ASADABAD" and "asadabad" meet on the same key.
 */

/** Letters that Unicode decomposition leaves whole; folded by hand to their usual Latin spelling. */
const UNDECOMPOSED: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};

/** Apostrophes and ayn/hamza marks join the letters around them ("Qal‘ah" → "qalah", "people's" → "peoples"). */
const JOINING_MARKS = /['‘’ʼʻʿʾ`´]/g;
/** A dot after a lone letter closes an initialism: "U.S." → "us", "D.C." → "dc". */
const INITIAL_DOT = /(?<=(?:^|[^\p{L}])\p{L})\./gu;
const NON_ALNUM = /[^\p{L}\p{N}]+/gu;

/**
 * Lower case, diacritics folded, apostrophes joined, other punctuation and hyphens turned to
 * single spaces, trimmed.
 * @example normalizeName('Asadābād') // → 'asadabad'
 * @example normalizeName('Tehrik-i-Taliban  Pakistan') // → 'tehrik i taliban pakistan'
 */
export function normalizeName(s: string): string {
  const folded = s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øæœßłđðþıħ]/g, (c) => UNDECOMPOSED[c] ?? c);
  return folded
    .replace(JOINING_MARKS, '')
    .replace(INITIAL_DOT, '')
    .replace(/&/g, ' and ')
    .replace(NON_ALNUM, ' ')
    .trim();
}

/** Number of words in an already normalised name ("north waziristan" → 2). */
export function wordCount(normalized: string): number {
  return normalized === '' ? 0 : normalized.split(' ').length;
}

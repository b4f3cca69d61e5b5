/**
 * Is a normalised single word an everyday English word? Used by tests to keep aliases safe in
 * lower-case text, with the compromise lexicon as the dictionary (its proper-noun tags excepted).
 */
import nlp from 'compromise';

const NAME_TAGS = new Set(['City', 'Country', 'Region', 'Place', 'ProperNoun', 'Organization', 'Person', 'FirstName']);
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

/** @example isCommonEnglishWord('police') // → true;  isCommonEnglishWord('taliban') // → false */
export function isCommonEnglishWord(normalized: string): boolean {
  if (normalized.includes(' ')) return false;
  const tags = [lexicon[normalized] ?? []].flat();
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t));
}

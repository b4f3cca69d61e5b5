/**
 * Policy `perp.member-phrase`: a wire report that names the group behind an incident but not the
 * people who did it often calls them by the group's name and a member noun somewhere else ("fmln
 * urban commandos", "eln members", "shining path terrorists"); the MUC-4 keys code that phrase as
 * the individual perpetrators. An incident with a perpetrator organisation and no individual
 * perpetrator takes the document's first "<organisation> <member noun>". Measured on MUC-4
 * (template F1): dev 42.3 → 42.3, the held-out fifth of train with the fold-trained tagger
 * 40.6 → 40.8 (with the shipped tagger 55.8 → 55.8); the noun alone ("guerrillas") instead: fold 40.6;
 * also for incidents that have individuals: dev 42.0.
 */
import type { Token, TokenSpan } from '../annotated.js';

export const MEMBER_PHRASE = {
  id: 'perp.member-phrase',
  /** nouns for the members of an armed group */
  nouns: new Set('guerrillas rebels members commandos terrorists militants fighters'.split(' ')),
  /** a word that may stand between the group's name and the noun: "fmln urban commandos" */
  between: new Set(['urban']),
} as const;

/**
 * The first span of `org` (its words, lower-case, without an article) followed by a member noun,
 * or null. `memberPhrase(tokens of "the eln guerrillas attacked", ['eln'])` → the span of "eln guerrillas".
 */
export function memberPhrase(tokens: readonly Token[], org: readonly string[]): TokenSpan | null {
  if (!org.length) return null;
  for (let i = 0; i + org.length < tokens.length; i++) {
    if (!org.every((w, k) => tokens[i + k]?.norm === w)) continue;
    let j = i + org.length;
    if (MEMBER_PHRASE.between.has(tokens[j]?.norm ?? '')) j++;
    if (MEMBER_PHRASE.nouns.has(tokens[j]?.norm ?? '')) return { from: i, to: j + 1 };
  }
  return null;
}

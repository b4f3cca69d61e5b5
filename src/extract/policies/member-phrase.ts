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
 * Whether the words `org` stand at token `i`. The first word is compared on its own before `every`:
 * these scans run over every token of a document, and almost none starts the name.
 */
const orgAt = (tokens: readonly Token[], i: number, org: readonly string[]): boolean =>
  tokens[i]?.norm === org[0] && org.every((w, k) => tokens[i + k]?.norm === w);

/**
 * The first span of `org` (its words, lower-case, without an article) followed by a member noun,
 * or null. `memberPhrase(tokens of "the eln guerrillas attacked", ['eln'])` → the span of "eln guerrillas".
 */
export function memberPhrase(tokens: readonly Token[], org: readonly string[]): TokenSpan | null {
  if (!org.length) return null;
  for (let i = 0; i + org.length < tokens.length; i++) {
    if (!orgAt(tokens, i, org)) continue;
    let j = i + org.length;
    if (MEMBER_PHRASE.between.has(tokens[j]?.norm ?? '')) j++;
    if (MEMBER_PHRASE.nouns.has(tokens[j]?.norm ?? '')) return { from: i, to: j + 1 };
  }
  return null;
}

/**
 * Rule `perp.members-of`: "when members of the farabundo marti national liberation front (fmln)
 * attacked …": where an incident in wire text names a perpetrator organisation and the document
 * speaks of "members of" it, the MUC-4 keys code that phrase as the individual perpetrators, with
 * its count or hedge ("five members of the armed forces", "presumed members of the shining path
 * group"). Unlike `perp.member-phrase` it applies also when the incident has individual
 * perpetrators, but not to one told with its organisations alone (`fold.group-only` runs first).
 * MUC-4 (template F1): dev 46.3 → 46.4, the held-out fifth of train with the fold-trained tagger
 * 42.5 → 42.7, train 53.6 → 53.7 (each gain one document; on train the added phrases matched a key
 * 3 times in 8).
 */
export const MEMBERS_OF = {
  id: 'perp.members-of',
  /** the noun before "of (the) <organisation>" */
  nouns: new Set(['members']),
  /** words before the noun that the keys keep: a count, a hedge */
  counts: new Set('two three four five six seven eight nine ten eleven twelve several some'.split(' ')),
  hedges: new Set(['alleged', 'presumed', 'suspected']),
  /** a noun after the organisation's name that belongs to the phrase: "the shining path group" */
  after: new Set(['group']),
} as const;

/** Where "[hedge] [count] members of [the]" ending right before token `at` starts, or null. */
function membersOfStart(tokens: readonly Token[], at: number): number | null {
  let i = at;
  if (tokens[i - 1]?.norm === 'the') i--;
  if (tokens[i - 1]?.norm !== 'of' || !MEMBERS_OF.nouns.has(tokens[i - 2]?.norm ?? '')) return null;
  i -= 2;
  const count = tokens[i - 1]?.norm ?? '';
  if (MEMBERS_OF.counts.has(count) || /^\d+$/.test(count)) i--;
  if (MEMBERS_OF.hedges.has(tokens[i - 1]?.norm ?? '')) i--;
  return i;
}

/**
 * The first "members of (the) <org>" span of the tokens (`org`: its words, lower-case, without an
 * article), or null. `membersOfPhrase(tokens of "when members of the fmln attacked", ['fmln'])` →
 * the span of "members of the fmln".
 */
export function membersOfPhrase(tokens: readonly Token[], org: readonly string[]): TokenSpan | null {
  if (!org.length) return null;
  for (let i = 0; i + org.length <= tokens.length; i++) {
    if (!orgAt(tokens, i, org)) continue;
    const from = membersOfStart(tokens, i);
    if (from === null) continue;
    const end = i + org.length;
    return { from, to: MEMBERS_OF.after.has(tokens[end]?.norm ?? '') ? end + 1 : end };
  }
  return null;
}

/**
 * Rule `perp.group-of-members`: "alleged shining path members murdered four members of a family",
 * "the peasants were killed by members of the xxii front of the farc": an incident in wire text whose
 * individual perpetrators are called by the name of a group the knowledge base knows, and that names
 * no perpetrator organisation, has that group as its organisation — the MUC-4 keys file both. Measured
 * on MUC-4 (template F1, after `perp.blamed-named`): dev 49.0 → 49.0 (it adds nothing there), the
 * held-out fifth of train with the fold-trained tagger 42.6 → 42.8 (PerpOrg 39.9 → 40.6, one document),
 * train 54.1 → 54.1 (PerpOrg 44.6 → 45.0: 12 groups added in 11 documents, 4 of which gain and 1
 * loses), bench:gold 0.760 → 0.760 (wire text only). Simulated on the output: also where the incident
 * has an organisation already, fifth 42.7; every KB armed group named in the incident's evidence,
 * fifth 40.0 and dev 47.1; only in the sentence that holds its perpetrator, dev 48.9 and fifth 42.8
 * but 24 groups on train with 5 gains. The same for any "<x> guerrillas" or "members of <x>"
 * perpetrator, named or not, was measured before (dev 48.1 → 48.1, fifth 42.5 → 42.4).
 */
export const GROUP_OF_MEMBERS = { id: 'perp.group-of-members' } as const;

/** Whether `part` (words) stands in `words` as a run of whole words. */
function holdsRun(words: readonly string[], part: readonly string[]): boolean {
  if (!part.length || part.length > words.length) return false;
  for (let i = 0; i + part.length <= words.length; i++) if (part.every((w, k) => words[i + k] === w)) return true;
  return false;
}

/**
 * The groups (each its words, lower-case) a perpetrator's words name inside a longer phrase, in the
 * order given. `groupsInMention(['150', 'shining', 'path', 'members'], [['shining', 'path'], ['eln']])`
 * → [['shining', 'path']]; the group's name alone ("fmln") is no phrase of its members.
 */
export function groupsInMention(words: readonly string[], groups: readonly (readonly string[])[]): string[][] {
  return groups.filter((g) => g.length < words.length && holdsRun(words, g)).map((g) => [...g]);
}

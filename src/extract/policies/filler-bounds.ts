/**
 * Policy `filler.bounds`: the tagger sometimes lets a filler run on past its noun phrase ("jecar
 * neghme on street", "carlos marcelo who") or start on a function word ("by urban guerrillas",
 * "his vehicle"). A filler is cut before the first word that starts a clause or an adjunct, and
 * leading function words are dropped. Word lists are data with ids.
 */
export interface BoundRule {
  id: string;
  words: ReadonlySet<string>;
}

/** Words that never begin a filler: the filler starts after them. */
export const LEADING_DROPS: BoundRule = {
  id: 'filler.drop-leading',
  words: new Set(['by', 'his', 'her', 'their', 'its', 'our', 'of', 'to', 'and']),
};

/** Words that end a filler: the filler stops before them (a relative clause, an adjunct, a time). */
export const CUT_BEFORE: BoundRule = {
  id: 'filler.cut-clause',
  words: new Set([
    'who',
    'whom',
    'which',
    'that',
    'when',
    'where',
    'while',
    'on',
    'with',
    'after',
    'during',
    'morning',
    'afternoon',
    'evening',
    'night',
    'is',
    'are',
    'was',
    'were',
  ]),
};

/**
 * The [from, to) part of a filler's words to keep, or null when nothing is left.
 * `fillerBounds(['jecar', 'neghme', 'on', 'street'])` → `{ from: 0, to: 2, rules: ['filler.cut-clause'] }`;
 * `fillerBounds(['by', 'urban', 'guerrillas'])` → `{ from: 1, to: 3, rules: ['filler.drop-leading'] }`.
 */
export function fillerBounds(words: readonly string[]): { from: number; to: number; rules: string[] } | null {
  const rules: string[] = [];
  let from = 0;
  while (from < words.length && LEADING_DROPS.words.has(words[from] ?? '')) from++;
  if (from > 0) rules.push(LEADING_DROPS.id);
  let to = from;
  while (to < words.length && !CUT_BEFORE.words.has(words[to] ?? '')) to++;
  if (to < words.length) rules.push(CUT_BEFORE.id);
  return to > from ? { from, to, rules } : null;
}

/**
 * Rule `draft.repeat-count`: "the eln has dynamited the cano limon-covenas pipeline 125 times since
 * january 1988", "in 1988, it attacked the nation's pipelines approximately 50 times", "the rebels --
 * who have dynamited the country's main oil pipeline … 23 times thus far this year -- intercepted the
 * vehicles": a deed counted in times tells how often it was done, not one incident, so a group of verb
 * triggers each followed in its clause (within `reach` words, before a clause break) by a count and
 * "times" makes no draft ("he was hit five times during the attack": the noun trigger stays).
 * Measured on MUC-4 (template F1): dev 50.69 → 50.88 (one
 * report, its pipeline attack no longer typed a bombing by the count sentence: PerpOrg +1), the held-out
 * fifth of train with the fold-trained tagger 46.06 → 46.06, train 56.15 → 56.15 (fires in 2 train
 * reports, both rightly: the counted dynamitings are no incident; no score change); bench:gold 0.776 → 0.776.
 */
export const REPEAT_COUNT = {
  id: 'draft.repeat-count',
  reach: 12,
  /** words that count the times ("125 times", "approximately 50 times", "several" is left out) */
  counts:
    /^(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozens|hundreds)$/,
  /** words that end the clause the count must stand in */
  breaks: new Set(['.', ';', ':', 'but', 'while', 'although', 'whereas', 'yet']),
} as const;

/**
 * Whether the verb trigger ending at token `to` is counted in times before its clause ends (or `end`).
 * `countedInTimes(tokens of "the eln has dynamited the pipeline 125 times", 4, 8)` → true.
 */
export function countedInTimes(tokens: readonly { norm: string }[], to: number, end: number): boolean {
  for (let k = to; k < Math.min(end, to + REPEAT_COUNT.reach); k++) {
    const w = tokens[k]?.norm ?? '';
    if (REPEAT_COUNT.breaks.has(w)) return false;
    if (w === 'times' && REPEAT_COUNT.counts.test(tokens[k - 1]?.norm ?? '')) return true;
  }
  return false;
}

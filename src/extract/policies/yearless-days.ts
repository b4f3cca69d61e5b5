/**
 * Rule `merge.yearless-day`: without a publication date the dates stage drops a day written without
 * its year ("on 2 september", "on 25 january"), having nothing to give it a year from — so in MUC-4's
 * wire reports, which carry no date, `merge.other-day` never saw two incidents told on two days. For
 * the merge only, such a day is read by its month and day, in a fixed leap year (2000) that no
 * resolved date is compared with: they are used only in a document without a publication date.
 * `merge.date-opening` (policies/merge-events.ts) reads them too; the figures of both are there (the
 * yearless days alone, in `merge.other-day`: dev 47.05 → 47.05 with P 56.6 → 56.9, fifth and train
 * unchanged).
 */

import { MONTH_NAMES } from '../lexicons/calendar.js';

export const YEARLESS_DAY = {
  id: 'merge.yearless-day',
  /** the year a day without one is written in, for comparing days only (a leap year: "29 february") */
  year: 2000,
  months: MONTH_NAMES,
} as const;

/** A day without its year, as "2000-MM-DD", and the token its month name is at. */
export interface YearlessDay {
  day: string;
  at: number;
}

/** Month name → its index (0 = january): one lookup per token instead of a scan of the twelve names. */
const MONTH_INDEX: ReadonlyMap<string, number> = new Map(YEARLESS_DAY.months.map((m, i) => [m, i]));
const DAY_NUMBER = /^\d{1,2}$/;
const YEAR = /^\d{4}$/;
const MAY_BEFORE = new Set(['on', 'of', 'since', 'until', 'from', 'by', 'before', 'after']);

/**
 * The days written without a year in tokens [first, end): "2 september" or "september 2", not
 * followed by a year ("25 january 1988" is the dates stage's).
 * `yearlessDays(tokens of "on 2 september the offices", 0, 5)` → [{ day: '2000-09-02', at: 2 }].
 */
export function yearlessDays(tokens: readonly { norm: string }[], first: number, end: number): YearlessDay[] {
  const out: YearlessDay[] = [];
  for (let k = first; k < end; k++) {
    const month = MONTH_INDEX.get(tokens[k]?.norm ?? '');
    if (month === undefined) continue;
    const before = k > first ? (tokens[k - 1]?.norm ?? '') : '';
    const after = k + 1 < end ? (tokens[k + 1]?.norm ?? '') : '';
    const number = DAY_NUMBER.test(before) ? before : DAY_NUMBER.test(after) ? after : '';
    const day = Number(number);
    if (!day || day > 31) continue;
    // ("three may have died": "may" after a number is a date only after a preposition of time)
    if (month === 4 && number === before && !MAY_BEFORE.has(tokens[k - 2]?.norm ?? '')) continue;
    const next = number === after ? (tokens[k + 2]?.norm ?? '') : after;
    if (YEAR.test(next) || (next === ',' && YEAR.test(tokens[k + 3]?.norm ?? ''))) continue;
    const mm = String(month + 1).padStart(2, '0');
    out.push({ day: `${YEARLESS_DAY.year}-${mm}-${String(day).padStart(2, '0')}`, at: k });
  }
  return out;
}

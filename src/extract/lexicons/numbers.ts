/** Number words and the modifiers that turn a figure into a range (ids are rule ids). */
import { wordMap } from './word-table.js';
export const UNITS: ReadonlyMap<string, number> = wordMap({
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  couple: 2,
});
export const MULTIPLIERS: ReadonlyMap<string, number> = wordMap({
  hundred: 100,
  thousand: 1000,
  million: 1_000_000,
});

/** Vague quantities as ACLED reads them: a lower bound with no upper bound. */
export const VAGUE: ReadonlyMap<string, { id: string; min: number }> = wordMap({
  tens: { id: 'num.vague.tens', min: 10 },
  dozens: { id: 'num.vague.dozens', min: 12 },
  scores: { id: 'num.vague.scores', min: 20 },
  hundreds: { id: 'num.vague.hundreds', min: 100 },
  thousands: { id: 'num.vague.thousands', min: 1000 },
  several: { id: 'num.vague.several', min: 2 },
  many: { id: 'num.vague.many', min: 2 },
  numerous: { id: 'num.vague.numerous', min: 2 },
});

/** Modifiers before a figure: open upper bound, or an estimate taken as the figure itself. */
export const MODIFIERS: readonly { id: string; words: readonly string[]; open: boolean }[] = [
  { id: 'num.mod.at-least', words: ['at', 'least'], open: true },
  { id: 'num.mod.more-than', words: ['more', 'than'], open: true },
  { id: 'num.mod.over', words: ['over'], open: true },
  { id: 'num.mod.upwards-of', words: ['upwards', 'of'], open: true },
  { id: 'num.mod.no-fewer-than', words: ['no', 'fewer', 'than'], open: true },
  { id: 'num.mod.about', words: ['about'], open: false },
  { id: 'num.mod.around', words: ['around'], open: false },
  { id: 'num.mod.some', words: ['some'], open: false },
  { id: 'num.mod.nearly', words: ['nearly'], open: false },
  { id: 'num.mod.almost', words: ['almost'], open: false },
  { id: 'num.mod.approximately', words: ['approximately'], open: false },
  { id: 'num.mod.roughly', words: ['roughly'], open: false },
];

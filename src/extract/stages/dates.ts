/**
 * Dates with chrono-node, sentence by sentence, with the publication date as the reference.
 * Without a publication date, relative expressions ("yesterday", "on Tuesday") cannot be
 * resolved: they are parsed against a sentinel reference far in the past and dropped, and a
 * warning says so.
 */
import * as chrono from 'chrono-node';
import type { EventDate } from '../../domain/index.js';
import { type DateMention, layer, type Token } from '../annotated.js';
import { defineStage } from '../stage.js';

const CUE =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|yesterday|today|tonight|\bago\b|\blast (night|week|month|year)\b|\b\d{4}\b|\d{1,2}\/\d{1,2}/i;
const SENTINEL_YEAR = 1800;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const endOfMonth = (y: number, m: number) => iso(new Date(Date.UTC(y, m, 0)));

type Components = chrono.ParsedResult['start'];

/** Turns chrono components into an EventDate of the right precision. */
export function toEventDate(start: Components, end: Components | undefined, text: string): EventDate | null {
  const y = start.get('year');
  const m = start.get('month');
  const d = start.get('day');
  if (!y || !m || !d) return null;
  const day = (yy: number, mm: number, dd: number) => iso(new Date(Date.UTC(yy, mm - 1, dd)));
  if (end) {
    const ey = end.get('year');
    const em = end.get('month');
    const ed = end.get('day');
    if (ey && em && ed) return { start: day(y, m, d), end: day(ey, em, ed), precision: 'range', text };
  }
  if (start.isCertain('day') || start.isCertain('weekday'))
    return { start: day(y, m, d), end: day(y, m, d), precision: 'day', text };
  if (start.isCertain('month')) return { start: day(y, m, 1), end: endOfMonth(y, m), precision: 'month', text };
  if (start.isCertain('year')) return { start: day(y, 1, 1), end: day(y, 12, 31), precision: 'year', text };
  return null;
}

/** The tokens covering characters [start, end) of a sentence whose tokens are [from, to). */
function tokenRange(tokens: Token[], from: number, to: number, start: number, end: number) {
  let a = from;
  while (a < to && (tokens[a]?.end ?? 0) <= start) a++;
  let b = a;
  while (b < to && (tokens[b]?.start ?? Infinity) < end) b++;
  return { from: a, to: Math.max(b, a + 1) };
}

/**
 * `findDates('On 14 October 2021 an IED exploded', '2021-10-20')` → one day-precision date 2021-10-14.
 * Relative dates are dropped when there is no publication date to resolve them against.
 */
export function parseDates(
  text: string,
  offset: number,
  published: string | null,
): { date: EventDate; start: number; end: number }[] {
  if (!CUE.test(text)) return [];
  const reference = published ? new Date(`${published}T12:00:00Z`) : new Date(Date.UTC(SENTINEL_YEAR, 5, 15, 12));
  const out: { date: EventDate; start: number; end: number }[] = [];
  for (const r of chrono.parse(text, { instant: reference, timezone: 0 }, { forwardDate: false })) {
    const date = toEventDate(r.start, r.end ?? undefined, r.text);
    if (!date) continue;
    if (!published && Number(date.start.slice(0, 4)) <= SENTINEL_YEAR + 1) continue;
    if (published && date.start > published) continue; // a plan or a typo, not when the event happened
    out.push({ date, start: offset + r.index, end: offset + r.index + r.text.length });
  }
  return out;
}

export const datesStage = defineStage({
  id: 'dates',
  requires: ['sentences', 'tokens'],
  assigns: ['dates'],
  run: (doc) => {
    const tokens = layer(doc, 'tokens');
    const dates: DateMention[] = [];
    for (const s of layer(doc, 'sentences')) {
      const text = doc.clean.slice(s.start, s.end);
      for (const found of parseDates(text, s.start, doc.meta.published)) {
        const span = tokenRange(tokens, s.firstToken, s.endToken, found.start, found.end);
        dates.push({ ...span, sentence: s.index, date: found.date, rule: 'date.chrono' });
      }
    }
    const warnings = doc.meta.published ? [] : ['no publication date: relative dates left unresolved'];
    return { layers: { dates }, warnings };
  },
});

/**
 * Dates with chrono-node, sentence by sentence, with the publication date as the reference.
 * Without a publication date, relative expressions ("yesterday", "on Tuesday") cannot be
 * resolved: they are parsed against a sentinel reference far in the past and dropped, and a
 * warning says so.
 */
import * as chrono from 'chrono-node';
import type { EventDate } from '../../domain/index.js';
import { type DateMention, layer, type Token } from '../annotated.js';
import { SPEECH_VERBS } from '../lexicons/stance.js';
import { defineStage } from '../stage.js';
import { findSpanDates } from './date-spans.js';

/**
 * A month as chrono-node's English dictionary spells it (full or abbreviated), and nothing longer:
 * "mayor", "declared", "market" no longer send a sentence to chrono, which found no date there
 * anyway (MUC-4 train: 3,253 → 1,898 sentences parsed).
 */
const MONTH = String.raw`\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b`;
const CUE = new RegExp(
  String.raw`\b(summer|winter|spring|autumn|fall|later|weekend|weeks|months|years|same day|next day|following day)\b|${MONTH}|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(days?|weeks?) (after|before)\b|yesterday|today|tonight|\bago\b|\blast (night|week|month|year)\b|\b\d{4}\b|\d{1,2}\/\d{1,2}`,
  'i',
);
/** A month name, a year or a numeric date: what an absolute date needs. */
const CALENDAR_CUE = new RegExp(String.raw`${MONTH}|\b\d{4}\b|\d{1,2}\/\d{1,2}`, 'i');
/**
 * Without a publication date chrono still needs a reference day; this one is far from any date a
 * report tells, so that whatever chrono counted from it ("3 years later", "in 10 years", "now", a
 * day without its year) is recognisable and dropped: within RELATIVE_REACH years of it.
 */
const SENTINEL_YEAR = 1000;
const RELATIVE_REACH = 400;
const PARAGRAPH_BREAK = /\n\s*\n/;
/** "March 25", "25 March": a calendar date written without its year (not "last month", not "Tuesday"). */
const NAMED_MONTH =
  /^(on )?(\d{1,2} )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?( \d{1,2}(st|nd|rd|th)?)?,?\s*$/i;
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

/** What the text said before a sentence: its last day-precision date, and the year it last named. */
export interface Discourse {
  anchor: EventDate | null;
  /** a year the current paragraph named explicitly ("in April 2020"); yearless dates take it. */
  year: number | null;
}
const NO_DISCOURSE: Discourse = { anchor: null, year: null };

/** Gives a yearless date (chrono guessed the year) the year of the discourse, when that is not in the future. */
function withDiscourseYear(r: chrono.ParsedResult, date: EventDate, year: number | null, published: string | null) {
  if (year === null || r.start.isCertain('year') || r.end || !NAMED_MONTH.test(r.text)) return date;
  const moved = { ...date, start: `${year}${date.start.slice(4)}`, end: `${year}${date.end.slice(4)}` };
  return published && moved.start > published ? date : moved;
}

/** "Friday", "on Friday", "late on Friday": a weekday with nothing else. */
const WEEKDAY_ONLY = /^((on|late|early|last|by|until)\s+)*(mon|tues|wednes|thurs|fri|satur|sun)day\b[^,;]*$/i;
const DAY_MS = 24 * 3600 * 1000;
/**
 * Rule `date.past-weekday`: a bare weekday in a report is the one on or before the publication
 * date. chrono takes the nearest weekday, which for a Wednesday report is the coming Friday ("the
 * blast on Friday" of a report published on Wednesday was five days before, not two days after).
 */
function pastWeekday(text: string, date: EventDate, published: string): EventDate | null {
  if (date.precision !== 'day' || date.start <= published || !WEEKDAY_ONLY.test(text.trim())) return null;
  const back = new Date(Date.parse(`${date.start}T00:00:00Z`) - 7 * DAY_MS).toISOString().slice(0, 10);
  return back <= published ? { ...date, start: back, end: back } : null;
}

/**
 * Rule `date.past-month`: a month named without its year ("In May, inmates started a riot") is the
 * last such month on or before the publication date; chrono may take the coming one.
 */
function pastMonth(r: chrono.ParsedResult, date: EventDate, published: string): EventDate | null {
  if (date.precision !== 'month' || r.start.isCertain('year') || date.start <= published) return null;
  const year = Number(date.start.slice(0, 4)) - 1;
  const moved = {
    ...date,
    start: `${year}${date.start.slice(4, 8)}01`,
    end: endOfMonth(year, Number(date.start.slice(5, 7))),
  };
  return moved.start <= published ? moved : null;
}

/** "last year" right after a date: "On October 26 last year", "in March last year". */
const LAST_YEAR_AFTER = /^,?\s+(of\s+)?last year\b/i;
/**
 * Rule `date.last-year`: "On October 26 last year", "in March last year": a day or month written
 * without its year and followed by "last year" is in the year before publication (chrono reads the
 * two apart: the day in the nearest year, often after publication and dropped, and "last year" as
 * the whole year). The date's span takes "last year" in.
 */
function lastYear(r: chrono.ParsedResult, date: EventDate, after: string, published: string) {
  const m = LAST_YEAR_AFTER.exec(after);
  if (!m || r.start.isCertain('year') || !NAMED_MONTH.test(r.text)) return null;
  if (date.precision !== 'day' && date.precision !== 'month') return null;
  const year = Number(published.slice(0, 4)) - 1;
  const month = Number(date.start.slice(5, 7));
  const moved: EventDate = {
    ...date,
    start: `${year}${date.start.slice(4)}`,
    end: date.precision === 'month' ? endOfMonth(year, month) : `${year}${date.end.slice(4)}`,
    text: `${r.text}${m[0]}`,
  };
  return { date: moved, length: r.text.length + m[0].length };
}

/**
 * `parseDates('On 14 October 2021 an IED exploded', 0, '2021-10-20')` → one day-precision date 2021-10-14.
 * Relative dates are dropped when there is no publication date to resolve them against; spans and
 * "two days later" come from the rules of ./date-spans.ts and win over chrono where they overlap.
 */
export function parseDates(
  text: string,
  offset: number,
  published: string | null,
  discourse: Discourse = NO_DISCOURSE,
): { date: EventDate; start: number; end: number; rule: string }[] {
  const out: { date: EventDate; start: number; end: number; rule: string }[] = [];
  // the span rules read their own words ("the fourth anniversary of …"), so they run on every sentence
  const spans = published ? findSpanDates(text, { published, anchor: discourse.anchor }) : [];
  for (const h of spans)
    out.push({ date: h.date, start: offset + h.index, end: offset + h.index + h.length, rule: h.rule });
  // chrono (costly) runs only where a date may be; without a publication date only calendar dates survive
  if (!(published ? CUE : CALENDAR_CUE).test(text)) return out;
  const reference = published ? new Date(`${published}T12:00:00Z`) : new Date(Date.UTC(SENTINEL_YEAR, 5, 15, 12));
  const overlapsSpan = (a: number, b: number) => spans.some((h) => a < h.index + h.length && h.index < b);
  let takenTo = -1;
  const masked = text.replace(PART_OF_DAY_OF, (m) => ' '.repeat(m.length));
  for (const r of chrono.parse(masked, { instant: reference, timezone: 0 }, { forwardDate: false })) {
    const index = r.index;
    if (overlapsSpan(index, index + r.text.length) || index < takenTo) continue;
    const parsed = toEventDate(r.start, r.end ?? undefined, r.text);
    if (!parsed) continue;
    const last = published ? lastYear(r, parsed, text.slice(index + r.text.length), published) : null;
    if (last) {
      takenTo = index + last.length;
      out.push({ date: last.date, start: offset + index, end: offset + takenTo, rule: 'date.last-year' });
      continue;
    }
    let date = withDiscourseYear(r, parsed, discourse.year, published);
    if (!published && Math.abs(Number(date.start.slice(0, 4)) - SENTINEL_YEAR) <= RELATIVE_REACH) continue;
    const weekBack = published ? pastWeekday(r.text, date, published) : null;
    const yearBack = published && !weekBack ? pastMonth(r, date, published) : null;
    date = weekBack ?? yearBack ?? date;
    if (published && date.start > published) continue; // a plan or a typo, not when the event happened
    const rule = weekBack
      ? 'date.past-weekday'
      : yearBack
        ? 'date.past-month'
        : date === parsed
          ? 'date.chrono'
          : 'date.discourse-year';
    out.push({ date, start: offset + index, end: offset + index + r.text.length, rule });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Rule `date.part-of-day-of`: "on the evening of June 9", "on the morning of 16 June": chrono reads
 * "evening" as the evening of the day of publication and drops the day after "of"; the part of the
 * day and its "of" are blanked (same length, so offsets hold) before chrono reads the sentence.
 * New reports of 2026-11-26 0.647 -> 0.650, gold 57 0.756 -> 0.757 (49 older +1 slot, Rostov's
 * "morning of 16 June"), MUC-4 dev 51.4, train 56.8, fifth 62.2 unchanged.
 */
const PART_OF_DAY_OF =
  /\b(?:morning|afternoon|evening|night|early hours)\s+of\s+(?=\d{1,2}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/gi;

/** Words that may stand between a speech verb and its date: "said late on Friday". */
const DATE_LEAD = new Set(['on', 'late', 'early', 'earlier', 'later']);
/** The index of the word before a date span, past its lead words: "said late on [Friday]" → "said". */
function beforeDate(tokens: Token[], span: { from: number }): number {
  let before = span.from - 1;
  while (before >= 0 && DATE_LEAD.has(tokens[before]?.norm ?? '')) before--;
  return before;
}

/** True when the date span sits right after or right before a speech verb: "said on Friday", "on Tuesday denied". */
export function datesSpeech(tokens: Token[], span: { from: number; to: number }): boolean {
  const speech = (t: Token | undefined) => !!t && (SPEECH_VERBS.has(t.norm) || t.norm === 'rejected');
  return speech(tokens[beforeDate(tokens, span)]) || speech(tokens[span.to]) || datesClaim(tokens, span);
}

/** The nouns a claim verb takes before its date: "claimed responsibility on Saturday for …". */
const CLAIM_OBJECTS = new Set(['responsibility', 'credit']);
const CLAIM_VERB_WORDS = new Set(['claimed', 'claims', 'claim', 'took', 'takes', 'assumed', 'accepted']);
/**
 * Rule `date.claim-day`: "Islamic State claimed responsibility on Saturday for an attack in which
 * gunmen killed …": a date right after a claim of responsibility is the day of the claim, not of the
 * attack it claims (which came before).
 */
export function datesClaim(tokens: Token[], span: { from: number; to: number }): boolean {
  const before = beforeDate(tokens, span);
  return CLAIM_OBJECTS.has(tokens[before]?.norm ?? '') && CLAIM_VERB_WORDS.has(tokens[before - 1]?.norm ?? '');
}

/**
 * Rule `date.since`: "the Taliban, who have controlled Kabul since Aug 15", "killed since the group
 * seized the capital in August": a date in a "since" phrase is when a state of affairs began, not
 * an incident's day (the phrase runs up to eight tokens, not across a comma).
 */
function afterSince(tokens: Token[], from: number, first: number, to = from): boolean {
  // "since the Beslan school siege of 2004": a date of the event noun, not of the state's start
  if (tokens[from]?.norm === 'of') return false;
  // rule `date.since-when`: "the deadliest attack since January, when a bomber killed 80": the
  // "when" clause tells the incident the date is the day of
  if (tokens[to]?.norm === 'when' || (tokens[to]?.norm === ',' && tokens[to + 1]?.norm === 'when')) return false;
  for (let i = from - 1; i >= Math.max(first, from - 8); i--) {
    const w = tokens[i]?.norm ?? '';
    if (w === 'since') return true;
    if (/^[,;:]$/.test(w)) return false;
  }
  return false;
}

/** Words between "born" and its date: "born in 1995", "born on 3 May 1990", "born 1988". */
const BIRTH_LEAD = new Set(['in', 'on', 'around', 'about', 'circa']);
/**
 * Rule `date.birth`: "a citizen of Uzbekistan, born in 1995, …" gives a birth date, never the day of
 * an incident (nor a year for the paragraph's other dates).
 */
export function afterBorn(tokens: Token[], from: number, first: number): boolean {
  let i = from - 1;
  if (BIRTH_LEAD.has(tokens[from]?.norm ?? '') && tokens[from - 1]?.norm === 'born') return true;
  while (i >= first && BIRTH_LEAD.has(tokens[i]?.norm ?? '')) i--;
  return i >= first && tokens[i]?.norm === 'born';
}

export const datesStage = defineStage({
  id: 'dates',
  requires: ['sentences', 'tokens'],
  assigns: ['dates'],
  run: (doc) => {
    const tokens = layer(doc, 'tokens');
    const dates: DateMention[] = [];
    const discourse: Discourse = { anchor: null, year: null };
    let yearAt = 0;
    for (const s of layer(doc, 'sentences')) {
      // a named year holds for its paragraph only
      if (discourse.year !== null && PARAGRAPH_BREAK.test(doc.clean.slice(yearAt, s.start))) discourse.year = null;
      const text = doc.clean.slice(s.start, s.end);
      const found = parseDates(text, s.start, doc.meta.published, discourse).map((f) => ({
        ...f,
        span: tokenRange(tokens, s.firstToken, s.endToken, f.start, f.end),
      }));
      const reports = found.map((f) => datesSpeech(tokens, f.span));
      // rule `date.report-shadowed`: "X said on Friday that the strike on August 29 killed …": the
      // day of the saying steps back when the sentence dates something else
      const shadowed = reports.some((r) => !r);
      for (const [k, f] of found.entries()) {
        if (shadowed && reports[k]) continue;
        if (afterSince(tokens, f.span.from, s.firstToken, f.span.to)) continue;
        if (afterBorn(tokens, f.span.from, s.firstToken)) continue;
        dates.push({ ...f.span, sentence: s.index, date: f.date, rule: f.rule });
        // rule `date.anchor-incident`: "… said two days later that …" dates a saying; "the same day"
        // and "two days later" after it still count from the incident before
        if (f.date.precision === 'day' && !(reports[k] && discourse.anchor)) discourse.anchor = f.date;
        // (a year alone, "destroyed in 2001", is an aside: it gives no year to the paragraph's dates)
        if (/\b\d{4}\b/.test(f.date.text) && f.rule !== 'date.year') {
          discourse.year = Number(f.date.start.slice(0, 4));
          yearAt = f.end;
        }
      }
    }
    const warnings = doc.meta.published ? [] : ['no publication date: relative dates left unresolved'];
    return { layers: { dates }, warnings };
  },
});

/**
 * Date expressions chrono-node leaves out or reads too coarsely, as a table of rules with ids:
 * parts of months ("mid-September"), seasons ("this summer"), spans ("in ten weeks", "within the
 * next year") and offsets from the date the discourse last gave ("two days later").
 */
import type { EventDate } from '../../domain/index.js';
import { MONTH_NAMES } from '../lexicons/calendar.js';

export interface SpanContext {
  /** publication day, ISO. */
  published: string;
  /** the last day-precision date the text gave before this point, for "two days later". */
  anchor: EventDate | null;
}
export interface SpanHit {
  date: EventDate;
  index: number;
  length: number;
  rule: string;
}
interface SpanRule {
  id: string;
  pattern: RegExp;
  resolve: (m: RegExpExecArray, ctx: SpanContext) => { start: string; end: string } | null;
}

const DAY_MS = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);
const addDays = (day: string, n: number) => iso(ms(day) + n * DAY_MS);
const ymd = (y: number, m: number, d: number) => iso(Date.UTC(y, m - 1, d));
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
Object.assign(NUMBERS, { seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, several: 3 });
const count = (w: string) => NUMBERS[w.toLowerCase()] ?? Number(w);
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };
const unitDays = (u: string) => UNIT_DAYS[u.toLowerCase().replace(/s$/, '')] ?? 0;
const NUM = '(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)';
const ORDINALS = 'first second third fourth fifth sixth seventh eighth ninth tenth'.split(' ');
/** Words for a part of a year that an "of 2020" after them dates ("the end of 2019"). */
const YEAR_PARTS = `months weeks days end start beginning middle spring summer autumn fall winter half quarter part
rest night day eve`.split(/\s+/);
/** first month of each season; winter runs into the next year. */
const SEASON: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/** The most recent year, up to publication, in which month `m` had begun. */
const yearOfMonth = (m: number, published: string) => {
  const [py, pm] = published.split('-').map(Number) as [number, number];
  return m <= pm ? py : py - 1;
};

export const SPAN_RULES: SpanRule[] = [
  {
    // "the Beslan school siege of 2004", "destroyed in 2001": a year on its own (not a span,
    // "in 2015–2017", not "since 2004", which runs to the present, and not a part of the year:
    // "March of 2004", "the first months of 2020", "the end of 2019", "New Year's night of 2017")
    id: 'date.year',
    pattern: new RegExp(
      `(?<!\\b(?:${[...MONTH_NAMES, ...YEAR_PARTS].join('|')}) )\\b(?:in|of|during) ((?:19|20)\\d{2})\\b(?![–-]\\d)`,
      'gi',
    ),
    resolve: (m, { published }) => {
      const y = Number(m[1]);
      return y <= Number(published.slice(0, 4)) ? { start: ymd(y, 1, 1), end: ymd(y, 12, 31) } : null;
    },
  },
  {
    // "on New Year's night of 2017", "New Year's Day 2020": the first of January of that year
    // (New Year's Eve is the last day of the year before it begins)
    id: 'date.new-year',
    pattern: /\bNew Year['’]s (Eve|Day|night)(?: of)?,? (\d{4})\b/gi,
    resolve: (m) => {
      const y = Number(m[2]);
      const day = (m[1] ?? '').toLowerCase() === 'eve' ? ymd(y, 12, 31) : ymd(y, 1, 1);
      return { start: day, end: day };
    },
  },
  {
    id: 'date.part-of-month',
    pattern: new RegExp(`\\b(early|mid|late)[- ](${MONTH_NAMES.join('|')})(?:,? (\\d{4}))?\\b`, 'gi'),
    resolve: (m, { published }) => {
      const month = MONTH_NAMES.indexOf((m[2] ?? '').toLowerCase()) + 1;
      const y = m[3] ? Number(m[3]) : yearOfMonth(month, published);
      const part = (m[1] ?? '').toLowerCase();
      const [a, b] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, lastDay(y, month)];
      return { start: ymd(y, month, a), end: ymd(y, month, b) };
    },
  },
  {
    id: 'date.season',
    pattern: /\b(this|last|next|over the|during the|in the) (spring|summer|autumn|fall|winter)\b/gi,
    resolve: (m, { published }) => {
      const first = SEASON[(m[2] ?? '').toLowerCase()] ?? 6;
      const [py, pm] = published.split('-').map(Number) as [number, number];
      // "this winter" in January is the winter that began last December
      let y = first === 12 && pm <= 2 ? py - 1 : py;
      const which = (m[1] ?? '').toLowerCase();
      if (which === 'last') y -= 1;
      if (which === 'next') y += 1;
      const endMonth = ((first + 1) % 12) + 1;
      const endYear = first === 12 ? y + 1 : y;
      return { start: ymd(y, first, 1), end: ymd(endYear, endMonth, lastDay(endYear, endMonth)) };
    },
  },
  {
    id: 'date.within-next',
    pattern: new RegExp(`\\bwithin the (?:next|coming) (?:${NUM} )?(days?|weeks?|months?|years?)\\b`, 'gi'),
    resolve: (m, { published }) => ({
      start: published,
      end: addDays(published, (m[1] ? count(m[1]) : 1) * unitDays(m[2] ?? '')),
    }),
  },
  {
    id: 'date.span-past',
    // (rule `date.span-duration`: "in several days of fighting" is how long the fighting lasted, not
    // "within the past several days": no span when "of" follows the unit)
    pattern: new RegExp(
      `\\b(?:in|within|over|during)(?: a span of| the (?:past|last))? ${NUM} (days|weeks|months|years)\\b(?! of\\b)`,
      'gi',
    ),
    resolve: (m, { published }) => {
      const n = count(m[1] ?? '');
      if (!(n >= 2)) return null;
      return { start: addDays(published, -n * unitDays(m[2] ?? '')), end: published };
    },
  },
  {
    // "on the fourth anniversary of his killing": the incident remembered was that many years before
    // the day the text dated last
    id: 'date.anniversary',
    pattern:
      /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)) anniversary of\b/gi,
    resolve: (m, { anchor }) => {
      if (anchor?.precision !== 'day') return null;
      const n = ORDINALS.indexOf((m[1] ?? '').toLowerCase()) + 1 || Number.parseInt(m[1] ?? '', 10);
      const day = `${Number(anchor.start.slice(0, 4)) - n}${anchor.start.slice(4)}`;
      return { start: day, end: day };
    },
  },
  {
    id: 'date.later',
    pattern: new RegExp(`\\b(?:${NUM} (days?|weeks?) later|(hours) later|the (same|next|following) day)\\b`, 'gi'),
    resolve: (m, { anchor }) => {
      if (anchor?.precision !== 'day') return null;
      const shift = m[2] ? count(m[1] ?? '') * unitDays(m[2]) : m[4] && m[4].toLowerCase() !== 'same' ? 1 : 0;
      const day = addDays(anchor.start, shift);
      return { start: day, end: day };
    },
  },
  {
    // "two days after the attack on the airport, a drone strike …": the new event is N days after the
    // one the text dated last; "the attack came a day after police raided …": the subject is the dated
    // event, so the new one (after "after") is N days before it. "before" turns both round.
    id: 'date.days-after',
    pattern: new RegExp(
      `\\b(?:(came|comes|come|occurred|happened|took place|followed)\\s+(?:just\\s+|only\\s+)?)?(?:${NUM}|the) (days?|weeks?) (after|before)\\b`,
      'gi',
    ),
    resolve: (m, { anchor }) => {
      // mid-sentence (", three days after the Abbey Gate bombing") it may name an older incident
      // than the one dated last: only a sentence that opens with it or "came … after" counts
      if (anchor?.precision !== 'day' || !(m[1] || m.index === 0)) return null;
      const n = (m[2] && m[2].toLowerCase() !== 'the' ? count(m[2]) : 1) * unitDays(m[3] ?? '');
      const subjectIsDated = Boolean(m[1]);
      const after = (m[4] ?? '').toLowerCase() === 'after';
      const day = addDays(anchor.start, after === subjectIsDated ? -n : n);
      return { start: day, end: day };
    },
  },
  {
    // "officials later said they had arrested a man": some time between the last date and publication
    id: 'date.later-vague',
    pattern:
      /(?<!\b(?:days?|weeks?|months?|years?|hours?|minutes?|moments?|much|not|no) )\blater\b(?! (?:that|this|in|on|than|today|tonight|stages?)\b)/gi,
    resolve: (_m, { anchor, published }) =>
      anchor && anchor.start <= published ? { start: anchor.start, end: published } : null,
  },
];

/**
 * `findSpanDates('in mid-September', {published: '2021-10-14', anchor: null})`
 * → [{date: {start: '2021-09-11', end: '2021-09-20', precision: 'range'}, rule: 'date.part-of-month', …}].
 * Spans of the past never end after publication; "within the next year" is the one forward span.
 */
export function findSpanDates(text: string, ctx: SpanContext): SpanHit[] {
  const hits: SpanHit[] = [];
  for (const rule of SPAN_RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const range = rule.resolve(m as RegExpExecArray, ctx);
      if (!range) continue;
      const forward = rule.id === 'date.within-next' || rule.id === 'date.season';
      if (!forward && range.start > ctx.published) continue;
      const end = forward || range.end <= ctx.published ? range.end : ctx.published;
      const precision = range.start === end ? 'day' : 'range';
      hits.push({
        date: { start: range.start, end, precision, text: m[0] },
        index: m.index ?? 0,
        length: m[0].length,
        rule: rule.id,
      });
    }
  }
  return hits;
}

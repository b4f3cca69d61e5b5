/**
 * Which date is an event's. Policy `date.choice.v1`: a date in the event's own sentence that is
 * not the date of a report wins; a date that only dates a report ("On October 14, X said that an
 * IED had killed …") bounds the event: it happened on or before that day (a week's range ending
 * there). Note: the gold guidelines (ACLED practice) code the announcement day itself; setting
 * REPORT_WINDOW_DAYS to 0 does that (the event then takes the report's day).
 * With no date in its sentences an event has none.
 */
import type { EventDate } from '../../domain/index.js';

export interface DateCandidate {
  date: EventDate;
  /** true when a speech verb stands between the date and the event's trigger. */
  datesReport: boolean;
  /** distance in tokens to the trigger. */
  distance: number;
  /** true for the date of a dateline ("PESHAWAR, Jan 31 (Vigil Wire) -"), the day the report was filed. */
  dateline?: boolean;
}

export const REPORT_WINDOW_DAYS: number = 6;
const minusDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

/** `chooseDate([{date: oct14, datesReport: true, distance: 9}])` → {start: '2021-10-08', end: '2021-10-14', precision: 'range'}. */
export function chooseDate(candidates: DateCandidate[]): { date: EventDate; rule: string } | null {
  const owns = candidates.filter((c) => !c.datesReport).sort((a, b) => a.distance - b.distance);
  const own = owns[0];
  // rule `date.finer-within`: "The killing of Khalil Haqqani last month … He died on 11 December":
  // a day of the event's sentences inside the month or range chosen is the more precise reading of it
  const finer =
    own && own.date.precision !== 'day'
      ? owns.find((c) => c.date.precision === 'day' && c.date.start >= own.date.start && c.date.end <= own.date.end)
      : undefined;
  if (finer) return { date: finer.date, rule: 'date.finer-within' };
  if (own) return { date: own.date, rule: 'date.own-sentence' };
  const report = candidates.sort((a, b) => a.distance - b.distance)[0];
  if (!report) return null;
  const end = report.date.end;
  // rule `date.dateline-day`: when a dateline is all that dates an event, the event takes the day of
  // the report (the gold guidelines' ACLED practice: the announcement day), not a week's range before it
  if (REPORT_WINDOW_DAYS === 0 || report.dateline) return { date: report.date, rule: 'date.report-day' };
  return {
    date: { start: minusDays(end, REPORT_WINDOW_DAYS), end, precision: 'range', text: report.date.text },
    rule: 'date.report-bound',
  };
}

/** What `continueStoryDates` reads of an event: its date, certainty and where its sentences are. */
export interface StoryEvent {
  type: string;
  date: EventDate | null;
  certainty: string;
  /** character offsets of its first and last evidence sentence */
  start: number;
  end: number;
}
const PARAGRAPH_BREAK = /\n\s*\n/;
/**
 * Incidents a story goes on with. Operations, clashes, arrests and statements are left out: on the
 * tuning set the undated ones were a government's response or a raid the text says it cannot date
 * ("did not say where or when the raid took place"), 3 of 3 wrong when dated this way.
 */
const STORY_CLASSES = new Set(['attack', 'airstrike', 'kidnapping', 'arson']);
const storyClass = (type: string) => STORY_CLASSES.has(type.split('.')[0] ?? '');

/**
 * Policy `date.story-continues`: an event whose sentences give no date takes the day of the event
 * told just before it in the same paragraph ("On May 12 gunmen attacked a hospital in Kabul. …
 * Hours later a bomber struck a funeral in Nangarhar."), the story's day. Not for plans and
 * forecasts (hypothetical), only between incidents (STORY_CLASSES), only from a day-precision date. `text` is the document's clean
 * text the offsets point into. Returns the index → date of the events it dates.
 */
export function continueStoryDates(events: readonly StoryEvent[], text: string): Map<number, EventDate> {
  const out = new Map<number, EventDate>();
  for (let i = 1; i < events.length; i++) {
    const e = events[i];
    const prev = events[i - 1];
    if (!e || !prev || e.date || e.certainty === 'hypothetical') continue;
    if (!storyClass(e.type) || !storyClass(prev.type)) continue;
    const prevDate = out.get(i - 1) ?? prev.date;
    if (prevDate?.precision !== 'day' || prev.start > e.start) continue;
    if (PARAGRAPH_BREAK.test(text.slice(Math.min(prev.end, e.start), e.start))) continue;
    out.set(i, prevDate);
  }
  return out;
}

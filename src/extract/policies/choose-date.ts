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
}

export const REPORT_WINDOW_DAYS: number = 6;
const minusDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

/** `chooseDate([{date: oct14, datesReport: true, distance: 9}])` → {start: '2021-10-08', end: '2021-10-14', precision: 'range'}. */
export function chooseDate(candidates: DateCandidate[]): { date: EventDate; rule: string } | null {
  const own = candidates.filter((c) => !c.datesReport).sort((a, b) => a.distance - b.distance)[0];
  if (own) return { date: own.date, rule: 'date.own-sentence' };
  const report = candidates.sort((a, b) => a.distance - b.distance)[0];
  if (!report) return null;
  const end = report.date.end;
  if (REPORT_WINDOW_DAYS === 0) return { date: report.date, rule: 'date.report-day' };
  return {
    date: { start: minusDays(end, REPORT_WINDOW_DAYS), end, precision: 'range', text: report.date.text },
    rule: 'date.report-bound',
  };
}

/**
 * Publication dates as written in metadata and datelines, turned into YYYY-MM-DD. The calendar day
 * is taken as written (no time-zone shift), because that is the day the source says it published.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';

/** Each pattern says where year, month and day are among its groups. */
const PATTERNS: { id: string; re: RegExp; y: number; m: number; d: number }[] = [
  { id: 'iso', re: /\b(\d{4})-(\d{2})-(\d{2})/, y: 1, m: 2, d: 3 },
  { id: 'pdf', re: /^D:(\d{4})(\d{2})(\d{2})/, y: 1, m: 2, d: 3 },
  { id: 'slashed-ymd', re: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/, y: 1, m: 2, d: 3 },
  {
    id: 'day-month-year',
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'),
    y: 3,
    m: 2,
    d: 1,
  },
  {
    id: 'month-day-year',
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'),
    y: 3,
    m: 1,
    d: 2,
  },
];

function monthNumber(token: string): number {
  const index = MONTHS.indexOf(token.slice(0, 3).toLowerCase());
  return index + 1;
}

function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The first recognisable date in `text`, or null.
 * @example parseDay('Mon, 04 Mar 2024 02:00:00 +0500') // '2024-03-04'
 * @example parseDay('March 3rd, 2024') // '2024-03-03'
 */
export function parseDay(text: string | null | undefined): string | null {
  if (!text) return null;
  const value = text.trim();
  for (const pattern of PATTERNS) {
    const match = pattern.re.exec(value);
    if (!match) continue;
    const rawMonth = match[pattern.m] ?? '';
    const month = /^\d+$/.test(rawMonth) ? Number(rawMonth) : monthNumber(rawMonth);
    const day = isoDay(Number(match[pattern.y]), month, Number(match[pattern.d]));
    if (day) return day;
  }
  return null;
}

/**
 * Export of a selection of events as CSV (one row per event, flat columns an analyst can sort in a
 * spreadsheet) or JSON (the stored events as the API gives them).
 */
import type { StoredEvent } from '../../../src/domain/index.js';
import { CASUALTY_KINDS } from '../../../src/domain/vocabularies.js';
import { actorNames, formatCount } from './format.js';

type Column = [header: string, value: (e: StoredEvent) => string | number | null | undefined];

const COLUMNS: Column[] = [
  ['id', (e) => e.id],
  ['type', (e) => e.type],
  ['date_start', (e) => e.date?.start],
  ['date_end', (e) => e.date?.end],
  ['date_precision', (e) => e.date?.precision],
  ['place', (e) => e.place?.name],
  ['admin1', (e) => e.place?.admin1],
  ['country', (e) => e.place?.country],
  ['lat', (e) => e.place?.lat],
  ['lon', (e) => e.place?.lon],
  ['place_precision', (e) => e.place?.precision],
  ['perpetrators', (e) => actorNames(e, 'perpetrator')],
  ['targets', (e) => actorNames(e, 'target')],
  ['victims', (e) => actorNames(e, 'victim')],
  ...CASUALTY_KINDS.map((k): Column => [k, (e) => formatCount(e.casualties[k])]),
  ['certainty', (e) => e.certainty],
  ['source', (e) => e.attribution.source],
  ['via', (e) => e.attribution.via],
  ['status', (e) => e.status],
  ['confidence', (e) => e.confidence],
  ['documents', (e) => e.documentIds.join(' ')],
];

/** Quotes a CSV cell when it holds a comma, quote or line break (RFC 4180). */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The events as CSV text with a header row.
 * @example eventsToCsv([]) // → "id,type,date_start,…\r\n"
 */
export function eventsToCsv(events: StoredEvent[]): string {
  const lines = [COLUMNS.map(([h]) => h).join(',')];
  for (const e of events) lines.push(COLUMNS.map(([, get]) => csvCell(get(e))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Offers a text as a file download in the browser. */
export function downloadText(filename: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

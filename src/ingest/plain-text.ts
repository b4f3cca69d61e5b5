/**
 * Plain text conventions of wire copy and saved reports: a short first line is the headline,
 * `Published:`-style lines carry metadata, and a dateline ("BEIRUT, March 3, 2024 —") gives the day.
 */
import type { DocumentMeta, IngestedDocument } from '../domain/index.js';
import { parseDay } from './dates.js';
import { definedMeta, makeDocument } from './document.js';
import { contentHash } from './hash.js';
import { cleanText } from './text-clean.js';

/** Leading `Key: value` lines we read as metadata, by the field they fill. */
const HEADER_FIELDS: Record<string, keyof DocumentMeta> = {
  title: 'title',
  headline: 'title',
  date: 'published',
  published: 'published',
  author: 'author',
  by: 'author',
  byline: 'author',
  source: 'publisher',
  publisher: 'publisher',
  url: 'url',
  link: 'url',
};

const HEADER_LINE = /^([A-Za-z]+):\s*(.+)$/;
/** A dateline opens with a place in capitals and a comma or agency: "BEIRUT, March 3, 2024 (Wire) -". */
const DATELINE = /^[A-Z][A-Z .'-]{1,40}(,|\s\()/;
/^[A-Z][A-Za-z .'-]{1,40}(?:,\s*[A-Za-z .'-]{2,30})?(?:\s*\([^)]{1,40}\))?,?\s+(.{6,40}?)\s*(?:[-–—:(]|$)/;

/** A byline without a colon: "By Jane Doe", "By A. Analyst and J. Smith". */
const BYLINE = /^By\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&)){0,7})$/u;
/** A date line without a colon: "Published 4 November 2021", "Updated on March 3, 2024". */
const DATE_LINE = /^(?:Published|Posted|Updated)(?:\s+on)?\s+(.{6,40})$/i;

/** Assigns one metadata line to the meta (`Key: value`, a byline, a date line); false when it is none. */
export function readHeaderLine(line: string, meta: Partial<DocumentMeta>): boolean {
  const byline = BYLINE.exec(line.trim());
  if (byline) {
    meta.author = byline[1]!;
    return true;
  }
  const dated = parseDay(DATE_LINE.exec(line.trim())?.[1]);
  if (dated) {
    meta.published = dated;
    return true;
  }
  const match = HEADER_LINE.exec(line.trim());
  const field = match ? HEADER_FIELDS[match[1]!.toLowerCase()] : undefined;
  if (!match || !field) return false;
  const value = match[2]!.trim();
  if (field === 'published') meta.published = parseDay(value) ?? meta.published ?? null;
  else if (field === 'publisher' && /^https?:\/\//i.test(value)) meta.url = value;
  else meta[field] = value;
  return true;
}

/** Consumes leading metadata lines; returns the meta found and the remaining lines. */
export function takeHeaderLines(lines: string[]): { meta: Partial<DocumentMeta>; rest: string[] } {
  const meta: Partial<DocumentMeta> = {};
  let index = 0;
  while (index < lines.length && (lines[index]!.trim() === '' || readHeaderLine(lines[index]!, meta))) index++;
  return index > 0 && Object.keys(meta).length > 0 ? { meta, rest: lines.slice(index) } : { meta: {}, rest: lines };
}

/** A headline is short, has no sentence-ending period and is followed by a blank line or body. */
function looksLikeTitle(line: string, next: string | undefined): boolean {
  const text = line.trim();
  if (text.length < 3 || text.length > 160) return false;
  if (/[.,;:]$/.test(text) && !/\.\.\.$/.test(text)) return false;
  if (text.split(/\s+/).length > 25 || /^[a-z]/.test(text)) return false;
  if (/^[A-Z][A-Z .'-]+,/.test(text)) return false; // a dateline ("BEIRUT, March 3"), not a headline
  if (next !== undefined && readHeaderLine(next, {})) return true; // a byline or date line follows a headline
  return next === undefined || next.trim() === '' || text.length < next.trim().length * 0.6;
}

/** The first date in a dateline or in a `Published ...` phrase within the first lines of body. */
export function datelineDay(lines: string[]): string | null {
  for (const line of lines.filter((l) => l.trim()).slice(0, 3)) {
    const published = /\b(?:published|posted|updated)\b[:\s]+(.{6,40})/i.exec(line);
    const fromPublished = parseDay(published?.[1]);
    if (fromPublished) return fromPublished;
    const fromDateline = DATELINE.test(line.trim()) ? parseDay(line.trim().slice(0, 80)) : null;
    if (fromDateline) return fromDateline;
  }
  return null;
}

/** The agency a wire dateline credits: "KABUL, March 25 (Vigil Wire) -" → "Vigil Wire". */
export function datelineAgency(lines: string[]): string | undefined {
  const first = lines.find((l) => l.trim())?.trim() ?? '';
  if (!DATELINE.test(first)) return undefined;
  return /^[^(]{2,80}\(([^)]{2,40})\)\s*[-–—]/.exec(first)?.[1]?.trim();
}

/**
 * Reads plain text into a document; explicit `meta` wins over what the text says.
 * @example documentFromText('Blast in Kabul\n\nKABUL, 3 March 2024 — ...').meta.published // '2024-03-03'
 */
export function documentFromText(text: string, meta?: Partial<DocumentMeta>, origin?: string): IngestedDocument {
  const { meta: found, rest } = takeHeaderLines(cleanText(text).split('\n'));
  let body = rest;
  if (!found.title) {
    const first = body.findIndex((l) => l.trim() !== '');
    const next = body.slice(first + 1).find((l) => l.trim() !== '');
    if (first >= 0 && next !== undefined && looksLikeTitle(body[first]!, body[first + 1])) {
      found.title = body[first]!.trim();
      const after = takeHeaderLines(body.slice(first + 1));
      Object.assign(found, { ...after.meta, title: found.title });
      body = after.rest;
    }
  }
  found.published ??= datelineDay(body);
  found.publisher ??= datelineAgency(body);
  const bodyText = body.join('\n');
  return makeDocument({
    text: bodyText,
    format: 'txt',
    origin: origin ?? `text:${contentHash(bodyText).slice(0, 16)}`,
    meta: { ...found, ...definedMeta(meta) },
  });
}

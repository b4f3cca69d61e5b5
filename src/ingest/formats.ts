/**
 * Bytes to documents once the expected format is known (from a file extension or a response's
 * content type). The bytes are sniffed first, and a mismatch is a failure that says what was
 * found, so a PDF renamed .html is reported rather than ingested as garbage.
 */
import type { IngestedDocument } from '../domain/index.js';
import { decodeText } from './decode.js';
import type { DocumentFormat } from './document.js';
import { IngestError, type IngestFailure } from './failure.js';
import { documentsFromFeed } from './feed.js';
import { documentFromHtml } from './html.js';
import { documentFromMarkdown } from './markdown.js';
import { documentFromPdf } from './pdf.js';
import { documentFromText } from './plain-text.js';
import { describeKind, type SniffedKind, sniff } from './sniff.js';

const FORMAT_NAMES: Record<DocumentFormat, string> = {
  txt: 'plain text',
  md: 'Markdown',
  html: 'HTML',
  pdf: 'a PDF',
  feed: 'an RSS/Atom feed',
};

/** Which sniffed kinds each declared format accepts. Markdown may legitimately open with HTML. */
const ACCEPTS: Record<DocumentFormat, SniffedKind[]> = {
  txt: ['text'],
  md: ['text', 'html'],
  html: ['html', 'text'],
  pdf: ['pdf'],
  feed: ['feed'],
};

/** The failure message for content that is not what it claims to be. */
function mismatch(expected: DocumentFormat, found: SniffedKind, buffer: Buffer): string {
  if (found === 'empty') return 'empty file';
  if (expected === 'feed' && found === 'xml') return 'XML but not an RSS/Atom feed';
  if (expected === 'feed') return `not XML: expected an RSS/Atom feed, found ${describeKind(found, buffer)}`;
  return `not ${FORMAT_NAMES[expected]}: content looks like ${describeKind(found, buffer)}`;
}

export interface SourceInfo {
  /** what the document's `origin` will be: a path or URL. */
  origin: string;
  /** the page's URL when fetched, for resolving links and filling `meta.url`. */
  url?: string;
  contentType?: string;
}

/**
 * @example await documentsFromBytes(fs.readFileSync('a.md'), 'md', { origin: 'a.md' })
 */
export async function documentsFromBytes(
  buffer: Buffer,
  format: DocumentFormat,
  source: SourceInfo,
): Promise<(IngestedDocument | IngestFailure)[]> {
  const found = sniff(buffer);
  if (!ACCEPTS[format].includes(found)) throw new IngestError(mismatch(format, found, buffer));
  if (format === 'pdf') return [await documentFromPdf(buffer, source.origin, source.url)];
  const text = decodeText(buffer, source.contentType);
  const given = source.url ? { url: source.url } : undefined;
  if (format === 'feed') return documentsFromFeed(text, source.origin);
  if (format === 'html') return [documentFromHtml(text, { url: source.url, origin: source.origin })];
  if (format === 'md') return [documentFromMarkdown(text, source.origin, given)];
  return [documentFromText(text, given, source.origin)];
}

/** Format for a fetched body: what the bytes clearly are wins over the declared content type. */
export function formatForResponse(contentType: string, buffer: Buffer): DocumentFormat | null {
  const found = sniff(buffer);
  if (found === 'pdf' || found === 'feed' || found === 'html') return found;
  const type = contentType.toLowerCase();
  if (type.includes('pdf')) return 'pdf';
  if (/rss|atom|xml/.test(type)) return 'feed';
  if (type.includes('html')) return 'html';
  if (type.includes('markdown')) return 'md';
  if (type.startsWith('text/') || (found === 'text' && !type)) return 'txt';
  return null;
}

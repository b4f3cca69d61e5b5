/**
 * What the bytes are, whatever the name says: used to refuse a PDF renamed .html, binary data in a
 * .txt, or HTML saved as .pdf, with a message that says what was found instead.
 */

export type SniffedKind = 'empty' | 'pdf' | 'html' | 'feed' | 'xml' | 'binary' | 'text';

/** Signatures of common binary formats, so the failure can name them. */
const MAGIC: { kind: string; bytes: number[] }[] = [
  { kind: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'ZIP archive (or Office document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'gzip archive', bytes: [0x1f, 0x8b] },
  { kind: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

/** A readable name for a kind, used in failure messages ("looks like HTML"). */
export function describeKind(kind: SniffedKind, buffer?: Buffer): string {
  if (kind === 'binary' && buffer) {
    const magic = MAGIC.find((m) => m.bytes.every((b, i) => buffer[i] === b));
    if (magic) return magic.kind;
  }
  const names: Record<SniffedKind, string> = {
    empty: 'empty',
    pdf: 'a PDF',
    html: 'HTML',
    feed: 'an RSS/Atom feed',
    xml: 'XML',
    binary: 'binary data',
    text: 'plain text',
  };
  return names[kind];
}

/** Binary when a NUL appears, or when more than 5% of the first 8 KB are control bytes. */
function looksBinary(sample: Buffer): boolean {
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12 && byte !== 27) controls++;
  }
  return controls > sample.length * 0.05;
}

/**
 * @example sniff(Buffer.from('%PDF-1.4 ...')) // 'pdf'
 * @example sniff(Buffer.from('<?xml version="1.0"?><rss>')) // 'feed'
 */
export function sniff(buffer: Buffer): SniffedKind {
  const sample = buffer.subarray(0, 8192);
  const head = sample.toString('latin1');
  if (!head.trim() && buffer.toString('utf8').trim() === '') return 'empty';
  if (/(^|[\r\n])%PDF-\d/.test(head.slice(0, 1024))) return 'pdf';
  // UTF-16 text starts with a byte-order mark and is full of NULs; it is text, not binary.
  const utf16 = (buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff);
  if (!utf16 && looksBinary(sample)) return 'binary';
  const start = head
    .replace(/^\ufeff|^\xef\xbb\xbf/, '')
    .trimStart()
    .slice(0, 512)
    .toLowerCase();
  const markup = start.replace(/^(<\?xml[^>]*>\s*|<!--[\s\S]*?-->\s*)+/, '');
  if (/^<(rss|feed|rdf:rdf)[\s>]/.test(markup)) return 'feed';
  if (/^<!doctype html|^<html[\s>]/.test(markup)) return 'html';
  if (start.startsWith('<?xml')) return 'xml';
  if (/^<(head|body|div|p|article|meta|title|table|section|span|h[1-6])[\s>]/.test(markup)) return 'html';
  return 'text';
}

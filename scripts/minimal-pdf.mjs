/**
 * A tiny dependency-free PDF writer for our own fixtures and sample corpus: Helvetica text,
 * word-wrapped to the page, as many US-Letter pages as needed, and an Info dictionary so that
 * readers find the title, author and creation date.
 *
 *   import { writePdf } from './scripts/minimal-pdf.mjs';
 *   fs.writeFileSync('a.pdf', writePdf({ title: 'Attack on X', author: 'Desk', date: '2024-03-01',
 *     paragraphs: ['First paragraph.', 'Second paragraph.'] }));
 *
 * Text is encoded in WinAnsi (the standard 14 fonts' encoding); characters outside it become '?'.
 */

const PAGE = { width: 612, height: 792, margin: 72 };
const BODY = { font: 'F1', size: 11, leading: 15 };
const TITLE = { font: 'F2', size: 16, leading: 22 };

/** Helvetica advance widths (1/1000 em) for ASCII 32..126, from the standard font metrics. */
const HELVETICA_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
];

/** WinAnsi code points for the typographic characters that reports use often (the rest of 0xA0..0xFF is Latin-1). */
const WIN_ANSI_EXTRAS = {
  '\u20ac': 0x80,
  '\u2026': 0x85,
  '\u2018': 0x91,
  '\u2019': 0x92,
  '\u201c': 0x93,
  '\u201d': 0x94,
  '\u2022': 0x95,
  '\u2013': 0x96,
  '\u2014': 0x97,
};

function winAnsiCode(ch) {
  const code = ch.codePointAt(0) ?? 63;
  if (code >= 32 && code < 127) return code;
  if (code >= 0xa0 && code <= 0xff) return code;
  return WIN_ANSI_EXTRAS[ch] ?? 63;
}

function textWidth(text, size) {
  let units = 0;
  for (const ch of text) {
    const code = winAnsiCode(ch);
    units += code < 127 ? (HELVETICA_WIDTHS[code - 32] ?? 556) : 556;
  }
  return (units * size) / 1000;
}

/** Greedy word wrap to a width in points; a word longer than the line is split by characters. */
function wrap(paragraph, size, width) {
  const lines = [];
  let line = '';
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (textWidth(line, size) > width) {
      let cut = line.length - 1;
      while (cut > 1 && textWidth(line.slice(0, cut), size) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A PDF literal string for page content: ASCII kept, everything else as octal WinAnsi escapes. */
function contentString(text) {
  let out = '(';
  for (const ch of text) {
    const code = winAnsiCode(ch);
    if (ch === '(' || ch === ')' || ch === '\\') out += `\\${ch}`;
    else if (code < 127) out += String.fromCharCode(code);
    else out += `\\${code.toString(8).padStart(3, '0')}`;
  }
  return `${out})`;
}

/** An Info string as UTF-16BE hex with a byte-order mark, so any title survives. */
function infoString(text) {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

function pdfDate(isoDay) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay ?? '');
  if (!match) return null;
  return `(D:${match[1]}${match[2]}${match[3]}000000Z)`;
}

/** Lays out title and paragraphs into pages of positioned lines. */
function layout(title, paragraphs) {
  const width = PAGE.width - 2 * PAGE.margin;
  const top = PAGE.height - PAGE.margin;
  const pages = [[]];
  let y = top;
  const place = (text, style) => {
    if (y - style.leading < PAGE.margin) {
      pages.push([]);
      y = top;
    }
    y -= style.leading;
    pages[pages.length - 1].push({ text, style, y });
  };
  if (title) for (const line of wrap(title, TITLE.size, width)) place(line, TITLE);
  for (const paragraph of paragraphs) {
    if (y !== top) y -= BODY.leading * 0.6; // the visible gap that marks a new paragraph
    for (const line of wrap(paragraph, BODY.size, width)) place(line, BODY);
  }
  return pages;
}

function pageContent(lines) {
  return lines
    .map(
      (l) =>
        `BT /${l.style.font} ${l.style.size} Tf ${PAGE.margin} ${l.y.toFixed(2)} Td ${contentString(l.text)} Tj ET`,
    )
    .join('\n');
}

/** Serialises numbered objects with a correct cross-reference table. `objects[i]` is object i+1. */
function serialise(objects, rootRef, infoRef) {
  const chunks = ['%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'];
  let length = Buffer.byteLength(chunks[0], 'latin1');
  const offsets = [];
  objects.forEach((body, index) => {
    offsets.push(length);
    const chunk = `${index + 1} 0 obj\n${body}\nendobj\n`;
    chunks.push(chunk);
    length += Buffer.byteLength(chunk, 'latin1');
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n'];
  for (const offset of offsets) xref.push(`${String(offset).padStart(10, '0')} 00000 n \n`);
  const info = infoRef ? ` /Info ${infoRef} 0 R` : '';
  chunks.push(xref.join(''), `trailer\n<< /Size ${objects.length + 1} /Root ${rootRef} 0 R${info} >>\n`);
  chunks.push(`startxref\n${length}\n%%EOF\n`);
  return Buffer.from(chunks.join(''), 'latin1');
}

function stream(content) {
  return `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
}

/**
 * Builds a complete PDF from pages of content streams. Objects: 1 catalog, 2 page tree, 3-4 fonts,
 * 5 info, then a page object and its content stream per page.
 */
function buildPdf(contents, info) {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', ''];
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  objects.push(info);
  const kids = [];
  for (const content of contents) {
    const pageRef = objects.length + 1;
    kids.push(`${pageRef} 0 R`);
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] ` +
        `/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageRef + 1} 0 R >>`,
    );
    objects.push(stream(content));
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`;
  return serialise(objects, 1, 5);
}

/**
 * Writes a text PDF. `date` (YYYY-MM-DD) becomes the CreationDate; `title` is printed in bold
 * on the first page and stored in the Info dictionary.
 * @param {{ title?: string, author?: string, date?: string, paragraphs: string[] }} doc
 * @returns {Buffer}
 */
export function writePdf({ title, author, date, paragraphs }) {
  const entries = ['/Producer (Vigil minimal-pdf)'];
  if (title) entries.push(`/Title ${infoString(title)}`);
  if (author) entries.push(`/Author ${infoString(author)}`);
  const created = pdfDate(date);
  if (created) entries.push(`/CreationDate ${created}`);
  const pages = layout(title, paragraphs ?? []);
  return buildPdf(pages.map(pageContent), `<< ${entries.join(' ')} >>`);
}

/**
 * Writes a one-page PDF whose only content is a small grey image, like a scan without OCR:
 * there is no text layer to extract.
 * @returns {Buffer}
 */
export function writeImageOnlyPdf() {
  const image = 'q 200 0 0 200 72 500 cm BI /W 4 /H 4 /CS /G /BPC 8 /F /AHx ID 00FF00FFFF00FF0000FF00FFFF00FF00> EI Q';
  const rectangle = '0.5 g 72 300 200 100 re f';
  return buildPdf([`${image}\n${rectangle}`], '<< /Producer (Vigil minimal-pdf) /Title (Scanned page) >>');
}

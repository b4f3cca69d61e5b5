/**
 * PDF to a document with unpdf (PDF.js): text lines rebuilt from positioned text items, joined
 * into paragraphs where the vertical gap is wider than the usual line spacing; metadata from the
 * Info dictionary. A PDF without a text layer (a scan) is a failure, not an empty document.
 */
import { extractTextItems, getDocumentProxy, getMeta } from 'unpdf';
import type { IngestedDocument } from '../domain/index.js';
import { parseDay } from './dates.js';
import { makeDocument } from './document.js';
import { IngestError } from './failure.js';

interface Line {
  text: string;
  y: number;
  fontSize: number;
}

type TextItem = Awaited<ReturnType<typeof extractTextItems>>['items'][number][number];

/** Groups one page's items into lines by their baseline. */
function pageLines(items: TextItem[]): Line[] {
  const lines: Line[] = [];
  for (const item of items) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - item.y) < 2) last.text += item.str;
    else if (item.str.trim()) lines.push({ text: item.str, y: item.y, fontSize: item.fontSize || item.height });
  }
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Joins a page's lines into paragraphs at wider vertical gaps: wider than 1.3× the page's usual
 * line spacing when there are enough lines to know it, else wider than 1.6× the font size.
 */
function pageParagraphs(lines: Line[]): string[] {
  const gaps = lines.slice(1).map((line, i) => lines[i]!.y - line.y);
  const usual = median(gaps.filter((g) => g > 0));
  const isBreak = (gap: number, line: Line) =>
    gap < 0 || (gaps.length >= 4 ? gap > usual * 1.3 : gap > line.fontSize * 1.6);
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    const gap = i > 0 ? lines[i - 1]!.y - line.y : 0;
    if (current && isBreak(gap, line)) {
      paragraphs.push(current);
      current = '';
    }
    current = current.endsWith('-') ? current + line.text : current ? `${current} ${line.text}` : line.text;
  });
  if (current) paragraphs.push(current);
  return paragraphs;
}

/** A paragraph cut by a page break (no closing punctuation, next page starts lower-case) is rejoined. */
function joinPages(pages: string[][]): string[] {
  const out: string[] = [];
  for (const page of pages) {
    const [first, ...rest] = page;
    const last = out[out.length - 1];
    if (first && last && !/[.!?:"”’)]$/.test(last) && /^[a-z]/.test(first)) out[out.length - 1] = `${last} ${first}`;
    else if (first) out.push(first);
    out.push(...rest);
  }
  return out;
}

function infoString(info: Record<string, unknown>, key: string): string | null {
  const value = info[key];
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/**
 * @example (await documentFromPdf(fs.readFileSync('report.pdf'), 'report.pdf')).meta.title
 */
export async function documentFromPdf(data: Uint8Array, origin: string, url?: string): Promise<IngestedDocument> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(data), { verbosity: 0 });
  } catch (err) {
    throw new IngestError(`unreadable PDF (${err instanceof Error ? err.message : String(err)})`);
  }
  try {
    const { items } = await extractTextItems(pdf);
    const paragraphs = joinPages(items.map((page) => pageParagraphs(pageLines(page))));
    if (!paragraphs.join('').trim()) throw new IngestError('no text layer (scanned PDF?)');
    const { info } = await getMeta(pdf);
    const title = infoString(info, 'Title');
    if (title && paragraphs[0]?.toLowerCase() === title.toLowerCase() && paragraphs.length > 1) paragraphs.shift();
    const meta = {
      title,
      author: infoString(info, 'Author'),
      published: parseDay(infoString(info, 'CreationDate')),
      url: url ?? null,
    };
    return makeDocument({ text: paragraphs.join('\n\n'), format: 'pdf', origin, meta });
  } finally {
    await pdf.destroy();
  }
}

/** Types for scripts/minimal-pdf.mjs (a dependency-free PDF writer for fixtures and the sample corpus). */
export interface PdfContent {
  title?: string;
  author?: string;
  /** YYYY-MM-DD, stored as the CreationDate */
  date?: string;
  paragraphs: string[];
}
export function writePdf(doc: PdfContent): Buffer;
export function writeImageOnlyPdf(): Buffer;

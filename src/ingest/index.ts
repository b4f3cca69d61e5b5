/**
 * Ingest: files, folders and URLs to clean `IngestedDocument`s (see src/domain/document.ts).
 *
 *   for await (const item of readInputs(['corpus/', 'https://example.org/rss'], {})) ...
 *   const [doc] = await readFile('report.pdf');
 *   const doc = documentFromHtml(html, { url });
 */
export type { IngestedDocument } from '../domain/index.js';
export { IngestError, type IngestFailure, isIngestFailure } from './failure.js';
export { type FetchedBody, fetchUrl, type IngestOptions } from './fetch.js';
export { readFile } from './files.js';
export { contentHash } from './hash.js';
export { documentFromHtml } from './html.js';
export { documentFromMarkdown } from './markdown.js';
export { documentFromPdf } from './pdf.js';
export { documentFromText } from './plain-text.js';
export { countInputs, readInputs } from './read-inputs.js';

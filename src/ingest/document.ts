/** Assembles an `IngestedDocument` from what a reader found, filling the gaps with nulls. */
import type { DocumentMeta, IngestedDocument } from '../domain/index.js';
import { IngestError } from './failure.js';
import { contentHash } from './hash.js';
import { cleanText } from './text-clean.js';

export type DocumentFormat = IngestedDocument['format'];

export const EMPTY_META: DocumentMeta = { title: null, author: null, published: null, publisher: null, url: null };

/** Keeps only the fields that carry a value, so that `{ ...found, ...given }` lets callers override. */
export function definedMeta(meta: Partial<DocumentMeta> | undefined): Partial<DocumentMeta> {
  const out: Partial<DocumentMeta> = {};
  for (const [key, value] of Object.entries(meta ?? {})) {
    const text = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : value;
    if (text) out[key as keyof DocumentMeta] = text;
  }
  return out;
}

/**
 * The one place a document is built: cleans the text, refuses an empty one, hashes it.
 * @example makeDocument({ text: 'Body', format: 'txt', origin: 'a.txt', meta: { title: 'T' } })
 */
export function makeDocument(parts: {
  text: string;
  format: DocumentFormat;
  origin: string;
  meta?: Partial<DocumentMeta>;
}): IngestedDocument {
  const text = cleanText(parts.text);
  if (!text) throw new IngestError('no text found');
  return {
    meta: { ...EMPTY_META, ...definedMeta(parts.meta) },
    text,
    origin: parts.origin,
    format: parts.format,
    contentHash: contentHash(text),
  };
}

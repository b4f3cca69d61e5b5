/**
 * What ingest hands to the rest of Vigil: one clean document with its metadata, where it came
 * from and the hash that makes re-ingest idempotent. The store keeps it; the extractor reads it.
 */
import { z } from 'zod';
import { DocumentMeta } from './contract.js';

export const DOCUMENT_FORMATS = ['txt', 'md', 'html', 'pdf', 'feed'] as const;

export const IngestedDocument = z.object({
  meta: DocumentMeta,
  /** the clean body text; every offset in Vigil points into this string. */
  text: z.string(),
  /** file path, URL, or `FEED_URL#ITEM_ID` for a feed item. */
  origin: z.string(),
  format: z.enum(DOCUMENT_FORMATS),
  /** sha256 (hex) of the normalised text: the same content is never stored twice. */
  contentHash: z.string(),
});
export type IngestedDocument = z.infer<typeof IngestedDocument>;

/** An input that could not be read, with a reason a person can act on. */
export interface IngestFailure {
  input: string;
  error: string;
}

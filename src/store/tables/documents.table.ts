/** Row types of the documents Vigil keeps and the sentences full-text search runs over. */
export interface DocumentsTable {
  id: string;
  origin: string;
  format: string;
  title: string | null;
  author: string | null;
  /** ISO day */
  published: string | null;
  publisher: string | null;
  url: string | null;
  text: string;
  content_hash: string;
  version: number;
  /** ISO timestamp */
  ingested_at: string;
  ingested_by: string | null;
}

/** One sentence of a document; offsets point into `documents.text`. */
export interface SentencesTable {
  document_id: string;
  idx: number;
  start: number;
  end: number;
  text: string;
}

/** Inputs `vigil ingest` could not read, kept for `--retry-failed`. */
export interface IngestFailuresTable {
  input: string;
  error: string;
  at: string;
}

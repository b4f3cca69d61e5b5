/**
 * The flow from inputs to stored facts: ingest → extract → store, one transaction per document.
 * Used by the CLI (`vigil ingest`, `vigil demo`) and the server (POST /api/documents).
 */
import type { IngestedDocument, IngestFailure } from '../domain/index.js';
import { extract } from '../extract/index.js';
import { type IngestOptions, isIngestFailure, readInputs } from '../ingest/index.js';
import { clearFailure, recordFailure, type Store, saveDocument } from '../store/index.js';

export type DocumentOutcome =
  | {
      kind: 'saved';
      input: string;
      documentId: string;
      status: 'created' | 'unchanged' | 'new-version';
      eventIds: string[];
    }
  | { kind: 'failed'; input: string; error: string };

/** Extracts and stores one ingested document. */
export async function processDocument(store: Store, doc: IngestedDocument): Promise<DocumentOutcome> {
  const extraction = extract({ text: doc.text, meta: doc.meta });
  const saved = await saveDocument(store.db, doc, extraction);
  return {
    kind: 'saved',
    input: doc.origin,
    documentId: saved.documentId,
    status: saved.status,
    eventIds: saved.eventIds,
  };
}

/**
 * Ingests every input (files, folders, URLs, feeds), yielding one outcome per document or failure.
 * Failures are recorded in the store for `--retry-failed`; a success clears an earlier failure of the same input.
 */
export async function* processInputs(
  store: Store,
  inputs: string[],
  opts: IngestOptions,
): AsyncGenerator<DocumentOutcome> {
  for await (const item of readInputs(inputs, opts)) {
    if (isIngestFailure(item)) {
      yield await fail(store, item);
      continue;
    }
    try {
      const outcome = await processDocument(store, item);
      await clearFailure(store.db, item.origin);
      yield outcome;
    } catch (err) {
      yield await fail(store, { input: item.origin, error: err instanceof Error ? err.message : String(err) });
    }
  }
}

async function fail(store: Store, failure: IngestFailure): Promise<DocumentOutcome> {
  await recordFailure(store.db, failure.input, failure.error);
  return { kind: 'failed', input: failure.input, error: failure.error };
}

/** The bundled sample corpus (reports written by the Vigil authors), loaded into an empty database on first start. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../project-path.js';
import { listDocuments, type Store } from '../store/index.js';
import { type DocumentOutcome, processInputs } from './process-documents.js';

export const SAMPLE_CORPUS_DIR = projectPath('data', 'sample-corpus');

/** The corpus files, without the folder's own README (which describes the corpus and is not a report). */
export const sampleCorpusFiles = (): string[] =>
  readdirSync(SAMPLE_CORPUS_DIR)
    .filter((f) => !/^readme/i.test(f) && !f.startsWith('.'))
    .sort()
    .map((f) => join(SAMPLE_CORPUS_DIR, f));

/** Loads the sample corpus when the store holds no document yet; returns the outcomes (empty when it did nothing). */
export async function seedSampleCorpusIfEmpty(store: Store): Promise<DocumentOutcome[]> {
  const existing = await listDocuments(store.db, { limit: 1, offset: 0 });
  if (existing.total > 0) return [];
  return loadSampleCorpus(store);
}

export async function loadSampleCorpus(store: Store): Promise<DocumentOutcome[]> {
  const outcomes: DocumentOutcome[] = [];
  for await (const o of processInputs(store, sampleCorpusFiles(), { allowPrivate: false })) outcomes.push(o);
  return outcomes;
}

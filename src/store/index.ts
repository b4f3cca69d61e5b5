/**
 * The store: documents, events (machine claims + analyst decisions), entities and search over
 * SQLite (a file, by default) or PostgreSQL (team mode), with one query code for both.
 *
 * @example
 * const store = await openStore({ sqlitePath: '.vigil/vigil.sqlite' });
 * const { documentId, eventIds } = await saveDocument(store.db, doc, extraction);
 * const page = await listEvents(store.db, { type: 'attack', country: 'PK', limit: 50, offset: 0 });
 * await store.close();
 */
export type { Database, Db } from './database.js';
export { getDocument, listDocuments } from './documents.repository.js';
export { findDuplicateCandidates } from './duplicates.js';
export { getEntity, listEntities } from './entities.repository.js';
export { addAlias, mergeEntities, removeAlias } from './entity-decisions.js';
export { splitEntity } from './entity-split.js';
export {
  editEvent,
  linkRelated,
  mergeEvents,
  StoreConflictError,
  StoreNotFoundError,
  setEventStatus,
  splitEvent,
} from './event-decisions.js';
export { getEvent, listEvents } from './events.repository.js';
export { clearFailure, listFailures, recordFailure } from './failures.repository.js';
export { DEFAULT_FIGURE_RULE, FIGURE_RULES } from './figures.js';
export { reextractDocument, type SaveResult, saveDocument } from './save-document.js';
export { search } from './search.repository.js';
export { listSources, setSourceReliability } from './sources.repository.js';
export { type OpenStoreOptions, openStore, type Store } from './store.js';
export { undoDecision } from './undo.js';

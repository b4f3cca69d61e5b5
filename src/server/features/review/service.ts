/**
 * Analysts' decisions through the API: each call is one store decision (appended to the log and
 * replayed over re-extraction), then the event as it now reads. Store errors become HTTP errors.
 */
import type { EventDetail, EventPatch } from '../../../domain/index.js';
import { extract } from '../../../extract/index.js';
import {
  addAlias,
  editEvent,
  findDuplicateCandidates,
  getDocument,
  getEntity,
  getEvent,
  linkRelated,
  mergeEntities,
  mergeEvents,
  reextractDocument,
  removeAlias,
  type Store,
  StoreConflictError,
  StoreNotFoundError,
  setEventStatus,
  splitEntity,
  splitEvent,
  undoDecision,
} from '../../../store/index.js';
import { notFound } from '../http.js';

/** Runs a store call, turning its not-found and conflict errors into 404 and 409 answers. */
async function asHttp<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof StoreNotFoundError) throw Object.assign(new Error(err.message), { statusCode: 404 });
    if (err instanceof StoreConflictError) throw Object.assign(new Error(err.message), { statusCode: 409 });
    throw err;
  }
}

const detail = async (store: Store, id: string): Promise<EventDetail> =>
  (await getEvent(store.db, id)) ?? notFound(`event ${id}`);

/** The review actions, bound to one store: `reviewService(store).confirm('ev_1', 'ana')`. */
export function reviewService(store: Store) {
  const db = store.db;
  return {
    confirm: (id: string, user: string) => asHttp(() => setEventStatus(db, id, 'confirmed', user)),
    reject: (id: string, user: string) => asHttp(() => setEventStatus(db, id, 'rejected', user)),
    reopen: (id: string, user: string) => asHttp(() => setEventStatus(db, id, 'proposed', user)),
    edit: (id: string, patch: EventPatch, user: string) => asHttp(() => editEvent(db, id, patch, user)),
    merge: (id: string, otherId: string, user: string) => asHttp(() => mergeEvents(db, id, otherId, user)),
    split: (id: string, documentIds: string[], user: string) =>
      asHttp(async () => {
        const { ids } = await splitEvent(db, id, documentIds, user);
        return { eventId: ids[1] ?? id, ids };
      }),
    related: (id: string, otherId: string, user: string) =>
      asHttp(async () => {
        await linkRelated(db, id, otherId, user);
        return detail(store, id);
      }),
    undo: (id: string, decisionId: number, user: string) =>
      asHttp(async () => {
        await undoDecision(db, decisionId, user);
        return detail(store, id);
      }),
    duplicates: (id: string) =>
      asHttp(async () => {
        await detail(store, id);
        return findDuplicateCandidates(db, id);
      }),
    /** Runs the extractor again over the stored text; the store replays the analysts' decisions. */
    reextract: (documentId: string) =>
      asHttp(async () => {
        const doc = (await getDocument(db, documentId)) ?? notFound(`document ${documentId}`);
        const meta = {
          title: doc.title,
          author: doc.author,
          published: doc.published,
          publisher: doc.publisher,
          url: doc.url,
        };
        const extraction = extract({ text: doc.text, meta });
        const { eventIds } = await reextractDocument(db, documentId, extraction);
        return { documentId, eventIds };
      }),
    addAlias: (entityId: string, alias: string, user: string) =>
      asHttp(async () => {
        await addAlias(db, entityId, alias, user);
        return (await getEntity(db, entityId)) ?? notFound(`entity ${entityId}`);
      }),
    removeAlias: (entityId: string, alias: string, user: string) =>
      asHttp(async () => {
        await removeAlias(db, entityId, alias, user);
        return (await getEntity(db, entityId)) ?? notFound(`entity ${entityId}`);
      }),
    /** Moves some names of an actor, with the events that used them, to a new actor. */
    splitEntity: (entityId: string, aliases: string[], name: string | undefined, user: string) =>
      asHttp(() => splitEntity(db, entityId, aliases, user, { name })),
    /** Undoes an actor decision (split, merge, alias) and shows the actor as it now reads. */
    undoEntity: (entityId: string, decisionId: number, user: string) =>
      asHttp(async () => {
        await undoDecision(db, decisionId, user);
        return (await getEntity(db, entityId)) ?? notFound(`entity ${entityId}`);
      }),
    mergeEntities: (keepId: string, mergedId: string, user: string) =>
      asHttp(async () => {
        await mergeEntities(db, keepId, mergedId, user);
        return (await getEntity(db, keepId)) ?? notFound(`entity ${keepId}`);
      }),
  };
}
export type ReviewService = ReturnType<typeof reviewService>;

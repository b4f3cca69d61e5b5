/**
 * Analyst decisions on events. Each is appended to the decisions log and the touched events are
 * rebuilt by replaying it; nothing here edits the machine layer.
 */
import { type EventDetail, EventPatch } from '../domain/index.js';
import type { Db } from './database.js';
import { appendDecision } from './decisions.repository.js';
import { refreshEvents } from './event-materialize.js';
import { getEvent, memberIds } from './events.repository.js';
import { inTransaction } from './support/transaction.js';

export class StoreNotFoundError extends Error {}
export class StoreConflictError extends Error {}

async function mustGet(db: Db, id: string): Promise<EventDetail> {
  const event = await getEvent(db, id);
  if (!event) throw new StoreNotFoundError(`no event ${id}`);
  return event;
}

async function shownRoot(db: Db, id: string): Promise<string> {
  const event = await mustGet(db, id);
  return event.mergedInto ?? event.id;
}

/**
 * Corrects fields of an event; the correction is replayed over every future re-extraction.
 * @example await editEvent(db, 'ev_…', { casualties: { killed: { min: 4, max: 4 }, injured: null, arrested: null, kidnapped: null } }, 'ana')
 */
export async function editEvent(db: Db, id: string, patch: EventPatch, user: string): Promise<EventDetail> {
  const after = EventPatch.parse(patch);
  return inTransaction(db, async (trx) => {
    const current = await mustGet(trx, id);
    if (current.status === 'merged')
      throw new StoreConflictError(`${id} was merged into ${current.mergedInto}; edit that event`);
    const before = Object.fromEntries(Object.keys(after).map((k) => [k, current[k as keyof typeof current] ?? null]));
    await appendDecision(trx, { user, action: 'edit', scope: 'event', targetId: id, payload: { before, after } });
    await refreshEvents(trx, [id]);
    return mustGet(trx, id);
  });
}

/** `await setEventStatus(db, 'ev_…', 'confirmed', 'ana')` */
export async function setEventStatus(
  db: Db,
  id: string,
  status: 'confirmed' | 'rejected' | 'proposed',
  user: string,
): Promise<EventDetail> {
  if (!['confirmed', 'rejected', 'proposed'].includes(status)) throw new Error(`cannot set status "${status}"`);
  return inTransaction(db, async (trx) => {
    const current = await mustGet(trx, id);
    if (current.status === 'merged') throw new StoreConflictError(`${id} was merged into ${current.mergedInto}`);
    const payload = { before: { status: current.status }, after: { status } };
    await appendDecision(trx, { user, action: 'status', scope: 'event', targetId: id, payload });
    await refreshEvents(trx, [id]);
    return mustGet(trx, id);
  });
}

/**
 * Shows two reports of one event as one: `mergedId` lives on inside `keepId`, both keep their
 * claims and evidence, and the figures rule decides what is shown.
 * @example const merged = await mergeEvents(db, 'ev_a', 'ev_b', 'ana'); merged.claims.length // 2
 */
export async function mergeEvents(db: Db, keepId: string, mergedId: string, user: string): Promise<EventDetail> {
  return inTransaction(db, async (trx) => {
    const keep = await shownRoot(trx, keepId);
    const merged = await shownRoot(trx, mergedId);
    if (keep === merged) throw new StoreConflictError(`${keepId} and ${mergedId} are already one event`);
    const before = { keep: (await mustGet(trx, keep)).documentIds, merged: (await mustGet(trx, merged)).documentIds };
    const payload = { before, after: { mergedInto: keep } };
    await appendDecision(trx, { user, action: 'merge', scope: 'event', targetId: keep, otherId: merged, payload });
    await refreshEvents(trx, [keep, merged]);
    return mustGet(trx, keep);
  });
}

/**
 * Moves claims out of an event into an event of their own. `moveOut` holds document ids and/or
 * machine event (claim) ids; the event's own claim cannot leave it.
 * @example await splitEvent(db, 'ev_a', ['doc_b'], 'ana') // → { ids: ['ev_a', 'ev_b'] }
 */
export async function splitEvent(
  db: Db,
  id: string,
  moveOut: readonly string[],
  user: string,
): Promise<{ ids: string[] }> {
  return inTransaction(db, async (trx) => {
    const current = await mustGet(trx, id);
    if (current.status === 'merged')
      throw new StoreConflictError(`${id} was merged into ${current.mergedInto}; split that event`);
    const members = await memberIds(trx, id);
    const claims = await trx
      .selectFrom('event_claims')
      .select(['event_id', 'document_id'])
      .where('event_id', 'in', members)
      .execute();
    const wanted = new Set(moveOut);
    const moving = claims.filter((c) => wanted.has(c.event_id) || wanted.has(c.document_id)).map((c) => c.event_id);
    if (moving.includes(id))
      throw new StoreConflictError(`the claim of ${id} itself cannot be moved out; split the others`);
    if (moving.length === 0) throw new StoreConflictError(`none of ${moveOut.join(', ')} is part of ${id}`);
    const payload = { moveOut: moving, before: { documentIds: current.documentIds }, after: { moved: moving } };
    await appendDecision(trx, { user, action: 'split', scope: 'event', targetId: id, otherId: moving[0], payload });
    await refreshEvents(trx, [id, ...moving]);
    return { ids: [id, moving[0] as string] };
  });
}

/** Records that two events are related (not the same): `await linkRelated(db, 'ev_a', 'ev_b', 'ana')` */
export async function linkRelated(db: Db, aId: string, bId: string, user: string): Promise<void> {
  if (aId === bId) throw new StoreConflictError('an event cannot be related to itself');
  await inTransaction(db, async (trx) => {
    await mustGet(trx, aId);
    await mustGet(trx, bId);
    const [a, b] = [aId, bId].sort() as [string, string];
    const exists = await trx
      .selectFrom('event_links')
      .select('a_id')
      .where('a_id', '=', a)
      .where('b_id', '=', b)
      .executeTakeFirst();
    if (exists) return;
    const decisionId = await appendDecision(trx, {
      user,
      action: 'link',
      scope: 'event',
      targetId: a,
      otherId: b,
      payload: { after: { related: [a, b] } },
    });
    await trx.insertInto('event_links').values({ a_id: a, b_id: b, decision_id: decisionId }).execute();
  });
}

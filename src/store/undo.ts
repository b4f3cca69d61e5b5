/** Undoing a decision appends an `undo` entry; the log itself is never rewritten. */
import type { Db } from './database.js';
import { appendDecision, decisionsAbout, getDecision } from './decisions.repository.js';
import { undoEntityDecision } from './entity-decisions.js';
import { undoEntitySplit } from './entity-split.js';
import { StoreConflictError, StoreNotFoundError } from './event-decisions.js';
import { refreshEvents } from './event-materialize.js';
import { inTransaction } from './support/transaction.js';

/**
 * @example const detail = await mergeEvents(db, a, b, 'ana'); await undoDecision(db, detail.history.at(-1)!.id, 'ana');
 */
export async function undoDecision(db: Db, decisionId: number, user: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const d = await getDecision(trx, decisionId);
    if (!d) throw new StoreNotFoundError(`no decision ${decisionId}`);
    if (d.action === 'undo')
      throw new StoreConflictError('an undo cannot be undone; repeat the original decision instead');
    const ids = [d.targetId, ...(d.otherId ? [d.otherId] : [])];
    const already = (await decisionsAbout(trx, ids)).some((x) => x.action === 'undo' && x.payload.decisionId === d.id);
    if (already) throw new StoreConflictError(`decision ${decisionId} is already undone`);
    const payload = {
      decisionId: d.id,
      undoes: d.action,
      before: d.payload.after ?? null,
      after: d.payload.before ?? null,
    };
    await appendDecision(trx, {
      user,
      action: 'undo',
      scope: d.scope as 'event' | 'entity',
      targetId: d.targetId,
      otherId: d.otherId,
      payload,
    });
    if (d.action === 'entity-split') return undoEntitySplit(trx, d);
    if (d.scope === 'entity') return undoEntityDecision(trx, d);
    if (d.action === 'link') await trx.deleteFrom('event_links').where('decision_id', '=', d.id).execute();
    await refreshEvents(trx, [...ids, ...(d.payload.moveOut ?? [])]);
  });
}

/** The append-only log of analyst decisions. Rows are only ever inserted. */
import type { Db } from './database.js';
import type { LoggedDecision } from './event-replay.js';
import { fromJson, nowIso, toJson } from './support/codec.js';

export interface NewDecision {
  user: string;
  action: string;
  scope: 'event' | 'entity';
  targetId: string;
  otherId?: string | null;
  payload: LoggedDecision['payload'] & Record<string, unknown>;
}

/** `await appendDecision(db, { user: 'ana', action: 'status', scope: 'event', targetId: 'ev_1', payload })` → id */
export async function appendDecision(db: Db, d: NewDecision): Promise<number> {
  const row = await db
    .insertInto('decisions')
    .values({
      at: nowIso(),
      user: d.user,
      action: d.action,
      scope: d.scope,
      target_id: d.targetId,
      other_id: d.otherId ?? null,
      payload: toJson(d.payload),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

type DecisionRow = {
  id: number;
  at: string;
  user: string;
  action: string;
  target_id: string;
  other_id: string | null;
  payload: string;
};

const toLogged = (r: DecisionRow): LoggedDecision => ({
  id: Number(r.id),
  at: r.at,
  user: r.user,
  action: r.action,
  targetId: r.target_id,
  otherId: r.other_id,
  payload: fromJson(r.payload, {}),
});

/** The whole event log in order; analysts write it by hand, so it stays small enough to replay whole. */
export async function loadLog(db: Db, scope: 'event' | 'entity'): Promise<LoggedDecision[]> {
  const rows = await db.selectFrom('decisions').selectAll().where('scope', '=', scope).orderBy('id').execute();
  return rows.map(toLogged);
}

export async function getDecision(db: Db, id: number): Promise<(LoggedDecision & { scope: string }) | null> {
  const row = await db.selectFrom('decisions').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? { ...toLogged(row), scope: row.scope } : null;
}

/** Decisions that name any of `ids`, oldest first. */
export async function decisionsAbout(db: Db, ids: readonly string[]): Promise<LoggedDecision[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('decisions')
    .selectAll()
    .where((eb) => eb.or([eb('target_id', 'in', ids), eb('other_id', 'in', ids)]))
    .orderBy('id')
    .execute();
  return rows.map(toLogged);
}

/**
 * Actor splits replayed over machine output. An event's actor that resolves to a split entity
 * moves to the new entity when the words written in the text (or, if those are no known name,
 * its canonical name) are among the moved names. The rules are read from the decision log each
 * time events are rebuilt, so a split survives re-extraction and disappears when it is undone.
 */
import type { EventActor } from '../domain/index.js';
import type { Db } from './database.js';
import { resolveEntityRoots } from './entities.repository.js';
import { fromJson } from './support/codec.js';
import { fold } from './support/fold.js';

/** The part of an `entity-split` decision's payload that says which names went where. */
export type SplitNames = {
  /** folded names that moved to the new entity */
  movedKeys: string[];
  /** folded names that stayed, so a mention that is one of them is never moved */
  keptKeys: string[];
};

export type SplitRule = SplitNames & {
  decisionId: number;
  sourceId: string;
  newId: string;
};

/** Splits in log order, without the undone ones. */
export async function activeSplits(db: Db): Promise<SplitRule[]> {
  const rows = await db
    .selectFrom('decisions')
    .select(['id', 'action', 'target_id', 'other_id', 'payload'])
    .where('scope', '=', 'entity')
    .where('action', 'in', ['entity-split', 'undo'])
    .orderBy('id')
    .execute();
  const undone = new Set(
    rows.filter((r) => r.action === 'undo').map((r) => fromJson<{ decisionId?: number }>(r.payload, {}).decisionId),
  );
  return rows.flatMap((r) =>
    r.action === 'entity-split' && r.other_id && !undone.has(Number(r.id))
      ? [{ decisionId: Number(r.id), sourceId: r.target_id, newId: r.other_id, ...splitNames(r.payload) }]
      : [],
  );
}

/** The moved and kept names of a logged split payload (JSON text). */
export function splitNames(payload: string): SplitNames {
  const p = fromJson<Partial<SplitNames>>(payload, {});
  return { movedKeys: p.movedKeys ?? [], keptKeys: p.keptKeys ?? [] };
}

/**
 * Whether a split takes this actor along: the mention decides when it is a known name.
 * @example movesActor({ movedKeys: ['mullah abdullah'], keptKeys: ['abdullah'] }, { mention: 'Mullah Abdullah', name: 'Abdullah' }) // true
 */
export function movesActor(rule: SplitNames, actor: Pick<EventActor, 'mention' | 'name'>): boolean {
  const mention = fold(actor.mention);
  if (rule.movedKeys.includes(mention)) return true;
  if (rule.keptKeys.includes(mention)) return false;
  return rule.movedKeys.includes(fold(actor.name));
}

/**
 * The entity an actor is shown under: merges followed (`roots`), then splits applied in order.
 * A split of an entity also applies to what was merged into it, and survives it being merged away.
 */
export function entityAfter(
  actor: Pick<EventActor, 'entity' | 'mention' | 'name'>,
  roots: ReadonlyMap<string, string>,
  rules: readonly SplitRule[],
): string | null {
  if (!actor.entity) return null;
  const root = (id: string) => roots.get(id) ?? id;
  let entity = root(actor.entity);
  for (const rule of rules) if (root(rule.sourceId) === entity && movesActor(rule, actor)) entity = root(rule.newId);
  return entity;
}

/**
 * Loads what `entityAfter` needs for these actors and returns the re-pointing function.
 * @example const reassign = await actorEntities(trx, claim.actors); claim.actors.map(reassign)
 */
export async function actorEntities(db: Db, actors: readonly EventActor[]): Promise<(actor: EventActor) => EventActor> {
  const rules = await activeSplits(db);
  const ids = [...actors.map((a) => a.entity), ...rules.flatMap((r) => [r.sourceId, r.newId])];
  const roots = await resolveEntityRoots(db, ids);
  return (actor) => (actor.entity ? { ...actor, entity: entityAfter(actor, roots, rules) } : actor);
}

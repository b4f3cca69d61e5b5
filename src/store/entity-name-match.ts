/** The one rule for "this entity goes by that name": its own name key or any of its alias keys. */
import type { ExpressionBuilder } from 'kysely';
import type { Database } from './database.js';

type EntitiesEb = ExpressionBuilder<Database & { e: Database['entities'] }, 'e'>;

/**
 * A condition on entities aliased `e`: `like` takes a pattern, `in` a list of folded keys.
 * @example db.selectFrom('entities as e').where((eb) => nameOrAliasMatches(eb, 'like', '%iskp%'))
 */
export function nameOrAliasMatches(eb: EntitiesEb, op: 'like', value: string): ReturnType<EntitiesEb['or']>;
export function nameOrAliasMatches(eb: EntitiesEb, op: 'in', value: string[]): ReturnType<EntitiesEb['or']>;
export function nameOrAliasMatches(eb: EntitiesEb, op: 'like' | 'in', value: string | string[]) {
  return eb.or([
    eb('e.name_key', op, value as never),
    eb.exists(
      eb
        .selectFrom('entity_aliases as a')
        .select('a.entity_id')
        .whereRef('a.entity_id', '=', 'e.id')
        .where('a.alias_key', op, value as never),
    ),
  ]);
}

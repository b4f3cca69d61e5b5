/** Checking an analyst's split request against the entity's names, before anything is written (pure). */
import { StoreConflictError } from './event-decisions.js';
import { fold } from './support/fold.js';

export interface SplitPlan {
  /** folded names that move, in the order asked */
  movedKeys: string[];
  /** folded names that stay with the entity */
  keptKeys: string[];
  /** the names that move, as the entity knew them */
  movedNames: string[];
  /** the new entity's name: the one given, else the first moved name */
  newName: string;
  /** when the entity's own name moves, the remaining name it takes instead */
  renameTo: string | null;
}

/**
 * `planSplit({ name: 'Abdullah', name_key: 'abdullah' }, [{ alias: 'Mullah Abdullah', alias_key: 'mullah abdullah' }], ['mullah abdullah'])`
 * → moves "Mullah Abdullah" to a new entity of that name. Throws StoreConflictError with the reason otherwise.
 */
export function planSplit(
  entity: { name: string; name_key: string },
  aliases: readonly { alias: string; alias_key: string }[],
  requested: readonly string[],
  newName?: string,
): SplitPlan {
  const names = new Map([[entity.name_key, entity.name]]);
  for (const a of aliases) if (!names.has(a.alias_key)) names.set(a.alias_key, a.alias);
  const movedKeys = [...new Set(requested.map(fold))];
  if (movedKeys.length === 0 || movedKeys.includes(''))
    throw new StoreConflictError('choose at least one name (with letters or digits) to move');
  const unknown = requested.filter((r) => !names.has(fold(r)));
  if (unknown.length)
    throw new StoreConflictError(`${unknown.map((u) => `"${u}"`).join(', ')} is not a name of ${entity.name}`);
  const keptKeys = [...names.keys()].filter((k) => !movedKeys.includes(k));
  if (keptKeys.length === 0)
    throw new StoreConflictError(`cannot move every name of ${entity.name}: at least one must stay`);
  const movedNames = movedKeys.map((k) => names.get(k) ?? k);
  const name = newName?.trim() || (movedNames[0] as string);
  if (!fold(name)) throw new StoreConflictError('the new actor’s name needs letters or digits');
  if (keptKeys.includes(fold(name)))
    throw new StoreConflictError(`"${name}" stays with ${entity.name}; choose another name or move it too`);
  const renameTo = movedKeys.includes(entity.name_key) ? (names.get(keptKeys[0] as string) ?? null) : null;
  return { movedKeys, keptKeys, movedNames, newName: name, renameTo };
}

/** What the actor split form may send: the store refuses the same cases, this says why before asking. */

/** Every name of the actor, its own first, each once (aliases may repeat it in another spelling). */
export function namesOf(actor: { name: string; aliases: readonly string[] }): string[] {
  const seen = new Set<string>();
  return [actor.name, ...actor.aliases].filter((n) => {
    const key = n.trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Why the chosen names cannot be split off yet, or null when they can.
 * @example splitProblem(['Abdullah', 'Mullah Abdullah'], []) // → 'Choose the names that belong to the other actor.'
 */
export function splitProblem(names: readonly string[], chosen: readonly string[]): string | null {
  if (chosen.length === 0) return 'Choose the names that belong to the other actor.';
  if (names.every((n) => chosen.includes(n))) return 'At least one name must stay with this actor.';
  return null;
}

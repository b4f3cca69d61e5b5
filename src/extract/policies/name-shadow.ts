/**
 * Policy `place.inside-name`: a place named inside an organisation's name is part of that name, not
 * where anything happened ("Tehrik-i-Taliban Pakistan", "the Kurdistan Workers' Party", "the ruling
 * United Russia party" name no place). Names win over the places found inside them: for an event's
 * place and for where an actor's phrase is cut. Not for telling drafts apart (stages/drafts.ts): there
 * it cost MUC-4 dev victims 46.3 → 44.9.
 */
import type { NameMention, PlaceMention } from '../annotated.js';

/** `outsideNames([pakistanInTtp, kabul], [ttpName])` → [kabul]. Both lists in text order; linear. */
export function outsideNames<P extends Pick<PlaceMention, 'from' | 'to'>>(
  places: readonly P[],
  names: readonly Pick<NameMention, 'from' | 'to' | 'actor'>[],
): P[] {
  const orgs = names.filter((n) => n.actor.kind === 'organization' && n.to - n.from > 1);
  if (!orgs.length) return [...places];
  let k = 0;
  return places.filter((p) => {
    while (k < orgs.length && (orgs[k]?.to ?? 0) <= p.from) k++;
    const n = orgs[k];
    return !(n && n.from <= p.from && p.to <= n.to);
  });
}

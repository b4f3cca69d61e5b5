/**
 * Rule `perp.drop-possessive`: a perpetrator phrase that ends in a possessive ("the farabundo marti
 * national liberation front's", "the medellin cartel's", "the salvadoran army's") names the group
 * itself; the keys file it without the "'s". The tagger and the premodifier rules cut such a phrase
 * before the noun it owns ("the fmln's urban commandos", "the salvadoran army's offensive"). The
 * perpetrator keeps its words up to the possessive, and a perpetrator the event already holds under
 * those words is not held twice. Victims end at a possessive already (policy `filler.bounds`).
 * Over MUC-4 the engine gave 13 perpetrators in 11 train documents and 2 in dev a possessive ending.
 * Measured with rule `perp.accuser-not-perp` (see blame-frames.ts): dev 49.8 → 49.9 (PerpOrg 47.8 →
 * 48.1), the held-out fifth of train 44.4 → 44.6 (PerpOrg 42.6 → 43.2), train 55.6 → 55.7, bench:gold
 * 0.776 → 0.776. Trimming targets too changes nothing (one target on train, not in the keys).
 *
 * Other perpetrator changes measured (simulated on the output, dev / fifth / train from 49.9 / 44.6 / 55.7)
 * and rejected: tagged individual perpetrators from a sentence after the incident's and outside its
 * sentences dropped, 50.1 / 44.8 / 55.1 (the tagger has seen train; 2+ sentences after: 50.1 / 44.7 /
 * 55.2); perpetrators tagged in the sentence before a trigger sentence (the tagger's neighbours) dropped,
 * 49.7 / 44.7 / 55.4, individuals only 49.9 / 44.7 / 55.3; a count before a tagged individual
 * perpetrator added as a second filler ("three heavily armed men" beside "heavily armed men"),
 * 50.1 / 44.3 / 55.2; a rank before a named perpetrator added likewise ("colonel guillermo benavides"),
 * 50.2 / 44.6 / 55.6; an organisation's alias in brackets added ("fmln" beside its full name),
 * 49.3 / 44.5 / 55.2; "<organisation> guerrillas/members" dropped where the event holds the
 * organisation, 49.7 / 44.8 / 55.8; a perpetrator whose words end another of the event's dropped,
 * 49.7 / 44.4 / 55.5 (the shorter kept: 49.3 / 44.3 / 55.5); the perpetrators of hypothetical events,
 * 49.8 / 44.6 / 55.5, of `merge.outcome-only` events, 49.6 / 44.2 / 55.1.
 */
import type { EventActor } from '../../domain/index.js';

export const PERP_POSSESSIVE = { id: 'perp.drop-possessive', ending: /\p{L}['’]s$/u } as const;

/** The phrase without its possessive ending, or null when it has none. `withoutPossessive("fmln's")` → "fmln". */
export function withoutPossessive(phrase: string): string | null {
  return PERP_POSSESSIVE.ending.test(phrase) ? phrase.slice(0, -2) : null;
}

/**
 * An event's actors with each perpetrator's possessive dropped (a trimmed perpetrator the event holds
 * already goes), and whether any changed.
 */
export function perpetratorsWithoutPossessive(actors: readonly EventActor[]): {
  actors: EventActor[];
  changed: boolean;
} {
  if (!actors.some((a) => a.role === 'perpetrator' && withoutPossessive(a.mention) !== null))
    return { actors: [...actors], changed: false };
  const key = (a: EventActor) => `${a.role}|${a.mention.toLowerCase()}`;
  const held = new Set(
    actors.filter((a) => a.role !== 'perpetrator' || withoutPossessive(a.mention) === null).map(key),
  );
  const out: EventActor[] = [];
  for (const a of actors) {
    const trimmed = a.role === 'perpetrator' ? withoutPossessive(a.mention) : null;
    if (trimmed === null) {
      out.push(a);
      continue;
    }
    const actor = { ...a, mention: trimmed, name: a.name === a.mention ? trimmed : a.name };
    if (held.has(key(actor))) continue;
    held.add(key(actor));
    out.push(actor);
  }
  return { actors: out, changed: true };
}

/**
 * Rule `actor.regional-branch`: a generic mention of an organisation with regional branches means
 * the branch that operates where the story is ("Islamic State fighters stormed the prison in
 * Jalalabad" → ISKP). Where the story is: the countries of the sentence's places, else the
 * country the document names most often. No place, or a place outside every branch's area: the
 * mention stays as written.
 */
import { type AnnotatedDoc, layer } from '../annotated.js';
import type { ActorEntry, Knowledge } from '../knowledge-port.js';

export type RegionalResolver = (actor: ActorEntry, sentence: number) => ActorEntry;

export function regionalResolver(
  doc: AnnotatedDoc,
  knowledge: Pick<Knowledge, 'actors' | 'normalizeName'>,
): RegionalResolver {
  const bySentence = new Map<number, Set<string>>();
  const counts = new Map<string, number>();
  for (const p of layer(doc, 'places')) {
    const c = p.place.country;
    const set = bySentence.get(p.sentence) ?? new Set<string>();
    set.add(c);
    bySentence.set(p.sentence, set);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let docCountry: string | null = null;
  for (const [c, n] of counts) if (!docCountry || n > (counts.get(docCountry) ?? 0)) docCountry = c;
  return (actor, sentence) => {
    if (!actor.branches?.length) return actor;
    const own = bySentence.get(sentence);
    const countries = own?.size ? [...own] : docCountry ? [docCountry] : [];
    const branch = actor.branches.find((b) => b.areas.some((a) => countries.includes(a)));
    if (!branch) return actor;
    return knowledge.actors.lookup(knowledge.normalizeName(branch.name)) ?? actor;
  };
}

/**
 * Which figure an event carries when its sentences give several. Policy `casualties.max-stated`:
 * per kind, the largest lower bound; between equal lower bounds, the closed range.
 */
import type { Casualties, Count } from '../../domain/index.js';
import type { CasualtyMention, Trigger } from '../annotated.js';

/**
 * `combineCasualties([{kind:'killed', count:{min:6,max:null}}, …])` → {killed: {6,null}, injured: null, …}.
 * Rule `cas.also-adds`: a figure of a further group ("four soldiers also died") is added to the
 * largest of the others.
 */
export function combineCasualties(mentions: Pick<CasualtyMention, 'kind' | 'count' | 'also'>[]): Casualties {
  const out: Casualties = { killed: null, injured: null, arrested: null, kidnapped: null };
  for (const m of mentions) {
    if (m.also) continue;
    const cur: Count | null = out[m.kind];
    if (!cur || m.count.min > cur.min || (m.count.min === cur.min && cur.max === null && m.count.max !== null))
      out[m.kind] = m.count;
  }
  for (const m of mentions) {
    if (!m.also) continue;
    const cur = out[m.kind];
    out[m.kind] = cur ? add(cur, m.count) : m.count;
  }
  return out;
}

const add = (a: Count, b: Count): Count => ({
  min: a.min + b.min,
  max: a.max !== null && b.max !== null ? a.max + b.max : null,
});

/** What `ownCasualties` reads of a trigger: its id, sentence and token span. */
type TriggerSpan = Pick<Trigger, 'id' | 'sentence' | 'from' | 'to'>;
const gap = (a: { from: number; to: number }, b: { from: number; to: number }) =>
  a.to <= b.from ? b.from - a.to : b.to <= a.from ? a.from - b.to : 0;

/**
 * Policy `casualties.nearest-trigger`: a figure in a sentence that tells two events belongs to the
 * event whose trigger stands nearest to it. "Police said four suspects had been arrested and that
 * one of the attackers was among the wounded": the four go to the arrest, not to the attack;
 * "… arrested six members of a cell, a day after the attack killed 25 worshippers": the 25 go to
 * the attack. A figure in a sentence where the event has no trigger is kept as before.
 * `mine`: the ids of the event's triggers; `bySentence`: every trigger of the document by sentence.
 */
export function ownCasualties<C extends { sentence: number; from: number; to: number }>(
  mentions: readonly C[],
  mine: ReadonlySet<string>,
  bySentence: ReadonlyMap<number, readonly TriggerSpan[]>,
): C[] {
  return mentions.filter((c) => {
    const triggers = bySentence.get(c.sentence) ?? [];
    if (!triggers.some((t) => mine.has(t.id)) || triggers.every((t) => mine.has(t.id))) return true;
    const nearest = triggers.reduce((best, t) => (gap(t, c) < gap(best, c) ? t : best));
    return mine.has(nearest.id);
  });
}

/**
 * Which figure an event carries when its sentences give several. Policy `casualties.max-stated`:
 * per kind, the largest lower bound; between equal lower bounds, the closed range.
 */
import type { Casualties, Count } from '../../domain/index.js';
import type { CasualtyMention } from '../annotated.js';

/** `combineCasualties([{kind:'killed', count:{min:6,max:null}}, …])` → {killed: {6,null}, injured: null, …}. */
export function combineCasualties(mentions: Pick<CasualtyMention, 'kind' | 'count'>[]): Casualties {
  const out: Casualties = { killed: null, injured: null, arrested: null, kidnapped: null };
  for (const m of mentions) {
    const cur: Count | null = out[m.kind];
    if (!cur || m.count.min > cur.min || (m.count.min === cur.min && cur.max === null && m.count.max !== null))
      out[m.kind] = m.count;
  }
  return out;
}

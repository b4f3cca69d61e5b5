/**
 * Casualty figures: a count before a casualty word ("at least six soldiers were killed",
 * "a police chief was killed") or right after it ("killing 12 people", "an IED killed a
 * district police chief").
 */
import type { CasualtyMention, Token } from '../annotated.js';
import { layer } from '../annotated.js';
import { wordMap } from '../lexicons/word-table.js';
import { readCount } from '../numbers.js';
import { defineStage } from '../stage.js';

type Kind = CasualtyMention['kind'];
const CASUALTY_WORDS: ReadonlyMap<string, Kind> = wordMap({
  killed: 'killed',
  dead: 'killed',
  died: 'killed',
  killing: 'killed',
  slain: 'killed',
  murdered: 'killed',
  deaths: 'killed',
  massacred: 'killed',
  executed: 'killed',
  lives: 'killed',
  wounded: 'injured',
  injured: 'injured',
  hurt: 'injured',
  wounding: 'injured',
  injuring: 'injured',
  kidnapped: 'kidnapped',
  abducted: 'kidnapped',
  kidnapping: 'kidnapped',
  hostage: 'kidnapped',
  arrested: 'arrested',
  detained: 'arrested',
  captured: 'arrested',
  apprehended: 'arrested',
  arresting: 'arrested',
});
/** Words allowed between a count and the casualty word after it. */
const GLUE = new Set(
  'were was have has had been are is reportedly allegedly also people persons others civilians'.split(' '),
);
const STOP = /^(and|or|but|in|on|at|by|with|after|before|during|when|while|,|;|\.|:|\(|\)|said|says|that|of|to|from)$/;

function countBefore(tokens: Token[], k: number, start: number) {
  let best = null;
  for (let i = k - 1; i >= Math.max(start, k - 7); i--) {
    const r = readCount(tokens, i, k);
    if (!r) {
      if (STOP.test(tokens[i]?.norm ?? '')) break;
      continue;
    }
    const between = tokens.slice(r.to, k).map((t) => t.norm);
    if (between.length > 4 || between.some((b) => STOP.test(b))) continue;
    if (between.every((b) => GLUE.has(b) || /^\p{L}+$/u.test(b)) && !(r.count.min === 1 && between.length === 0))
      best = r;
  }
  return best;
}

function countAfter(tokens: Token[], k: number, end: number) {
  for (let i = k + 1; i < Math.min(end, k + 3); i++) {
    const r = readCount(tokens, i, end);
    if (r) return r;
    if (STOP.test(tokens[i]?.norm ?? '')) return null;
  }
  return null;
}

export const casualtiesStage = defineStage({
  id: 'casualties',
  requires: ['sentences', 'tokens'],
  assigns: ['casualties'],
  run: (doc) => {
    const tokens = layer(doc, 'tokens');
    const casualties: CasualtyMention[] = [];
    for (const s of layer(doc, 'sentences')) {
      for (let k = s.firstToken; k < s.endToken; k++) {
        const kind = CASUALTY_WORDS.get(tokens[k]?.norm ?? '');
        if (!kind) continue;
        // an active verb counts its object ("killed six"); otherwise the count precedes ("six were killed")
        const after = countAfter(tokens, k, s.endToken);
        const reading = after ?? countBefore(tokens, k, s.firstToken);
        if (!reading) continue;
        const rule = `cas.${after ? 'after' : 'before'}+${reading.rule}`;
        const from = Math.min(reading.from, k);
        casualties.push({ sentence: s.index, from, to: Math.max(k + 1, reading.to), kind, count: reading.count, rule });
      }
    }
    return { layers: { casualties } };
  },
});

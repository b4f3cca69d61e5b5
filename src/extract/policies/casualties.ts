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

/** Words that make a claim: "The BLA claimed the attack …". */
const CLAIM_WORDS = new Set(['claimed', 'claims', 'claim', 'claiming']);
/** Speech verbs a claimant goes on with: "… and said its fighters had killed 90 soldiers". */
const CLAIM_SPEECH = new Set(['said', 'says', 'added', 'boasted']);

/**
 * True when a figure stands in what a claimant says of its own act: "The BLA claimed the attack and
 * said its fighters had killed 90 soldiers", "Islamic State claimed the capture of the town, saying
 * its men had killed 55". The speech must follow the claim word, coordinated with it ("and said",
 * "saying"), so that "Police said ISKP claimed the attack, which killed 12" is no claimant's figure.
 */
export function inClaimantSpeech(tokens: readonly { norm: string }[], figureAt: number, first: number): boolean {
  for (let k = figureAt - 1; k > first; k--) {
    const w = tokens[k]?.norm ?? '';
    const speech = w === 'saying' || (CLAIM_SPEECH.has(w) && tokens[k - 1]?.norm === 'and');
    if (!speech) continue;
    for (let j = k - 1; j >= first; j--) if (CLAIM_WORDS.has(tokens[j]?.norm ?? '')) return true;
    return false;
  }
  return false;
}

/**
 * Policy `cas.claimed-figure`: a toll the perpetrators give in their claim yields to one told by
 * anyone else, of the same kind ("killing three soldiers and two civilians, the military said. The
 * BLA claimed the attack and said its fighters had killed 90 soldiers": five, not 90). A claimed
 * figure told alone stays (the gold codes it, with the certainty `claimed`).
 * `claimed(m)` says whether a mention stands in a claimant's speech (`inClaimantSpeech`).
 */
export function dropClaimedFigures<C extends Pick<CasualtyMention, 'kind'>>(
  mentions: readonly C[],
  claimed: (m: C) => boolean,
): C[] {
  const otherKinds = new Set(mentions.filter((m) => !claimed(m)).map((m) => m.kind));
  return mentions.filter((m) => !(claimed(m) && otherKinds.has(m.kind)));
}

/**
 * Attribution and certainty. Who: "according to X", the phrase before a speech verb ("the Afghan
 * Interior Ministry said"), or after an inverted one ("…, said Attaullah Khogyani"); a named
 * speaker is given its canonical name; a news source in the sentence that is not the speaker is
 * `via`. How sure, per trigger: the first cue in the clause governing it (see lexicons/stance.ts);
 * else `reported` when someone is cited, else `confirmed`.
 */
import type { Certainty } from '../../domain/index.js';
import { type AnnotatedDoc, layer, type SentenceStance, type Token, type TokenSpan, type Trigger } from '../annotated.js';
import { phraseAfter, phraseBefore } from '../chunk.js';
import { ATTRIBUTING_VERBS, CERTAINTY_CUES, CLAUSE_BREAKS } from '../lexicons/stance.js';
import { defineStage } from '../stage.js';
import { speakerName } from './speaker.js';

const ADVERBS = /^(later|also|then|earlier|previously|separately|reportedly|have|has|had)$/;

/**
 * The speaker phrase before a speech verb at `verb`: skips adverbs ("officials later said") and an
 * appositive ("The head of US Central Command, General Kenneth McKenzie, said" → the name).
 */
function speakerBefore(tokens: Token[], verb: number, floor: number): TokenSpan | null {
  let end = verb;
  while (end > floor && ADVERBS.test(tokens[end - 1]?.norm ?? '')) end--;
  if (tokens[end - 1]?.norm === ',') end--;
  return phraseBefore(tokens, end, floor);
}

/** Does the cue phrase `words` end at token index `end` (exclusive)? */
const endsAt = (tokens: Token[], words: string[], end: number) =>
  words.every((w, k) => w === '*' || tokens[end - words.length + k]?.norm === w);

/** The certainty of one trigger, from the cues of the clause before it. */
export function triggerCertainty(
  tokens: Token[],
  tr: Trigger,
  clauseStart: number,
  blocked: Set<number>,
): { certainty: Certainty; rule: string } | null {
  let start = tr.from;
  while (start > clauseStart && !CLAUSE_BREAKS.has(tokens[start - 1]?.norm ?? '')) start--;
  for (const cue of CERTAINTY_CUES)
    for (const phrase of cue.phrases) {
      const words = phrase.split(' ');
      const lowest = Math.max(start + words.length, tr.from - cue.reach);
      for (let end = tr.from; end >= lowest; end--)
        if (!blocked.has(end - 1) && endsAt(tokens, words, end)) return { certainty: cue.certainty, rule: cue.id };
    }
  return null;
}

export function stanceOf(doc: AnnotatedDoc, sentenceIndex: number, triggers: Trigger[] = []): SentenceStance {
  const tokens = layer(doc, 'tokens');
  const s = layer(doc, 'sentences')[sentenceIndex];
  const rules: string[] = [];
  const none = { sentence: sentenceIndex, source: null, via: null, certainty: 'confirmed' as const, rules, byTrigger: {} };
  if (!s) return none;
  const outlets = layer(doc, 'sources').filter((m) => m.sentence === sentenceIndex);
  let speaker: { text: string; rule: string } | null = null;
  const firstTrigger = triggers[0]?.from ?? s.endToken;
  for (let i = s.firstToken; i < s.endToken && !speaker; i++) {
    const w = tokens[i]?.norm ?? '';
    if (w === 'according' && tokens[i + 1]?.norm === 'to') {
      const span = phraseAfter(tokens, i + 2, s.endToken);
      if (span) speaker = { text: speakerName(doc, span), rule: 'attr.according-to' };
    } else if (ATTRIBUTING_VERBS.has(w)) {
      const found = speakerBefore(tokens, i, s.firstToken);
      // after the event, only a closing ", X said" attributes it ("…, and the Taliban confirmed" does not)
      const closing = found && (found.from === s.firstToken || tokens[found.from - 1]?.norm === ',');
      if (found && (i < firstTrigger || closing)) speaker = { text: speakerName(doc, found), rule: 'attr.speaker' };
      else if (!found && tokens[i - 1]?.norm === ',' && i > firstTrigger) {
        const inverted = phraseAfter(tokens, i + 1, s.endToken);
        if (inverted) speaker = { text: speakerName(doc, inverted), rule: 'attr.speaker.inverted' };
      }
    }
  }
  if (speaker && !speaker.text) speaker = null;
  if (speaker) rules.push(speaker.rule);
  const outlet = outlets[0]?.source.name ?? null;
  const sameAsOutlet = speaker && outlet && speaker.text.toLowerCase().includes(outlet.toLowerCase());
  const source = sameAsOutlet || !speaker ? outlet : speaker.text;
  const via = outlets.find((o) => o.source.name !== source)?.source.name ?? null;
  if (outlet) rules.push('attr.outlet');
  const cited: Certainty = source ? 'reported' : 'confirmed';
  const blocked = new Set<number>();
  for (const d of layer(doc, 'dates')) if (d.sentence === sentenceIndex) for (let i = d.from; i < d.to; i++) blocked.add(i);
  const byTrigger: SentenceStance['byTrigger'] = {};
  for (const tr of triggers) {
    const cue = triggerCertainty(tokens, tr, s.firstToken, blocked);
    byTrigger[tr.id] = cue ?? { certainty: cited, rule: source ? 'cert.reported' : null };
  }
  const first = triggers[0] ? byTrigger[triggers[0].id] : undefined;
  if (first?.rule) rules.push(first.rule);
  return { sentence: sentenceIndex, source, via, certainty: first?.certainty ?? cited, rules, byTrigger };
}

export const stancesStage = defineStage({
  id: 'stances',
  requires: ['sentences', 'tokens', 'sources', 'triggers', 'names', 'dates'],
  assigns: ['stances'],
  run: (doc) => {
    // only sentences that tell an event need a stance
    const bySentence = new Map<number, Trigger[]>();
    for (const t of layer(doc, 'triggers')) bySentence.set(t.sentence, [...(bySentence.get(t.sentence) ?? []), t]);
    const stances = [...bySentence].map(([i, triggers]) => stanceOf(doc, i, triggers));
    return { layers: { stances } };
  },
});

/**
 * Attribution and certainty per sentence. Who: "according to X", a known news source in the
 * sentence, or the phrase before a speech verb ("the group claimed"); when a speaker and an
 * outlet both appear, the outlet is `via`. How sure: the first certainty cue that matches
 * (denied, hypothetical, claimed, alleged, reported), else confirmed.
 */
import { type AnnotatedDoc, layer, type SentenceStance } from '../annotated.js';
import { phraseAfter, phraseBefore } from '../chunk.js';
import { CERTAINTY_CUES, SPEECH_VERBS } from '../lexicons/stance.js';
import { defineStage } from '../stage.js';

const words = (doc: AnnotatedDoc, from: number, to: number) => {
  const tokens = layer(doc, 'tokens');
  return doc.text.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0);
};

export function stanceOf(doc: AnnotatedDoc, sentenceIndex: number): SentenceStance {
  const tokens = layer(doc, 'tokens');
  const s = layer(doc, 'sentences')[sentenceIndex];
  const rules: string[] = [];
  if (!s) return { sentence: sentenceIndex, source: null, via: null, certainty: 'confirmed', rules };
  const lower = doc.clean.slice(s.start, s.end).toLowerCase();
  const cue = CERTAINTY_CUES.find((c) => c.pattern.test(lower));
  if (cue) rules.push(cue.id);
  const outlet = layer(doc, 'sources').find((m) => m.sentence === sentenceIndex)?.source.name ?? null;
  let speaker: string | null = null;
  for (let i = s.firstToken; i < s.endToken; i++) {
    const w = tokens[i]?.norm ?? '';
    if (w === 'according' && tokens[i + 1]?.norm === 'to') {
      const span = phraseAfter(tokens, i + 2, s.endToken);
      if (span) {
        speaker = words(doc, span.from, span.to).replace(/^(the|a|an)\s+/i, '');
        rules.push('attr.according-to');
        break;
      }
    }
    if (SPEECH_VERBS.has(w) && w !== 'according') {
      const span = phraseBefore(tokens, i, s.firstToken);
      if (span && span.to - span.from <= 6) {
        speaker = words(doc, span.from, span.to).replace(/^(the|a|an)\s+/i, '');
        rules.push('attr.speaker');
        break;
      }
    }
  }
  const sameAsOutlet = speaker && outlet && speaker.toLowerCase().includes(outlet.toLowerCase());
  const source = sameAsOutlet || !speaker ? outlet : speaker;
  const via = source !== outlet ? outlet : null;
  if (outlet) rules.push('attr.outlet');
  return { sentence: sentenceIndex, source, via, certainty: cue?.certainty ?? 'confirmed', rules };
}

export const stancesStage = defineStage({
  id: 'stances',
  requires: ['sentences', 'tokens', 'sources', 'triggers'],
  assigns: ['stances'],
  run: (doc) => {
    // only sentences that tell an event need a stance
    const wanted = new Set(layer(doc, 'triggers').map((t) => t.sentence));
    const stances = [...wanted].map((i) => stanceOf(doc, i));
    return { layers: { stances } };
  },
});

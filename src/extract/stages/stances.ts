/**
 * Attribution and certainty. Who: "according to X", the phrase before a speech verb ("the Afghan
 * Interior Ministry said"), or after an inverted one ("…, said Attaullah Khogyani"); a named
 * speaker is given its canonical name; a news source in the sentence that is not the speaker is
 * `via`. How sure, per trigger: the first cue in the clause governing it (see lexicons/stance.ts);
 * else `reported` when someone is cited, else `confirmed`.
 */
import type { Certainty } from '../../domain/index.js';
import {
  type AnnotatedDoc,
  groupBy,
  inSentence,
  layer,
  type SentenceStance,
  type Token,
  type TokenSpan,
  type Trigger,
} from '../annotated.js';
import { phraseAfter, phraseBefore } from '../chunk.js';
import { ATTRIBUTING_VERBS, CERTAINTY_CUES, CLAIMED_FACT, CLAUSE_BREAKS } from '../lexicons/stance.js';
import { defineStage } from '../stage.js';
import { speakerName, speakerOverPlace, speakerOverRelative } from './speaker.js';

const ADVERBS = /^(later|also|then|earlier|previously|separately|reportedly|have|has|had)$/;

/**
 * The speaker phrase before a speech verb at `verb`: skips adverbs ("officials later said") and an
 * appositive ("The head of US Central Command, General Kenneth McKenzie, said" → the name).
 */
function speakerBefore(doc: AnnotatedDoc, tokens: Token[], verb: number, floor: number): TokenSpan | null {
  let end = verb;
  while (end > floor && ADVERBS.test(tokens[end - 1]?.norm ?? '')) end--;
  if (tokens[end - 1]?.norm === ',') end--;
  const found = phraseBefore(tokens, end, floor);
  if (!found) return null;
  return speakerOverRelative(tokens, found, floor) ?? speakerOverPlace(doc, tokens, found, floor) ?? found;
}

/**
 * Rule `attr.speaker.of-phrase`: "…, officials at the city's Lady Reading Hospital said": the chunker
 * stops at "at" or "'s"; a closing speaker is the whole phrase back to the comma when no clause
 * break or conjunction stands between (at most eight tokens).
 */
function closingSpeaker(tokens: Token[], found: TokenSpan, floor: number): TokenSpan | null {
  if (tokens[found.from - 1]?.norm === ',') return null;
  for (let k = found.from - 1; k >= Math.max(floor, found.from - 8); k--) {
    const w = tokens[k]?.norm ?? '';
    if (w === ',') return { from: k + 1, to: found.to };
    // rule `attr.speaker.conjoined`: "…, police and hospital officials said": two speakers joined by
    // "and" right before the phrase, back to the comma, are one closing speaker
    if (w === 'and' && k === found.from - 1 && conjoinedSpeaker(tokens, k, floor)) continue;
    if (CLAUSE_BREAKS.has(w) || /^(and|but|that|which|who|when|after|while)$/.test(w)) return null;
  }
  return null;
}

/** Heads of a speaker that "and" may join to the one after it ("police and hospital officials"). */
const CONJOINED_SPEAKERS = new Set(
  'police officials ministry army military witnesses residents doctors hospital officers'.split(' '),
);
/** Whether the one to three words between a comma and the "and" at `and` name a speaker. */
function conjoinedSpeaker(tokens: Token[], and: number, floor: number): boolean {
  for (let k = and - 1; k >= Math.max(floor, and - 3); k--)
    if (tokens[k - 1]?.norm === ',') return CONJOINED_SPEAKERS.has(tokens[and - 1]?.norm ?? '');
  return false;
}

/**
 * Rule `attr.citing`: "…, the Tasnim news agency reported, citing the provincial judiciary": the
 * body cited is the source, and whoever reported it is the way it came (`via`).
 */
function citedSpeaker(tokens: Token[], first: number, end: number): TokenSpan | null {
  for (let i = first + 1; i < end - 1; i++)
    if (tokens[i]?.norm === 'citing' && tokens[i - 1]?.norm === ',' && ATTRIBUTING_VERBS.has(tokens[i - 2]?.norm ?? ''))
      return phraseAfter(tokens, i + 1, end);
  return null;
}

/** ", X said." at the very end of a sentence: the speaker span and the verb's index. */
function closingSpeech(
  doc: AnnotatedDoc,
  tokens: Token[],
  first: number,
  end: number,
): { span: TokenSpan; verb: number } | null {
  let v = end - 1;
  while (v > first && /^[.!?"'”’)]$/.test(tokens[v]?.norm ?? '')) v--;
  if (!ATTRIBUTING_VERBS.has(tokens[v]?.norm ?? '')) return null;
  const found = speakerBefore(doc, tokens, v, first);
  if (!found) return null;
  const span = closingSpeaker(tokens, found, first) ?? found;
  return tokens[span.from - 1]?.norm === ',' ? { span, verb: v } : null;
}

/** Does the cue phrase `words` end at token index `end` (exclusive)? Compared from its last word, which rules most positions out. */
const endsAt = (tokens: Token[], words: readonly string[], end: number) => {
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k];
    if (w !== '*' && tokens[end - words.length + k]?.norm !== w) return false;
  }
  return true;
};

/** Each cue phrase, split into words, under its last word (`*` for any), with the index of its cue. */
const PHRASES_BY_LAST_WORD = groupBy(
  CERTAINTY_CUES.flatMap((cue, index) => cue.phrases.map((p) => ({ index, words: p.split(' ') }))),
  (p) => p.words[p.words.length - 1] ?? '',
);
const ANY_LAST_WORD = PHRASES_BY_LAST_WORD.get('*') ?? [];
/** The longest reach of a cue that may also follow its trigger. */
const FOLLOWING_REACH = Math.max(0, ...CERTAINTY_CUES.map((c) => c.reach).filter(Number.isFinite));

/**
 * The certainty of one trigger, from the cues of the clause before it: the first cue, in the
 * lexicon's order, with a phrase ending at a position it may end at. Each position is looked at
 * once, for the phrases that end in its word.
 */
export function triggerCertainty(
  tokens: Token[],
  tr: Trigger,
  clauseStart: number,
  blocked: Set<number>,
): { certainty: Certainty; rule: string } | null {
  let start = tr.from;
  while (start > clauseStart && !CLAUSE_BREAKS.has(tokens[start - 1]?.norm ?? '')) start--;
  let best = CERTAINTY_CUES.length;
  const consider = (end: number, before: boolean) => {
    const found = PHRASES_BY_LAST_WORD.get(tokens[end - 1]?.norm ?? '');
    for (const { index, words } of found ? [...found, ...ANY_LAST_WORD] : ANY_LAST_WORD) {
      if (index >= best) continue;
      const reach = CERTAINTY_CUES[index]?.reach ?? 0;
      const allowed = before
        ? end >= Math.max(start + words.length, tr.from - reach) && !blocked.has(end - 1)
        : Number.isFinite(reach) && end >= tr.to + words.length && end <= tr.to + reach;
      if (allowed && endsAt(tokens, words, end)) best = index;
    }
  };
  for (let end = tr.from; end > start; end--) consider(end, true);
  for (let end = tr.to + 1; end <= tr.to + FOLLOWING_REACH; end++) consider(end, false);
  const cue = CERTAINTY_CUES[best];
  return cue ? { certainty: cue.certainty, rule: cue.id } : null;
}

/** How long an appositive between a name and its speech verb may be: "JNIM, al Qaeda's affiliate in the Sahel, said". */
const APPOSITIVE_SPAN = 12;

export function stanceOf(
  doc: AnnotatedDoc,
  sentenceIndex: number,
  triggers: Trigger[] = [],
  dateTokens?: Set<number>,
): SentenceStance {
  const tokens = layer(doc, 'tokens');
  const s = layer(doc, 'sentences')[sentenceIndex];
  const rules: string[] = [];
  const none = {
    sentence: sentenceIndex,
    source: null,
    via: null,
    certainty: 'confirmed' as const,
    rules,
    byTrigger: {},
  };
  if (!s) return none;
  const outlets = inSentence(layer(doc, 'sources'), sentenceIndex);
  let speaker: { text: string; rule: string } | null = null;
  const firstTrigger = triggers[0]?.from ?? s.endToken;
  const people = inSentence(layer(doc, 'names'), sentenceIndex).filter((n) => n.actor.kind === 'person');
  const personBefore = (from: number) =>
    people.find((n) => n.to < from && n.to >= from - 8 && tokens[n.to]?.norm === ',') ?? null;
  // rule `attr.speaker.described`: "JNIM, al Qaeda's affiliate in the Sahel, said …", "Al-Shabaab,
  // which is linked to al Qaeda, said …": the name the sentence opens with speaks, not the name in
  // the appositive or relative clause that describes it (up to APPOSITIVE_SPAN tokens)
  const names = inSentence(layer(doc, 'names'), sentenceIndex);
  const describedOpening = (from: number, verb: number) => {
    let start = s.firstToken;
    if (tokens[start]?.norm === 'the') start++;
    const host = names.find((n) => n.from === start);
    if (!host || host.to >= from || verb - host.to > APPOSITIVE_SPAN) return null;
    // ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM), …": past the bracketed short name)
    let end = host.to;
    if (tokens[end]?.norm === '(') while (end < verb && tokens[end - 1]?.norm !== ')') end++;
    return tokens[end]?.norm === ',' ? { from: host.from, to: host.to } : null;
  };
  // the speaker named by a span, under the rule that found it (and the one that named it, if any)
  const said = (span: TokenSpan, rule: string) => {
    const named = speakerName(doc, span);
    return { text: named.text, rule: named.rule ? `${rule}+${named.rule}` : rule };
  };
  for (let i = s.firstToken; i < s.endToken && !speaker; i++) {
    const w = tokens[i]?.norm ?? '';
    if (w === 'according' && tokens[i + 1]?.norm === 'to') {
      const span = phraseAfter(tokens, i + 2, s.endToken);
      if (span) speaker = said(span, 'attr.according-to');
    } else if (ATTRIBUTING_VERBS.has(w) || (w === 'claimed' && CLAIMED_FACT.has(tokens[i + 1]?.norm ?? ''))) {
      let found = speakerBefore(doc, tokens, i, s.firstToken);
      // "Attaullah Khogyani, spokesman for the governor, said": the person before the appositive speaks
      const person =
        found && tokens[i - 1]?.norm === ',' ? (personBefore(found.from) ?? describedOpening(found.from, i)) : null;
      if (person) found = person;
      // "…, officials at the city's Lady Reading Hospital said": the speaker runs back to the comma
      if (found && i > firstTrigger) found = closingSpeaker(tokens, found, s.firstToken) ?? found;
      // after the event, only a closing ", X said" attributes it ("…, and the Taliban confirmed" does not)
      const closing = found && (found.from === s.firstToken || tokens[found.from - 1]?.norm === ',');
      if (found && (i < firstTrigger || closing)) speaker = said(found, 'attr.speaker');
      else if (!found && tokens[i - 1]?.norm === ',' && i > firstTrigger) {
        const inverted = phraseAfter(tokens, i + 1, s.endToken);
        if (inverted) speaker = said(inverted, 'attr.speaker.inverted');
      }
    }
  }
  // rule `attr.speaker.closing`: "The imam said a blast killed four, Taliban spokesman Zabihullah
  // Mujahid said.": the speaker who closes the sentence tells all of it
  const closing = closingSpeech(doc, tokens, s.firstToken, s.endToken);
  if (closing && closing.verb > firstTrigger) {
    const closer = said(closing.span, 'attr.speaker.closing');
    if (closer.text) speaker = closer;
  }
  if (speaker && !speaker.text) speaker = null;
  const citedSpan = speaker ? citedSpeaker(tokens, s.firstToken, s.endToken) : null;
  const citedBody = citedSpan ? said(citedSpan, 'attr.citing') : null;
  const reporter = citedBody?.text ? speaker : null;
  if (citedBody?.text) speaker = citedBody;
  if (speaker) rules.push(speaker.rule);
  const outlet = outlets[0]?.source.name ?? null;
  const sameAsOutlet = speaker && outlet && speaker.text.toLowerCase().includes(outlet.toLowerCase());
  const source = sameAsOutlet || !speaker ? outlet : speaker.text;
  const via = outlets.find((o) => o.source.name !== source)?.source.name ?? reporter?.text ?? null;
  if (outlet) rules.push('attr.outlet');
  const cited: Certainty = source ? 'reported' : 'confirmed';
  const blocked = dateTokens ?? datedTokens(doc);
  const byTrigger: SentenceStance['byTrigger'] = {};
  for (const tr of triggers) {
    const cue = triggerCertainty(tokens, tr, s.firstToken, blocked);
    byTrigger[tr.id] = cue ?? { certainty: cited, rule: source ? 'cert.reported' : null };
  }
  const first = triggers[0] ? byTrigger[triggers[0].id] : undefined;
  if (first?.rule) rules.push(first.rule);
  return { sentence: sentenceIndex, source, via, certainty: first?.certainty ?? cited, rules, byTrigger };
}

/** Tokens inside date mentions ("On May 12": "may" is no modal verb). */
const datedTokens = (doc: AnnotatedDoc) => {
  const out = new Set<number>();
  for (const d of layer(doc, 'dates')) for (let i = d.from; i < d.to; i++) out.add(i);
  return out;
};

export const stancesStage = defineStage({
  id: 'stances',
  requires: ['sentences', 'tokens', 'sources', 'triggers', 'names', 'dates', 'places'],
  assigns: ['stances'],
  run: (doc) => {
    // only sentences that tell an event need a stance
    const bySentence = groupBy(layer(doc, 'triggers'), (t) => t.sentence);
    const dated = datedTokens(doc);
    const stances = [...bySentence].map(([i, triggers]) => stanceOf(doc, i, triggers, dated));
    return { layers: { stances } };
  },
});

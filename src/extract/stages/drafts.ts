/**
 * Event drafts: the triggers of one sentence grouped by event class (the strongest trigger names
 * the type), then drafts that tell the same event merged across sentences (policy `shouldMerge`).
 */
import type { EventTypeCode } from '../../domain/index.js';
import { type AnnotatedDoc, layer, type Trigger } from '../annotated.js';
import { TRIGGERS } from '../lexicons/triggers.js';
import { shouldMerge } from '../policies/merge-events.js';

export interface Draft {
  type: EventTypeCode;
  sentences: number[];
  triggers: Trigger[];
  rules: string[];
}

const STRENGTH = new Map(TRIGGERS.map((t) => [t.id, t.strength]));
const strength = (t: Trigger) => STRENGTH.get(t.rule) ?? 0;
export const classOf = (type: string) => type.split('.')[0] ?? type;

const strongest = (triggers: Trigger[]): Trigger | undefined =>
  triggers.reduce<Trigger | undefined>((best, t) => (!best || strength(t) > strength(best) ? t : best), undefined);

/** A sentence's events: "total over six attacks" sentences become aggregates. */
const AGGREGATE = /\b(in|during|across|over)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|several|multiple)\s+(separate\s+)?(attacks|bombings|operations|incidents|raids|strikes)\b|\b(so far this year|since the start of|over the past|in the past)\b/i;

export function buildDrafts(doc: AnnotatedDoc): Draft[] {
  const bySentence = new Map<number, Trigger[]>();
  for (const t of layer(doc, 'triggers')) bySentence.set(t.sentence, [...(bySentence.get(t.sentence) ?? []), t]);
  const drafts: Draft[] = [];
  for (const [sentence, triggers] of bySentence) {
    const s = layer(doc, 'sentences')[sentence];
    const hasCasualty = layer(doc, 'casualties').some((c) => c.sentence === sentence);
    if (s && hasCasualty && AGGREGATE.test(doc.clean.slice(s.start, s.end))) {
      drafts.push({ type: 'statement.aggregate', sentences: [sentence], triggers, rules: ['agg.count-over-incidents'] });
      continue;
    }
    const classes = new Map<string, Trigger[]>();
    for (const t of triggers) classes.set(classOf(t.type), [...(classes.get(classOf(t.type)) ?? []), t]);
    for (const group of classes.values()) {
      const top = strongest(group);
      if (top) drafts.push({ type: top.type, sentences: [sentence], triggers: group, rules: [] });
    }
  }
  return mergeDrafts(doc, drafts);
}

function view(doc: AnnotatedDoc, d: Draft) {
  const ids = new Set(d.triggers.map((t) => t.id));
  const sentences = new Set(d.sentences);
  return {
    eventClass: d.type === 'statement.aggregate' ? 'aggregate' : classOf(d.type),
    firstSentence: Math.min(...d.sentences),
    lastSentence: Math.max(...d.sentences),
    namedActors: layer(doc, 'arguments')
      .filter((a) => ids.has(a.trigger) && a.actor)
      .map((a) => a.actor?.id ?? ''),
    places: layer(doc, 'places')
      .filter((p) => sentences.has(p.sentence) && p.place.kind === 'city')
      .map((p) => p.place.id),
  };
}

function mergeDrafts(doc: AnnotatedDoc, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const target = out.findLast((o) => shouldMerge(view(doc, o), view(doc, d)));
    if (!target) {
      out.push(d);
      continue;
    }
    const triggers = [...target.triggers, ...d.triggers];
    if (target.type !== 'statement.aggregate') target.type = strongest(triggers)?.type ?? target.type;
    target.triggers = triggers;
    target.sentences = [...new Set([...target.sentences, ...d.sentences])];
    target.rules = [...target.rules, 'merge.v1'];
  }
  return out;
}

/**
 * Rule `attr.speaker-name`: the words that name who speaks, trimmed — a person or a news source
 * in them gives its canonical name ("Khogyani" → "Attaullah Khogyani"); otherwise the phrase loses
 * its determiner and time words ("the provincial officials" → "provincial officials").
 */
import { type AnnotatedDoc, inSentence, layer, type TokenSpan } from '../annotated.js';

const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'group', 'the group']);

/** `speakerName(doc, span)` → "National Directorate of Security", "officials", or "" for a pronoun. */
export function speakerName(doc: AnnotatedDoc, whole: TokenSpan): string {
  // rule `attr.speaker-undated`: "On April 4 the NDS announced": the date is no part of the speaker
  const tokens = layer(doc, 'tokens');
  // a speaker is a phrase within one sentence: only that sentence's mentions are looked at
  const sentence = tokens[whole.from]?.sentence ?? -1;
  const date = inSentence(layer(doc, 'dates'), sentence).find(
    (d) => d.from <= whole.from && d.to > whole.from && d.to < whole.to,
  );
  const span = date ? { from: date.to, to: whole.to } : whole;
  const inside = <T extends TokenSpan & { sentence: number }>(items: T[]) =>
    inSentence(items, sentence).filter((m) => m.from >= span.from && m.to <= span.to);
  const source = inside(layer(doc, 'sources'))[0];
  const name = inside(layer(doc, 'names'));
  const person = name.find((n) => n.actor.kind === 'person');
  if (person) return person.actor.name;
  const text = doc.text
    .slice(tokens[span.from]?.start ?? 0, tokens[span.to - 1]?.end ?? 0)
    .replace(/^(the|a|an|later|also|then|and)\s+/i, '')
    .replace(/\s+(later|also|then|on|in)$/i, '');
  // organisations stay as written: the KB's canonical name may belong to another era
  // ("the Afghan Interior Ministry" of 2020 is not the Taliban's ministry)
  if (source && !name.length) return source.source.name;
  return PRONOUNS.has(text.toLowerCase()) ? '' : text;
}

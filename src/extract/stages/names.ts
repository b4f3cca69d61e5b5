/**
 * Named actors and news sources from the knowledge base, plus aliases the text teaches:
 * "X, alias Y", "X, also known as Y", "X (Y)". A name taught this way that the KB lacks becomes
 * a document-local actor (a person when a title precedes it or the pattern is "alias").
 */
import {
  type AnnotatedDoc,
  groupBy,
  type LearnedAlias,
  layer,
  type NameMention,
  type SourceMention,
  type Token,
} from '../annotated.js';
import type { ActorEntry } from '../knowledge-port.js';
import { NAME_PARTICLES } from '../lexicons/person-cues.js';
import { STOPWORDS } from '../lexicons/stopwords.js';
import { TITLES } from '../lexicons/titles.js';
import { isPossessive, matchNgrams, possessiveStarts, withoutPossessive } from '../ngrams.js';
import { defineStage } from '../stage.js';
import { findPersons, isMixedCase, personEntry } from './persons.js';

const ALIAS_CUES: readonly (readonly string[])[] = [
  ['alias'],
  ['also', 'known', 'as'],
  ['aka'],
  ['a.k.a'],
  ['nicknamed'],
  ['known', 'as'],
];
/** The cues by their first word, in the order above: most tokens start none. */
const ALIAS_CUES_BY_FIRST = groupBy(ALIAS_CUES, (c) => c[0] ?? '');
/** In mixed-case text a name word must be capitalised ("arrested Abdullah Orakzai": not "arrested"). */
type IsNameWord = (t: Token | undefined) => boolean;
const nameWordTest =
  (doc: AnnotatedDoc, mixedCase: boolean): IsNameWord =>
  (t) =>
    !!t &&
    /^\p{L}[\p{L}'-]*$/u.test(t.norm) &&
    !STOPWORDS.has(t.norm) &&
    !TITLES.has(t.norm) &&
    (!mixedCase ||
      /^(\p{Lu}|(al|ul|ud|bin|ibn|abu)-\p{Lu})/u.test(doc.text.slice(t.start, t.end)) ||
      NAME_PARTICLES.has(t.norm));

/** Name words running left from `end` (exclusive), at most four. */
function nameLeft(tokens: Token[], end: number, floor: number, isNameWord: IsNameWord): number {
  let i = end;
  while (i > floor && end - i < 4 && isNameWord(tokens[i - 1])) i--;
  return i;
}
function nameRight(tokens: Token[], start: number, ceil: number, isNameWord: IsNameWord): number {
  let i = start;
  while (i < ceil && i - start < 4 && isNameWord(tokens[i])) i++;
  return i;
}

function learnAliases(doc: AnnotatedDoc, tokens: Token[], known: NameMention[]) {
  const aliases: LearnedAlias[] = [];
  const learned: NameMention[] = [];
  const isNameWord = nameWordTest(doc, isMixedCase(doc.text));
  const text = (a: number, b: number) => doc.text.slice(tokens[a]?.start ?? 0, tokens[b - 1]?.end ?? 0);
  for (const s of layer(doc, 'sentences')) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      const cue = ALIAS_CUES_BY_FIRST.get(tokens[i]?.norm ?? '')?.find((c) =>
        c.every((w, k) => tokens[i + k]?.norm === w),
      );
      if (!cue) continue;
      const nameEnd = tokens[i - 1]?.norm === ',' ? i - 1 : i;
      const nameStart = nameLeft(tokens, nameEnd, s.firstToken, isNameWord);
      const aliasStart = i + cue.length;
      const aliasEnd = nameRight(tokens, aliasStart, s.endToken, isNameWord);
      if (nameStart >= nameEnd || aliasStart >= aliasEnd) continue;
      const name = text(nameStart, nameEnd);
      const alias = text(aliasStart, aliasEnd);
      const rule = `alias.${cue.join('-')}`;
      aliases.push({ name, alias, rule });
      const inKb = known.find((m) => m.from <= nameStart && m.to >= nameEnd);
      if (inKb) {
        inKb.actor = { ...inKb.actor, aliases: [...inKb.actor.aliases, alias] };
        continue;
      }
      const actor: ActorEntry = personEntry(name, [alias]);
      learned.push({ sentence: s.index, from: nameStart, to: nameEnd, actor, rule });
      learned.push({ sentence: s.index, from: aliasStart, to: aliasEnd, actor, rule });
    }
  }
  return { aliases, learned };
}

export const namesStage = defineStage({
  id: 'names',
  requires: ['sentences', 'tokens', 'places'],
  assigns: ['names', 'sources', 'aliases'],
  run: (doc, { knowledge }) => {
    const tokens = layer(doc, 'tokens');
    const sentences = layer(doc, 'sentences');
    const norm = knowledge.normalizeName;
    const { actors, sources: sourceKb } = knowledge;
    const names: NameMention[] = matchNgrams(
      doc,
      tokens,
      sentences,
      actors.maxWords,
      norm,
      (k, _from, to) =>
        actors.lookup(k) ?? (isPossessive(tokens[to - 1]) ? actors.lookup(withoutPossessive(k)) : undefined),
      actors.startsKey && possessiveStarts(actors),
    ).map((h) => ({
      sentence: h.sentence,
      from: h.from,
      to: h.to,
      actor: { ...h.value },
      rule: actors.lookup(h.key) ? 'name.kb' : 'name.kb+name.possessive',
    }));
    // "Islamic State Khorasan Province (ISKP)": the bracketed form is an alias of the name before it.
    for (const m of names) {
      const open = tokens[m.to];
      const close = tokens[m.to + 2];
      const inner = tokens[m.to + 1];
      if (
        open?.norm === '(' &&
        close?.norm === ')' &&
        inner &&
        !m.actor.aliases.includes(doc.text.slice(inner.start, inner.end))
      )
        m.actor.aliases = [...m.actor.aliases, doc.text.slice(inner.start, inner.end)];
    }
    const sources: SourceMention[] = matchNgrams(
      doc,
      tokens,
      sentences,
      sourceKb.maxWords,
      norm,
      (k) => sourceKb.lookup(k),
      sourceKb.startsKey,
    ).map((h) => ({ sentence: h.sentence, from: h.from, to: h.to, source: h.value }));
    const { aliases, learned } = learnAliases(doc, tokens, names);
    const taken = new Set<number>();
    const mark = (m: { from: number; to: number }) => {
      for (let i = m.from; i < m.to; i++) taken.add(i);
    };
    for (const m of [...names, ...learned, ...sources, ...layer(doc, 'places')]) mark(m);
    const taught = [...new Set(learned.map((l) => l.actor))];
    const persons = findPersons(doc, tokens, sentences, taken, taught);
    const all = [...names, ...learned, ...persons].sort((a, b) => a.from - b.from);
    return { layers: { names: all, sources, aliases } };
  },
});

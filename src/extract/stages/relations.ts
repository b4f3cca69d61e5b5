/**
 * Relations between named actors that a sentence states: "ISKP leader Abdullah Orakzai",
 * "Aslam Farooqi, the emir of ISKP", "Qari Zahid, a senior TTP commander", "Jamaat-ul-Ahrar, a
 * faction of the TTP". Both ends must be named mentions (the names layer); the relation keeps its
 * sentence as evidence. Actors only named in a relation join the document's entities.
 */
import type { ExtractedEntity, ExtractedRelation } from '../../domain/index.js';
import { type AnnotatedDoc, layer, type NameMention, type Token } from '../annotated.js';
import type { ActorEntry } from '../knowledge-port.js';
import {
  FACTION_NOUNS,
  RANK_WORDS,
  type RelationCue,
  ROLE_NOUNS,
  SUBORDINATE_WORDS,
} from '../lexicons/relation-cues.js';
import { defineStage } from '../stage.js';

const ARTICLES = new Set(['a', 'an', 'the', 'its', 'their']);
const plural = (w: string) => w.replace(/(?<=[^s])s$/, '').replace(/ies$/, 'y');

/** The cue at token i (a role noun, allowing a plural), or null. */
function cueAt(tokens: Token[], i: number, cues: readonly RelationCue[]): RelationCue | null {
  const norm = tokens[i]?.norm ?? '';
  return cues.find((c) => c.words[0] === norm || c.words[0] === plural(norm)) ?? null;
}

/** Skips articles and rank words from i forwards; says whether a subordinate rank was seen. */
function skipModifiers(tokens: Token[], i: number, end: number): { at: number; subordinate: boolean } {
  let subordinate = false;
  while (
    i < end &&
    (ARTICLES.has(tokens[i]?.norm ?? '') ||
      RANK_WORDS.has(tokens[i]?.norm ?? '') ||
      SUBORDINATE_WORDS.has(tokens[i]?.norm ?? ''))
  ) {
    if (SUBORDINATE_WORDS.has(tokens[i]?.norm ?? '')) subordinate = true;
    i++;
  }
  return { at: i, subordinate };
}

interface Found {
  subject: NameMention;
  object: NameMention;
  cue: RelationCue;
  subordinate: boolean;
  pattern: string;
}

/** Relations in one sentence's named mentions (sorted by position). */
function relationsIn(tokens: Token[], names: NameMention[], end: number): Found[] {
  const found: Found[] = [];
  const startingAt = new Map(names.map((n) => [n.from, n]));
  for (const a of names) {
    // "ORG [rank] NOUN PERSON": ISKP leader Abdullah Orakzai
    if (a.actor.kind === 'organization') {
      const { at, subordinate } = skipModifiers(tokens, a.to, end);
      const c = cueAt(tokens, at, ROLE_NOUNS);
      const person = c && startingAt.get(at + 1);
      if (c && person && person.actor.kind === 'person')
        found.push({ subject: person, object: a, cue: c, subordinate, pattern: 'org-noun-person' });
    }
    // "X, [the|a] [rank] NOUN of ORG" and "X, [a] [rank] ORG NOUN"
    if (tokens[a.to]?.norm !== ',') continue;
    const { at, subordinate } = skipModifiers(tokens, a.to + 1, end);
    const cues = a.actor.kind === 'person' ? ROLE_NOUNS : FACTION_NOUNS;
    const c = cueAt(tokens, at, cues);
    const after = c && tokens[at + 1]?.norm === 'of' ? skipModifiers(tokens, at + 2, end).at : -1;
    const ofOrg = after >= 0 ? startingAt.get(after) : undefined;
    if (c && ofOrg?.actor.kind === 'organization') {
      found.push({ subject: a, object: ofOrg, cue: c, subordinate, pattern: 'appositive-of' });
      continue;
    }
    const org = startingAt.get(at);
    const c2 = org?.actor.kind === 'organization' ? cueAt(tokens, org.to, cues) : null;
    if (org && c2) found.push({ subject: a, object: org, cue: c2, subordinate, pattern: 'appositive-org-noun' });
  }
  return found;
}

const toEntity = (a: ActorEntry): ExtractedEntity => ({
  id: a.id,
  type: a.kind,
  name: a.name,
  aliases: [...new Set(a.aliases)],
  country: a.country,
});

export const relationsStage = defineStage({
  id: 'relations',
  requires: ['sentences', 'tokens', 'names', 'entities'],
  assigns: ['relations', 'relationEntities'],
  run: (doc: AnnotatedDoc) => {
    const tokens = layer(doc, 'tokens');
    const names = [...layer(doc, 'names')].sort((x, y) => x.from - y.from);
    const known = new Set(layer(doc, 'entities').map((e) => e.id));
    const relations: ExtractedRelation[] = [];
    const extra = new Map<string, ExtractedEntity>();
    const seen = new Set<string>();
    for (const s of layer(doc, 'sentences')) {
      const here = names.filter((n) => n.sentence === s.index);
      if (here.length < 2) continue;
      for (const f of relationsIn(tokens, here, s.endToken)) {
        const type = f.cue.type === 'leader_of' && f.subordinate ? 'member_of' : f.cue.type;
        const key = `${type}|${f.subject.actor.id}|${f.object.actor.id}`;
        if (f.subject.actor.id === f.object.actor.id || seen.has(key)) continue;
        seen.add(key);
        relations.push({
          type,
          subject: f.subject.actor.id,
          object: f.object.actor.id,
          evidence: { text: doc.text.slice(s.start, s.end), start: s.start, end: s.end },
          rule: `${f.cue.id}.${f.pattern}`,
        });
        for (const end of [f.subject.actor, f.object.actor]) if (!known.has(end.id)) extra.set(end.id, toEntity(end));
      }
    }
    return { layers: { relations, relationEntities: [...extra.values()] } };
  },
});

/**
 * Role fillers from the learned tagger (model/roles.json, trained on the MUC-4 train split by
 * scripts/train-roles.ts). Only sentences with a trigger, and the sentence before each, are tagged; policy `attachLearned` (in
 * the events stage) gives each filler to an event.
 */
import { readFileSync } from 'node:fs';
import { projectPath } from '../../project-path.js';
import { type LearnedRole, layer, type Trigger } from '../annotated.js';
import { type CompiledTagger, compileTaggerJson, DocumentColumns, tagSentence } from '../model/compiled-tagger.js';
import { triggerContext } from '../model/features.js';
import { type RelevanceModel, relevanceFromJson, relevanceOfTokens } from '../model/relevance.js';
import { labelSpans } from '../model/tagger.js';
import { roleFillerBounds } from '../policies/filler-bounds.js';
import { defineStage } from '../stage.js';

const readModel = (file: string) => JSON.parse(readFileSync(projectPath('src', 'extract', 'model', file), 'utf8'));
let models: { tagger: CompiledTagger; relevance: RelevanceModel } | undefined;
const loadModels = () => {
  models ??= {
    tagger: compileTaggerJson(readModel('roles.json')),
    relevance: relevanceFromJson(readModel('relevance.json')),
  };
  return models;
};

/**
 * The sentences the tagger reads: those with a trigger (→ true) and, when `withNeighbours`, the
 * sentence before each of them (→ false), which the stage tags with a lower bias against "O" (the
 * model's `neighbourPenalty`): a report often names the victim or target first and tells the attack
 * next ("the mayor of X left his office. gunmen shot him …"). Measured on MUC-4 dev / the held-out
 * fifth of train (template F1): trigger sentences only 36.1 / 35.6; with the sentence before 36.9 /
 * 36.3; with the one after 36.2 / 36.6; with both 36.7 / 36.6, but both tag 64% more tokens than
 * trigger sentences alone (the one before: 32%), and this is the engine's hottest stage. Tagging
 * neighbours at the same bias as trigger sentences cost precision (dev 34.0 against 34.3).
 * `taggedSentences([{ sentence: 4 }, { sentence: 4 }], true)` → Map {4 → true, 3 → false}.
 */
export function taggedSentences(triggers: readonly Pick<Trigger, 'sentence'>[], withNeighbours = false) {
  const own = new Set(triggers.map((t) => t.sentence));
  const out = new Map<number, boolean>();
  for (const s of own) {
    out.set(s, true);
    if (withNeighbours && s > 0 && !own.has(s - 1)) out.set(s - 1, false);
  }
  return out;
}

export const learnedRolesStage = defineStage({
  id: 'learned-roles',
  requires: ['sentences', 'tokens', 'triggers', 'names', 'places'],
  assigns: ['learnedRoles'],
  run: (doc) => {
    const tokens = layer(doc, 'tokens');
    const sentences = layer(doc, 'sentences');
    const triggers = layer(doc, 'triggers');
    const { tagger, relevance: r } = loadModels();
    const m = tagger.model;
    const near = taggedSentences(triggers, m.neighbourPenalty !== undefined);
    // no sentence to tag: the document's relevance and token context would go unread
    if (near.size === 0) return { layers: { learnedRoles: [] } };
    const docRelevance = relevanceOfTokens(r, tokens);
    const ctx = triggerContext(
      tokens,
      sentences,
      triggers,
      layer(doc, 'names'),
      layer(doc, 'places'),
      docRelevance,
      false,
      near,
    );
    const columns = new DocumentColumns(tagger, tokens, ctx);
    const learnedRoles: LearnedRole[] = [];
    for (const s of sentences) {
      const own = near.get(s.index);
      if (own === undefined) continue;
      const bias = own ? m.outsideBias : m.outsideBias - (m.neighbourPenalty ?? 0);
      const labels = tagSentence(tagger, columns, s, bias);
      for (const span of labelSpans(labels)) {
        const k = span.from;
        const role = span.role as LearnedRole['role'];
        const words = tokens.slice(s.firstToken + k, s.firstToken + span.to).map((t) => t.norm);
        // policy `filler.bounds` (MUC-4 dev 34.4 → 35.3, train unchanged), victims' titles and possessives
        const bounds = roleFillerBounds(role, words);
        if (!bounds) continue;
        const from = s.firstToken + k + bounds.from;
        const to = s.firstToken + k + bounds.to;
        const mention = doc.text.slice(tokens[from]?.start ?? 0, (tokens[to - 1]?.end ?? 0) - bounds.trimEnd);
        learnedRoles.push({ sentence: s.index, from, to, role, mention });
      }
    }
    return { layers: { learnedRoles } };
  },
});

/**
 * Role fillers from the learned tagger (model/roles.json, trained on the MUC-4 train split by
 * scripts/train-roles.ts). Only sentences with a trigger are tagged; policy `attachLearned` (in
 * the events stage) gives each filler to an event.
 */
import { readFileSync } from 'node:fs';
import { projectPath } from '../../project-path.js';
import { type LearnedRole, layer, type Trigger } from '../annotated.js';
import { tokenFeatureParts, triggerContext } from '../model/features.js';
import { type RelevanceModel, relevanceFromJson, relevanceOfWords } from '../model/relevance.js';
import { fromJson, type TaggerModel, tagNext } from '../model/tagger.js';
import { fillerBounds } from '../policies/filler-bounds.js';
import { defineStage } from '../stage.js';

const readModel = (file: string) => JSON.parse(readFileSync(projectPath('src', 'extract', 'model', file), 'utf8'));
let models: { tagger: TaggerModel; relevance: RelevanceModel } | undefined;
const loadModels = () => {
  models ??= { tagger: fromJson(readModel('roles.json')), relevance: relevanceFromJson(readModel('relevance.json')) };
  return models;
};

/**
 * The sentences the tagger reads: those with a trigger. Far from any trigger fillers are rarely
 * right; tagging the neighbouring sentences too cost precision (MUC-4 dev F1 34.0 against 34.3)
 * and a third of the engine's time. `taggedSentences([{ sentence: 4 }, { sentence: 4 }])` → Set {4}.
 */
export const taggedSentences = (triggers: readonly Pick<Trigger, 'sentence'>[]): Set<number> =>
  new Set(triggers.map((t) => t.sentence));

export const learnedRolesStage = defineStage({
  id: 'learned-roles',
  requires: ['sentences', 'tokens', 'triggers', 'names', 'places'],
  assigns: ['learnedRoles'],
  run: (doc) => {
    const tokens = layer(doc, 'tokens');
    const sentences = layer(doc, 'sentences');
    const triggers = layer(doc, 'triggers');
    const { tagger: m, relevance: r } = loadModels();
    const docRelevance = relevanceOfWords(
      r,
      tokens.map((t) => t.norm),
    );
    const ctx = triggerContext(tokens, sentences, triggers, layer(doc, 'names'), layer(doc, 'places'), docRelevance);
    const near = taggedSentences(triggers);
    const learnedRoles: LearnedRole[] = [];
    const parts: string[] = [];
    for (const s of sentences) {
      if (!near.has(s.index)) continue;
      // labels one token at a time, reusing one feature buffer: this is the engine's hottest loop
      const labels: string[] = [];
      let prev = 'O';
      for (let i = s.firstToken; i < s.endToken; i++) {
        tokenFeatureParts(tokens, i, s, ctx, parts);
        prev = tagNext(m, parts, prev, m.outsideBias);
        labels.push(prev);
      }
      for (let k = 0; k < labels.length; k++) {
        const label = labels[k] ?? 'O';
        if (!label.startsWith('B-')) continue;
        let end = k + 1;
        while (labels[end] === `I-${label.slice(2)}`) end++;
        const role = label.slice(2) as LearnedRole['role'];
        const words = tokens.slice(s.firstToken + k, s.firstToken + end).map((t) => t.norm);
        // policy `filler.bounds` (MUC-4 dev 34.4 → 35.3, train unchanged); weapon spans stay whole:
        // cutting "explosives with …" cost Weapon F1 on dev (47.6 → 46.5)
        const bounds = role === 'Weapon' ? { from: 0, to: words.length } : fillerBounds(words);
        if (!bounds) continue;
        const from = s.firstToken + k + bounds.from;
        const to = s.firstToken + k + bounds.to;
        const mention = doc.text.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0);
        learnedRoles.push({ sentence: s.index, from, to, role, mention });
      }
    }
    return { layers: { learnedRoles } };
  },
});

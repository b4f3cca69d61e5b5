/**
 * Role fillers from the learned tagger (model/roles.json, trained on the MUC-4 train split by
 * scripts/train-roles.ts). Sentences next to a trigger are tagged too: reports often name the
 * perpetrator a sentence away from the attack; policy `attachLearned` gives each filler to an event.
 */
import { readFileSync } from 'node:fs';
import { type LearnedRole, layer } from '../annotated.js';
import { tokenFeatures, triggerContext } from '../model/features.js';
import { fromJson, type TaggerModel, tag } from '../model/tagger.js';
import { defineStage } from '../stage.js';

let model: TaggerModel | undefined;
const loadModel = (): TaggerModel => {
  model ??= fromJson(JSON.parse(readFileSync(new URL('../model/roles.json', import.meta.url), 'utf8')));
  return model;
};

export const learnedRolesStage = defineStage({
  id: 'learned-roles',
  requires: ['sentences', 'tokens', 'triggers'],
  assigns: ['learnedRoles'],
  run: (doc) => {
    const tokens = layer(doc, 'tokens');
    const sentences = layer(doc, 'sentences');
    const triggers = layer(doc, 'triggers');
    const ctx = triggerContext(tokens, sentences, triggers);
    const m = loadModel();
    // fillers are given to the nearest event; far from any trigger they are rarely right
    const near = new Set(triggers.flatMap((t) => [t.sentence - 1, t.sentence, t.sentence + 1]));
    const learnedRoles: LearnedRole[] = [];
    for (const s of sentences) {
      if (!near.has(s.index)) continue;
      const features = [];
      for (let i = s.firstToken; i < s.endToken; i++) features.push(tokenFeatures(tokens, i, s, ctx));
      const labels = tag(m, features);
      for (let k = 0; k < labels.length; k++) {
        const label = labels[k] ?? 'O';
        if (!label.startsWith('B-')) continue;
        let end = k + 1;
        while (labels[end] === `I-${label.slice(2)}`) end++;
        const from = s.firstToken + k;
        const to = s.firstToken + end;
        const mention = doc.text.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0);
        learnedRoles.push({ sentence: s.index, from, to, role: label.slice(2) as LearnedRole['role'], mention });
      }
    }
    return { layers: { learnedRoles } };
  },
});

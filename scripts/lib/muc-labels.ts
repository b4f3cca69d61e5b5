/**
 * MUC-4 train documents as the tagger's training script and the learner experiments read them, and
 * the BIO labels of their role fillers: each gold filler string is labelled wherever it occurs in its document (the scorer
 * compares strings, not positions), the first occurrence winning where two overlap.
 */
import { readFileSync } from 'node:fs';
import type { AnnotatedDoc, Sentence, Token } from '../../src/extract/annotated.js';
import { layer } from '../../src/extract/annotated.js';
import { assemble } from '../../src/extract/assemble.js';
import { defaultKnowledge } from '../../src/extract/default-knowledge.js';
import { tokenFeatures, triggerContext } from '../../src/extract/model/features.js';
import { datesStage } from '../../src/extract/stages/dates.js';
import { taggedSentences } from '../../src/extract/stages/learned-roles.js';
import { namesStage } from '../../src/extract/stages/names.js';
import { placesStage } from '../../src/extract/stages/places.js';
import { segmentStage } from '../../src/extract/stages/segment.js';
import { triggersStage } from '../../src/extract/stages/triggers.js';
import { outOfFold, trainDocuments } from './fit-relevance.js';
import { normalizeFiller } from './muc-normalize.js';

export const ROLES = ['PerpInd', 'PerpOrg', 'Target', 'Victim', 'Weapon'] as const;
export const LABELS = ['O', ...ROLES.flatMap((r) => [`B-${r}`, `I-${r}`])];

/** `labelFillers(doc, templates)` → one label index (into LABELS) per token of doc. */
export function labelFillers(doc: AnnotatedDoc, templates: Record<string, [string, number][][]>[]): number[] {
  const tokens = layer(doc, 'tokens');
  const labels = new Array<number>(tokens.length).fill(0);
  const startAt = new Map(tokens.map((t, i) => [t.start, i]));
  for (const t of templates)
    for (const role of ROLES)
      for (const entity of t[role] ?? [])
        for (const [mention] of entity) {
          if (!mention) continue;
          for (let at = doc.text.indexOf(mention); at >= 0; at = doc.text.indexOf(mention, at + 1)) {
            const first = startAt.get(at);
            if (first === undefined) continue;
            let last = first;
            while ((tokens[last]?.end ?? Infinity) < at + mention.length) last++;
            if (tokens[last]?.end !== at + mention.length) continue;
            if (labels.slice(first, last + 1).some((l) => l !== 0)) continue;
            labels[first] = LABELS.indexOf(`B-${role}`);
            for (let k = first + 1; k <= last; k++) labels[k] = LABELS.indexOf(`I-${role}`);
          }
        }
  return labels;
}

/** One MUC-4 train document as both training scripts read it. */
export interface TrainDocument {
  tokens: Token[];
  /** per token, its feature strings (features.ts `tokenFeatures`). */
  features: (i: number) => string[];
  labels: number[];
  /** the token ranges the stage tags (sentences with a trigger: true; the one before: false), for choosing the biases. */
  tagged: [number, number, boolean][];
  words: string[];
  /** gold filler strings per role, as the scorer normalises them. */
  gold: Record<string, string[]>;
}

/**
 * The MUC-4 TRAIN split through the stages whose layers the features read, in pipeline order, each
 * document with its relevance from a model that did not see it (as the tagger meets new text).
 * `visit(doc, n)` maps each document as it is read, so a caller keeps only what it needs.
 */
export function readTrainDocuments<T>(visit: (doc: TrainDocument, n: number) => T): T[] {
  const pipeline = assemble([segmentStage, datesStage, placesStage, namesStage, triggersStage]);
  const meta = { title: null, author: null, published: null, publisher: null, url: null };
  const knowledge = defaultKnowledge();
  const lines = readFileSync('../shared/data/muc4/processed/train.json', 'utf8').split('\n').filter(Boolean);
  const docRelevance = outOfFold(trainDocuments(), 5);
  return lines.map((line, n) => {
    const d = JSON.parse(line) as { doctext: string; templates: Record<string, [string, number][][]>[] };
    const doc = pipeline.run(d.doctext, meta, { knowledge });
    const tokens = layer(doc, 'tokens');
    const sentences = layer(doc, 'sentences');
    const triggers = layer(doc, 'triggers');
    const ctx = triggerContext(tokens, sentences, triggers, layer(doc, 'names'), layer(doc, 'places'), docRelevance[n]);
    const near = taggedSentences(triggers, true);
    const gold = Object.fromEntries(
      ROLES.map((r) => [
        r,
        [...new Set(d.templates.flatMap((t) => (t[r] ?? []).flat().map(([m]) => normalizeFiller(m))))],
      ]),
    );
    return visit(
      {
        tokens,
        features: (i) =>
          tokenFeatures(tokens, i, sentences[tokens[i]?.sentence ?? 0] ?? (sentences[0] as Sentence), ctx),
        labels: labelFillers(doc, d.templates),
        tagged: sentences
          .filter((s) => near.has(s.index))
          .map((s): [number, number, boolean] => [s.firstToken, s.endToken, near.get(s.index) === true]),
        words: tokens.map((t) => t.norm),
        gold,
      },
      n,
    );
  });
}

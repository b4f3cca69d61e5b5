/**
 * Trains the document relevance model (src/extract/model/relevance.json) on the MUC-4 TRAIN split
 * only: a document is relevant iff its key has at least one template. The threshold (kept in the
 * file for callers that want a yes/no) is the best F-beta over 5-fold cross-validation on train.
 * usage: npx tsx scripts/train-relevance.ts [--epochs 10] [--l2 1e-3]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FIT_DEFAULTS, fitRelevance, outOfFold, trainDocuments } from './lib/fit-relevance.js';

const { values } = parseArgs({
  options: { epochs: { type: 'string', default: '10' }, l2: { type: 'string', default: '1e-3' } },
});
const options = { ...FIT_DEFAULTS, epochs: Number(values.epochs), l2: Number(values.l2) };
/** beta < 1 favours precision: an irrelevant document costs every filler it yields. */
const BETA = 0.8;

const data = trainDocuments();
const scored = outOfFold(data, 5, options).map((p, i) => ({ p, relevant: data[i]?.relevant ?? false }));
let threshold = 0.5;
let bestF = -1;
for (let t = 0.05; t < 0.95; t += 0.05) {
  const tp = scored.filter((s) => s.p >= t && s.relevant).length;
  const fp = scored.filter((s) => s.p >= t && !s.relevant).length;
  const fn = scored.filter((s) => s.p < t && s.relevant).length;
  const f = ((1 + BETA ** 2) * tp) / ((1 + BETA ** 2) * tp + BETA ** 2 * fn + fp);
  const accuracy = scored.filter((s) => s.p >= t === s.relevant).length / scored.length;
  console.log(`threshold ${t.toFixed(2)}: F${BETA} ${f.toFixed(3)}, accuracy ${accuracy.toFixed(3)}`);
  if (f > bestF) [bestF, threshold] = [f, Math.round(t * 100) / 100];
}
const model = { ...fitRelevance(data, options), threshold };
writeFileSync('src/extract/model/relevance.json', JSON.stringify(model));
console.log(`threshold ${threshold}; features kept: ${Object.keys(model.weights).length}`);

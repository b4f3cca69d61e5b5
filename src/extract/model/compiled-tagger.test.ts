import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../project-path.js';
import { layer } from '../annotated.js';
import { assemble } from '../assemble.js';
import { datesStage } from '../stages/dates.js';
import { namesStage } from '../stages/names.js';
import { placesStage } from '../stages/places.js';
import { segmentStage } from '../stages/segment.js';
import { triggersStage } from '../stages/triggers.js';
import { TEST_KNOWLEDGE } from '../test-knowledge.js';
import { compileTaggerJson, DocumentColumns, tagSentence } from './compiled-tagger.js';
import { tokenFeatureParts, triggerContext } from './features.js';
import { fromJson, tag } from './tagger.js';

const json = JSON.parse(readFileSync(projectPath('src', 'extract', 'model', 'roles.json'), 'utf8'));
const model = fromJson(json);
/** the engine's way: compiled straight from the file */
const compiled = compileTaggerJson(json);
const pipeline = assemble([segmentStage, datesStage, placesStage, namesStage, triggersStage]);
const meta = { title: null, author: null, published: null, publisher: null, url: null };

/** Both taggers over every sentence of `text`: the string path (features by name) and the compiled one. */
function bothTaggers(text: string, outsideBias: number) {
  const doc = pipeline.run(text, meta, { knowledge: TEST_KNOWLEDGE });
  const tokens = layer(doc, 'tokens');
  const sentences = layer(doc, 'sentences');
  const args = [tokens, sentences, layer(doc, 'triggers'), layer(doc, 'names'), layer(doc, 'places'), 0.7] as const;
  const ctx = triggerContext(...args);
  const columns = new DocumentColumns(compiled, tokens, triggerContext(...args, false));
  return sentences.map((s) => {
    const parts = [];
    for (let i = s.firstToken; i < s.endToken; i++) {
      const p: string[] = [];
      tokenFeatureParts(tokens, i, s, ctx, p);
      parts.push(p);
    }
    return {
      byName: tag(model, parts, outsideBias),
      compiled: tagSentence(compiled, columns, s, outsideBias),
    };
  });
}

describe('compiled tagger', () => {
  it.each([
    ['urban guerrillas exploded a car bomb at the bank in the capital. three people were killed.', 0],
    ['the mayor of tulua, jorge rivera, left his office. gunmen shot him with a 9mm pistol.', 2],
    ['A suicide bomber attacked a mosque in Kunduz on Friday, killing dozens of worshippers.', 1],
    ['the fmln denied that its members kidnapped the priest. « ¿qué? » 1989-11-16', 3],
  ])('labels %j as the feature-by-name tagger does (bias %d)', (text, bias) => {
    for (const { byName, compiled } of bothTaggers(text, bias)) expect(compiled).toEqual(byName);
  });

  it('is compared on sentences where it finds roles', () => {
    const labels = bothTaggers('urban guerrillas exploded a car bomb at the bank in the capital.', 0)[0]?.compiled;
    expect(labels).toContain('B-PerpInd');
  });

  it('finds every feature of the model in its table', () => {
    expect(compiled.entries.length).toBeGreaterThan(0);
    const filled =
      compiled.slots.filter((_, k) => k % 3 === 0 && compiled.slots[k] !== -1).length +
      compiled.direct.filter((where) => where !== -1).length;
    const features =
      model.unary.reduce((n, m) => n + (m?.size ?? 0), 0) +
      model.binary.reduce((n, m) => n + [...(m?.values() ?? [])].reduce((k, byB) => k + byB.size, 0), 0);
    expect(filled).toBe(features);
    const nonZero = [...model.unary, ...model.binary.flatMap((m) => [...(m?.values() ?? [])])]
      .flatMap((m) => [...(m?.values() ?? [])])
      .reduce((n, w) => n + [...(w as Float64Array)].filter((x) => x !== 0).length, 0);
    expect(compiled.entries.length).toBe(nonZero);
  });
});

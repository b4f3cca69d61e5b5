/**
 * Lists the weapon-lexicon words that the MUC-4 TRAIN keys rarely take as a weapon filler
 * (src/extract/model/weapons.json): per document, a word found by the lexicon counts as right
 * when a template of that document names it as a weapon. Words seen in at least MIN_DOCS
 * documents with a precision below MAX_PRECISION are listed; unseen words stay in.
 * usage: npx tsx scripts/train-weapons.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { layer } from '../src/extract/annotated.js';
import { assemble } from '../src/extract/assemble.js';
import { tableKnowledge } from '../src/extract/knowledge-port.js';
import { segmentStage } from '../src/extract/stages/segment.js';
import { findWeapons } from '../src/extract/stages/weapons.js';
import { normalizeFiller } from './lib/muc-normalize.js';

const MIN_DOCS = 4;
/** below about half the role's F1 a word costs more precision than it brings recall. */
const MAX_PRECISION = 0.2;

const pipeline = assemble([segmentStage]);
const meta = { title: null, author: null, published: null, publisher: null, url: null };
const normalize = normalizeFiller;

const seen = new Map<string, { docs: number; right: number }>();
for (const line of readFileSync('../shared/data/muc4/processed/train.json', 'utf8').split('\n').filter(Boolean)) {
  const d = JSON.parse(line) as { doctext: string; templates: { Weapon?: [string, number][][] }[] };
  const doc = pipeline.run(d.doctext, meta, { knowledge: tableKnowledge({}) });
  const tokens = layer(doc, 'tokens');
  const gold = new Set(d.templates.flatMap((t) => (t.Weapon ?? []).flat().map(([m]) => normalize(m))));
  const words = new Set(
    findWeapons(doc.text, tokens, layer(doc, 'sentences')).map((w) =>
      tokens
        .slice(w.from, w.to)
        .map((t) => t.norm)
        .join(' '),
    ),
  );
  for (const w of words) {
    const s = seen.get(w) ?? { docs: 0, right: 0 };
    s.docs++;
    if (gold.has(normalize(w))) s.right++;
    seen.set(w, s);
  }
}
const unreliable = [...seen]
  .filter(([, s]) => s.docs >= MIN_DOCS && s.right / s.docs < MAX_PRECISION)
  .map(([w]) => w)
  .sort();
writeFileSync('src/extract/model/weapons.json', `${JSON.stringify({ unreliable }, null, 1)}\n`);
console.log(`unreliable weapon words: ${unreliable.join(', ')}`);

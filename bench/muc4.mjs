#!/usr/bin/env node
// MUC-4 role-filler benchmark: runs `vigil extract --batch` over a split and scores it with the shared
// GTT-style scorer. usage: node bench/muc4.mjs [--split dev|train|train-fifth]   (prints figures; not a test)
// train-fifth: the train documents i % 5 = 4, which `scripts/train-roles.ts --fold-out` leaves out of its fold model.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { split: { type: 'string', default: 'dev' } } });
const fifth = values.split === 'train-fifth';
const source = join(root, '..', 'shared', 'data', 'muc4', 'processed', `${fifth ? 'train' : values.split}.json`);
const goldLines = readFileSync(source, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .filter((_, i) => !fifth || i % 5 === 4);
mkdirSync(join(root, 'bench', 'out'), { recursive: true });
// the scorer reads its gold from a file: the fifth is written out, a whole split is read where it is
const gold = fifth ? join(root, 'bench', 'out', 'muc4-train-fifth-gold.jsonl') : source;
if (fifth) writeFileSync(gold, `${goldLines.join('\n')}\n`);
const scorer = join(root, '..', 'shared', 'tools', 'score-muc4.mjs');

const inputs = goldLines.map((l) => {
  const d = JSON.parse(l);
  return JSON.stringify({ id: d.docid, text: d.doctext });
});

const started = performance.now();
const run = spawnSync('node', [join(root, 'bin', 'vigil.js'), 'extract', '--batch'], {
  input: `${inputs.join('\n')}\n`,
  maxBuffer: 1 << 30,
  encoding: 'utf8',
});
if (run.status !== 0) {
  process.stderr.write(run.stderr);
  process.exit(1);
}
const seconds = (performance.now() - started) / 1000;
const pred = join(root, 'bench', 'out', `muc4-${values.split}.jsonl`);
writeFileSync(pred, run.stdout);
console.log(`MUC-4 ${values.split}: ${inputs.length} documents in ${seconds.toFixed(1)} s; predictions in ${pred}`);
const score = spawnSync('node', [scorer, gold, pred], { encoding: 'utf8' });
process.stdout.write(score.stdout);
process.stderr.write(score.stderr);
process.exit(score.status ?? 1);

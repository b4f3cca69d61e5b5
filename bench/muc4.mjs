#!/usr/bin/env node
// MUC-4 role-filler benchmark: runs `vigil extract --batch` over a split and scores it with the shared
// GTT-style scorer. usage: node bench/muc4.mjs [--split dev|train]   (prints figures; not a test)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { split: { type: 'string', default: 'dev' } } });
const gold = join(root, '..', 'shared', 'data', 'muc4', 'processed', `${values.split}.json`);
const scorer = join(root, '..', 'shared', 'tools', 'score-muc4.mjs');

const inputs = readFileSync(gold, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => {
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
mkdirSync(join(root, 'bench', 'out'), { recursive: true });
const pred = join(root, 'bench', 'out', `muc4-${values.split}.jsonl`);
writeFileSync(pred, run.stdout);
console.log(`MUC-4 ${values.split}: ${inputs.length} documents in ${seconds.toFixed(1)} s; predictions in ${pred}`);
const score = spawnSync('node', [scorer, gold, pred], { encoding: 'utf8' });
process.stdout.write(score.stdout);
process.stderr.write(score.stderr);
process.exit(score.status ?? 1);

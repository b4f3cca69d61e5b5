#!/usr/bin/env node
// Ingest rate: the sample corpus (every format, readers included) and 1,300 MUC-4 training texts
// (extract + store only), each into a fresh SQLite file. Prints documents/s and peak memory.
// usage: npm run bench:ingest [-- --db postgres://…]   (PostgreSQL: give an empty database or schema)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';

register();
const { sampleCorpusFiles } = await import('../src/app/sample-corpus.ts');
const { processDocument, processInputs } = await import('../src/app/process-documents.ts');
const { documentFromText } = await import('../src/ingest/index.ts');
const { openStore } = await import('../src/store/index.ts');

const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-'));
const mb = (n) => `${(n / 1024 / 1024).toFixed(0)} MB`;

async function timed(label, run) {
  const store = await openStore({ sqlitePath: join(dir, `${label}.sqlite`) });
  const t0 = performance.now();
  const { docs, failed, events } = await run(store);
  const s = (performance.now() - t0) / 1000;
  await store.close();
  console.log(
    `${label.padEnd(14)} ${docs} documents (${failed} failed), ${events} events in ${s.toFixed(2)} s → ${(docs / s).toFixed(1)} documents/s`,
  );
}

await timed('sample corpus', async (store) => {
  let docs = 0,
    failed = 0,
    events = 0;
  for await (const o of processInputs(store, sampleCorpusFiles(), {})) {
    docs++;
    if (o.kind === 'failed') failed++;
    else events += o.eventIds.length;
  }
  return { docs, failed, events };
});

const muc = join(process.cwd(), '../shared/data/muc4/processed/train.json');
let texts = [];
try {
  texts = readFileSync(muc, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
} catch {
  console.log(`(no MUC-4 training data at ${muc}; skipping the larger run)`);
}
if (texts.length) {
  await timed('muc4 train', async (store) => {
    let docs = 0,
      events = 0;
    for (const t of texts) {
      const o = await processDocument(store, documentFromText(t.doctext, { title: t.docid }, `muc4:${t.docid}`));
      docs++;
      events += o.kind === 'saved' ? o.eventIds.length : 0;
    }
    return { docs, failed: 0, events };
  });
}
console.log(`peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
rmSync(dir, { recursive: true, force: true });

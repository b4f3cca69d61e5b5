#!/usr/bin/env node
// Store speed on 10,000 events (100 documents × 100 events): save time and listEvents latency per filter.
// usage: npm run bench:store [-- --pg]   (--pg also runs on PostgreSQL in a throwaway schema)
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';

register();
const { openStore, listEvents, saveDocument } = await import('../src/store/index.ts');
const { bulkDocument, DOCS, EVENTS_PER_DOC } = await import('../src/store/testing/bulk.ts');

const QUERIES = {
  'first page': { limit: 50, offset: 0 },
  'type + country': { type: 'attack', country: 'PK', limit: 50, offset: 0 },
  'date range, sorted': { from: '2023-06-01', to: '2023-06-30', sort: '-killed', limit: 50, offset: 100 },
  'full text': { q: 'incident', limit: 50, offset: 0 },
};

async function run(label, store) {
  let t0 = performance.now();
  for (let d = 0; d < DOCS; d++) {
    const { doc, extraction } = bulkDocument(d);
    await saveDocument(store.db, doc, extraction);
  }
  console.log(`${label}: saved ${DOCS * EVENTS_PER_DOC} events in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  for (const [name, q] of Object.entries(QUERIES)) {
    await listEvents(store.db, q); // warm
    t0 = performance.now();
    for (let i = 0; i < 5; i++) await listEvents(store.db, q);
    console.log(`${label}: listEvents ${name.padEnd(20)} ${((performance.now() - t0) / 5).toFixed(1)} ms`);
  }
  await store.close();
}

const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-store-'));
await run('sqlite', await openStore({ sqlitePath: join(dir, 'bench.sqlite') }));
rmSync(dir, { recursive: true, force: true });
if (process.argv.includes('--pg')) {
  const url = process.env.VIGIL_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `vigil_bench_${randomBytes(4).toString('hex')}`;
  const store = await openStore({ databaseUrl: url, schema });
  try {
    await run('postgres', store);
  } finally {
    const pg = (await import('pg')).default;
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`drop schema if exists "${schema}" cascade`);
    await c.end();
  }
}

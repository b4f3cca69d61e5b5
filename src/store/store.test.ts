import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { listDocuments, openStore, saveDocument } from './index.js';
import { makeDoc, makeExtraction } from './testing/fixtures.js';
import { describeStores } from './testing/stores.js';

describe('openStore (sqlite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-open-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the folder, turns on WAL and foreign keys, and migrates once', async () => {
    const path = join(dir, 'a', 'b', 'vigil.sqlite');
    const store = await openStore({ sqlitePath: path });
    expect(existsSync(path)).toBe(true);
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db);
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(store.db);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    expect(fk.rows[0]?.foreign_keys).toBe(1);
    const doc = makeDoc('Kept across reopening.');
    await saveDocument(store.db, doc, makeExtraction(doc, []));
    await store.close();
    const again = await openStore({ sqlitePath: path });
    expect((await listDocuments(again.db, { limit: 5, offset: 0 })).total).toBe(1);
    await again.close();
  });
});

describeStores('migrations', (open) => {
  it('records the applied migrations', async () => {
    const { db } = await open();
    const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
    expect(rows.rows.map((r) => r.name)).toEqual(['0001-initial', '0002-entity-relations']);
  });

  it('migrates a second store beside one already migrated (PostgreSQL: a neighbouring schema)', async () => {
    await open();
    const { db } = await open();
    const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
    expect(rows.rows).toHaveLength(2);
  });
});

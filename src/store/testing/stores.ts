/**
 * Runs a store suite on both dialects. SQLite: a temp file per test. PostgreSQL: a schema
 * `vigil_t_<random>` per test (search_path set on the pool), dropped afterwards, so parallel runs
 * never collide. PostgreSQL unreachable → its half is skipped with a message, unless
 * VIGIL_REQUIRE_PG=1, which makes it fail.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe } from 'vitest';
import { openStore, type Store } from '../index.js';

export const PG_URL = process.env.VIGIL_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function pgProblem(): Promise<string | null> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const problem = await pgProblem();
if (problem && process.env.VIGIL_REQUIRE_PG === '1') {
  throw new Error(`VIGIL_REQUIRE_PG=1 but PostgreSQL at ${PG_URL} is unreachable: ${problem}`);
}
if (problem)
  console.warn(`[store tests] PostgreSQL at ${PG_URL} unreachable (${problem}); skipping the PostgreSQL half.`);

export type OpenTestStore = () => Promise<Store>;

interface Opened {
  store: Store;
  cleanup: () => Promise<void>;
}

async function openSqliteStore(): Promise<Opened> {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-store-'));
  const store = await openStore({ sqlitePath: join(dir, 'nested', 'vigil.sqlite') });
  return { store, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

async function openPgStore(): Promise<Opened> {
  const schema = `vigil_t_${randomBytes(5).toString('hex')}`;
  const store = await openStore({ databaseUrl: PG_URL, schema });
  const cleanup = async () => {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  };
  return { store, cleanup };
}

/**
 * `describeStores('documents', (open) => { it('…', async () => { const { db } = await open(); … }) })`
 * Stores opened in a test are closed and removed after it.
 */
export function describeStores(name: string, suite: (open: OpenTestStore) => void): void {
  const dialects = [
    { dialect: 'sqlite', opener: openSqliteStore, skip: false },
    { dialect: 'postgres', opener: openPgStore, skip: problem !== null },
  ];
  for (const { dialect, opener, skip } of dialects) {
    (skip ? describe.skip : describe)(`${name} [${dialect}]`, () => {
      const opened: Opened[] = [];
      afterEach(async () => {
        for (const o of opened.splice(0)) {
          await o.store.close();
          await o.cleanup();
        }
      });
      suite(async () => {
        const o = await opener();
        opened.push(o);
        return o.store;
      });
    });
  }
}

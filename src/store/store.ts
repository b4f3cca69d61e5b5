/**
 * Opening the store: SQLite in a file by default, PostgreSQL in team mode; migrations run on open.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database.js';
import { migrationProvider } from './migrations/index.js';

export interface Store {
  db: Kysely<Database>;
  dialect: 'sqlite' | 'postgres';
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** SQLite file (its folder is created). Used when no databaseUrl is given. */
  sqlitePath?: string;
  /** `postgres://…`; `?options=-c%20search_path%3Dmy_schema` works too. */
  databaseUrl?: string;
  /** PostgreSQL schema to create (if missing) and work in; handy for tests and shared servers. */
  schema?: string;
}

/**
 * Opens (and migrates) the store.
 * @example const store = await openStore({ sqlitePath: '.vigil/vigil.sqlite' }); … await store.close();
 */
export async function openStore(opts: OpenStoreOptions): Promise<Store> {
  const store = opts.databaseUrl ? await openPostgres(opts.databaseUrl, opts.schema) : openSqlite(opts);
  try {
    await migrate(store.db);
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}

function openSqlite(opts: OpenStoreOptions): Store {
  const path = opts.sqlitePath ?? '.vigil/vigil.sqlite';
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new SqliteDatabase(path);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  // Another process (CLI ingest while the server runs) may hold the write lock briefly.
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

async function openPostgres(url: string, schema: string | undefined): Promise<Store> {
  if (schema && !/^[a-z_][a-z0-9_]*$/i.test(schema)) throw new Error(`invalid schema name "${schema}"`);
  const pool = new pg.Pool({
    connectionString: url,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  if (schema) await pool.query(`create schema if not exists "${schema}"`);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

async function migrate(db: Kysely<Database>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`store migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

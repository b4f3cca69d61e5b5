/**
 * Opening the store: SQLite in a file by default, PostgreSQL in team mode; migrations run on open.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
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
    await migrate(store.db, store.dialect);
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

/**
 * Kysely looks for its migration tables in every schema of the database unless told which one;
 * another Vigil (or a test run) in a neighbouring schema of the same server would then make it
 * skip creating its own and fail. So on PostgreSQL the migrator is pinned to the current schema.
 */
async function migrationSchema(db: Kysely<Database>, dialect: Store['dialect']): Promise<string | undefined> {
  if (dialect !== 'postgres') return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema ?? undefined;
}

async function migrate(db: Kysely<Database>, dialect: Store['dialect']): Promise<void> {
  const schema = await migrationSchema(db, dialect);
  const { error, results } = await new Migrator({
    db,
    provider: migrationProvider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`store migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Runtime configuration from flags and environment, in one place.
 * SQLite is the default (a file under data/local/, git-ignored); VIGIL_DATABASE_URL=postgres://… switches to PostgreSQL.
 */
import { resolve } from 'node:path';

export const DEFAULT_PORT = 4700;
export const DEFAULT_SQLITE_PATH = 'data/local/vigil.sqlite';

export interface DatabaseConfig {
  sqlitePath?: string;
  databaseUrl?: string;
}

/** `--db` wins over VIGIL_DB; a postgres:// URL in either place or VIGIL_DATABASE_URL selects PostgreSQL. */
export function databaseConfig(flag?: string, env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const chosen = flag ?? env.VIGIL_DATABASE_URL ?? env.VIGIL_DB;
  if (chosen && /^postgres(ql)?:\/\//.test(chosen)) return { databaseUrl: chosen };
  return { sqlitePath: resolve(chosen ?? DEFAULT_SQLITE_PATH) };
}

/** `--port` wins over PORT; the value must be a TCP port number. */
export function portConfig(flag?: string, env: NodeJS.ProcessEnv = process.env): number {
  const raw = flag ?? env.PORT;
  if (raw === undefined) return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`port "${raw}" is not a TCP port number (0–65535)`);
  }
  return port;
}

export const describeDatabase = (c: DatabaseConfig): string =>
  c.databaseUrl ? `PostgreSQL ${c.databaseUrl.replace(/\/\/[^@/]*@/, '//…@')}` : `SQLite ${c.sqlitePath}`;

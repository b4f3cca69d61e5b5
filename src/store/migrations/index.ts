/** Migrations live in code (not files found at run time) so they work bundled and under tsx alike. */
import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './0001-initial.js';

export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};

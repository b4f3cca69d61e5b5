/** Migrations live in code (not files found at run time) so they work bundled and under tsx alike. */
import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './0001-initial.js';
import { entityRelations } from './0002-entity-relations.js';

export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-entity-relations': entityRelations,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};

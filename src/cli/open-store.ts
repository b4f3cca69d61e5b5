/** Opens the configured store for a CLI command and says which one it is. */
import { type DatabaseConfig, databaseConfig, describeDatabase } from '../config.js';
import { openStore, type Store } from '../store/index.js';

export async function openConfiguredStore(dbFlag?: string): Promise<{ store: Store; config: DatabaseConfig }> {
  const config = databaseConfig(dbFlag);
  try {
    return { store: await openStore(config), config };
  } catch (err) {
    throw new Error(`cannot open ${describeDatabase(config)}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

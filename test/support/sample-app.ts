/**
 * The real app on a temporary SQLite file loaded with the sample corpus, for API tests:
 * `const sample = await startSampleApp('api'); … await sample.close();`
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadSampleCorpus } from '../../src/app/sample-corpus.js';
import { createServer } from '../../src/server/app.js';
import { openStore, type Store } from '../../src/store/index.js';

export interface SampleApp {
  store: Store;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function startSampleApp(name: string): Promise<SampleApp> {
  const dir = await mkdtemp(join(tmpdir(), `vigil-${name}-`));
  const store = await openStore({ sqlitePath: join(dir, `${name}.sqlite`) });
  await loadSampleCorpus(store);
  const app = await createServer({ store });
  return {
    store,
    app,
    async close() {
      await app.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

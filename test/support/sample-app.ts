/**
 * The real app on a temporary SQLite file, by default loaded with the sample corpus, for API and
 * browser tests: `const sample = await startSampleApp('api'); … await sample.close();`
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

export interface SampleAppOptions {
  /** load the sample corpus (default true). */
  sample?: boolean;
  /** more data to load after the corpus. */
  seed?: (store: Store) => Promise<unknown>;
  /** the built web app to serve. */
  webRoot?: string;
}

export async function startSampleApp(name: string, opts: SampleAppOptions = {}): Promise<SampleApp> {
  const dir = await mkdtemp(join(tmpdir(), `vigil-${name}-`));
  const store = await openStore({ sqlitePath: join(dir, `${name}.sqlite`) });
  if (opts.sample !== false) {
    // every report of the corpus must be stored: a failed one (the store refusing an extraction) fails the suite
    const failed = (await loadSampleCorpus(store)).filter((o) => o.kind === 'failed');
    if (failed.length) throw new Error(`sample corpus: ${JSON.stringify(failed)}`);
  }
  await opts.seed?.(store);
  const app = await createServer({ store, ...(opts.webRoot ? { webRoot: opts.webRoot } : {}) });
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

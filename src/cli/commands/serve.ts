/** `vigil serve`: the API and web app on the configured database, loading the sample corpus into an empty one. */
import { parseArgs } from 'node:util';
import { seedSampleCorpusIfEmpty } from '../../app/sample-corpus.js';
import { describeDatabase, portConfig } from '../../config.js';
import { createServer } from '../../server/app.js';
import type { Store } from '../../store/index.js';
import type { Command } from '../main.js';
import { openConfiguredStore } from '../open-store.js';

const usage = `
Usage: vigil serve [options]

Serves the web app and the JSON API (OpenAPI at /openapi.json). On first start, an empty database is
filled with the bundled sample corpus.

Options:
  --port N            port (default: PORT or 4700)
  --host ADDR         address to listen on (default 127.0.0.1)
  --db PATH|URL       SQLite file or postgres:// URL (default: VIGIL_DATABASE_URL, VIGIL_DB, data/local/vigil.sqlite)
  --no-seed           do not load the sample corpus into an empty database
  --allow-private     let the API fetch URLs on private or loopback addresses`;

export const command: Command = {
  name: 'serve',
  summary: 'serve the web app and API',
  usage,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        host: { type: 'string', default: '127.0.0.1' },
        db: { type: 'string' },
        'no-seed': { type: 'boolean', default: false },
        'allow-private': { type: 'boolean', default: false },
      },
    });
    const port = portConfig(values.port);
    const { store, config } = await openConfiguredStore(values.db);
    process.stderr.write(`vigil: database ${describeDatabase(config)}\n`);
    if (!values['no-seed']) await seed(store);
    return listenUntilStopped(store, port, values.host, values['allow-private']);
  },
};

async function seed(store: Store): Promise<void> {
  const outcomes = await seedSampleCorpusIfEmpty(store);
  if (outcomes.length === 0) return;
  const failed = outcomes.filter((o) => o.kind === 'failed');
  const events = outcomes.reduce((n, o) => n + (o.kind === 'saved' ? o.eventIds.length : 0), 0);
  process.stderr.write(
    `vigil: loaded the sample corpus: ${outcomes.length - failed.length} documents, ${events} events\n`,
  );
  for (const f of failed) if (f.kind === 'failed') process.stderr.write(`vigil: sample ${f.input}: ${f.error}\n`);
}

/** Listens, prints the address, and closes the store cleanly on Ctrl-C or SIGTERM. */
export async function listenUntilStopped(
  store: Store,
  port: number,
  host: string,
  allowPrivate: boolean,
  onStop?: () => Promise<void>,
): Promise<number> {
  const app = await createServer({ store, allowPrivate });
  const address = await app.listen({ port, host });
  process.stdout.write(`Vigil is serving at ${address.replace('[::1]', 'localhost')}  (Ctrl-C stops)\n`);
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  await store.close();
  await onStop?.();
  return 0;
}

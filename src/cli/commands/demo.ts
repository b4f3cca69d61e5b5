/** `vigil demo`: a fresh throwaway database with the sample corpus, for trying Vigil out. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSampleCorpus } from '../../app/sample-corpus.js';
import { portConfig } from '../../config.js';
import { openStore } from '../../store/index.js';
import type { Command } from '../main.js';
import { listenUntilStopped } from './serve.js';

const usage = `
Usage: vigil demo [--port N]

Starts Vigil on a new, temporary SQLite database loaded with the sample corpus. Nothing you do in the
demo is kept: the database is deleted when the demo stops.`;

export const command: Command = {
  name: 'demo',
  summary: 'try Vigil on a throwaway database with the sample corpus',
  usage,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: { port: { type: 'string' }, host: { type: 'string', default: '127.0.0.1' } },
    });
    const port = portConfig(values.port);
    const dir = await mkdtemp(join(tmpdir(), 'vigil-demo-'));
    const store = await openStore({ sqlitePath: join(dir, 'demo.sqlite') });
    const outcomes = await loadSampleCorpus(store);
    const events = outcomes.reduce((n, o) => n + (o.kind === 'saved' ? o.eventIds.length : 0), 0);
    process.stderr.write(`vigil demo: ${outcomes.length} sample documents, ${events} events, database in ${dir}\n`);
    return listenUntilStopped(store, port, values.host, false, () => rm(dir, { recursive: true, force: true }));
  },
};

/** `vigil ingest PATH|URL|FEED…`: bring reports in, extract their events, store them. */
import { parseArgs } from 'node:util';
import { processInputs } from '../../app/process-documents.js';
import { countInputs } from '../../ingest/index.js';
import { listFailures } from '../../store/index.js';
import type { Command } from '../main.js';
import { openConfiguredStore } from '../open-store.js';
import { Progress } from '../progress.js';

const usage = `
Usage: vigil ingest [options] PATH|URL|FEED...

Reads files (.txt .md .html .pdf, RSS/Atom .xml), folders (recursively), web pages, PDFs and feeds by URL;
extracts events and actors and stores them. The same content twice is stored once; a changed page is a new version.

Options:
  --db PATH|URL       SQLite file or postgres:// URL (default: VIGIL_DATABASE_URL, VIGIL_DB, data/local/vigil.sqlite)
  --retry-failed      take up only the inputs that failed before (with the reasons they failed)
  --allow-private     allow fetching URLs on private or loopback addresses
  --quiet             print only failures and the summary
Exit code: 0 when every input was stored, 1 when some failed.`;

export const command: Command = {
  name: 'ingest',
  summary: 'ingest files, folders, URLs and feeds into the database',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        'retry-failed': { type: 'boolean', default: false },
        'allow-private': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
      },
    });
    const { store } = await openConfiguredStore(values.db);
    try {
      const inputs = values['retry-failed']
        ? (await listFailures(store.db)).map((f: { input: string }) => f.input)
        : positionals;
      if (inputs.length === 0) {
        process.stderr.write(
          values['retry-failed'] ? 'vigil ingest: no failed inputs to retry\n' : `${usage.trim()}\n`,
        );
        return values['retry-failed'] ? 0 : 2;
      }
      const progress = new Progress(await countInputs(inputs));
      let failed = 0;
      for await (const o of processInputs(store, inputs, { allowPrivate: values['allow-private'] })) {
        progress.tick(o.kind === 'failed');
        if (o.kind === 'failed') {
          failed++;
          progress.clear();
          process.stderr.write(`error: ${o.input}: ${o.error}\n`);
        } else if (!values.quiet) {
          progress.clear();
          process.stdout.write(`${o.status.padEnd(11)} ${o.documentId}  ${o.eventIds.length} events  ${o.input}\n`);
        }
      }
      process.stderr.write(`${progress.finish()}\n`);
      return failed > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};

/** `vigil export`: events with their evidence and source claims as JSON lines. */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { EventQuery } from '../../domain/index.js';
import { getEvent, listEvents } from '../../store/index.js';
import type { Command } from '../main.js';
import { openConfiguredStore } from '../open-store.js';

const usage = `
Usage: vigil export [options]

Writes every event matching the filters as one JSON object per line (the event with its evidence,
each source's claim and the review history).

Options:
  --db PATH|URL       SQLite file or postgres:// URL
  --out FILE          write to FILE instead of standard output
  --format jsonl      output format (only jsonl for now)
  --from DAY --to DAY --type CODE --country ISO2 --status STATUS --q TEXT   filters, as in GET /api/events`;

const PAGE = 500;

export const command: Command = {
  name: 'export',
  summary: 'export events as JSON lines',
  usage,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string', default: 'jsonl' },
        from: { type: 'string' },
        to: { type: 'string' },
        type: { type: 'string' },
        country: { type: 'string' },
        status: { type: 'string' },
        q: { type: 'string' },
      },
    });
    if (values.format !== 'jsonl') throw new Error(`--format ${values.format} is not supported (expected jsonl)`);
    const { db: _db, out: _out, format: _format, ...filters } = values;
    const query = EventQuery.parse({ ...filters, limit: PAGE, offset: 0 });
    const { store } = await openConfiguredStore(values.db);
    const out: Writable = values.out ? createWriteStream(values.out) : process.stdout;
    try {
      let written = 0;
      for (let offset = 0; ; offset += PAGE) {
        const page = await listEvents(store.db, { ...query, offset });
        for (const e of page.items) {
          const detail = await getEvent(store.db, e.id);
          if (!out.write(`${JSON.stringify(detail)}\n`)) await once(out, 'drain');
          written++;
        }
        if (offset + PAGE >= page.total) break;
      }
      if (values.out) {
        out.end();
        await once(out, 'finish');
      }
      process.stderr.write(`vigil export: ${written} events\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};

/**
 * `vigil extract`: one document to an ExtractionResult (JSON), or JSON lines in, JSON lines out.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { BatchOutput, DocumentMeta } from '../../domain/index.js';
import { ISO_DAY } from '../../domain/vocabularies.js';
import { extract } from '../../extract/index.js';
import type { Command } from '../main.js';

const usage = `
Usage: vigil extract FILE [--json]
       vigil extract --batch < inputs.jsonl > outputs.jsonl

Turns a report into the events and actors it states.

  FILE         a .txt, .md, .html or .pdf file, or - to read plain text from stdin
  --json       print the ExtractionResult as JSON (the default; kept for scripts)
  --published  YYYY-MM-DD publication date, when the file does not say it
  --batch      read JSON lines {id, text, published?} on stdin and write one line
               {id, events, entities, relations, warnings} per input, in order
`;

const emptyMeta = (published: string | null): DocumentMeta => ({
  title: null,
  author: null,
  published,
  publisher: null,
  url: null,
});

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

type Input = { id: string; text: string; published?: string | null };

/**
 * A line of the usual shape, checked by hand: exactly what the contract's BatchInput accepts when
 * `published` is absent, null or an ISO day. Other lines go to the zod schema, which --batch loads
 * only then (loading zod costs about 0.1 s of CPU).
 */
function usualInput(raw: unknown): Input | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { id, text, published } = raw as Record<string, unknown>;
  if (typeof id !== 'string' || typeof text !== 'string') return null;
  if (published === undefined || published === null) return { id, text, published };
  return typeof published === 'string' && ISO_DAY.test(published) ? { id, text, published } : null;
}

/** Checks a line against the contract's BatchInput schema: the input, or the warning that rejects it. */
async function contractInput(raw: unknown): Promise<Input | { id: string; warning: string }> {
  const { BatchInput } = await import('../../domain/contract.js');
  const parsed = BatchInput.safeParse(raw);
  if (parsed.success) return parsed.data;
  const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : '';
  return { id, warning: `invalid input: ${parsed.error.issues[0]?.message ?? 'bad shape'}` };
}

/** One output line for one input line; a bad line gets a warning, never a crash. */
export async function batchLine(line: string): Promise<BatchOutput> {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { id: '', events: [], entities: [], warnings: ['input line is not JSON'] };
  }
  const input = usualInput(raw) ?? (await contractInput(raw));
  if ('warning' in input) return { id: input.id, events: [], entities: [], warnings: [input.warning] };
  const { id, text, published } = input;
  const result = extract({ text, meta: emptyMeta(published ?? null) });
  return {
    id,
    events: result.events,
    entities: result.entities,
    relations: result.relations ?? [],
    warnings: result.warnings,
  };
}

async function runBatch(): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const out = `${JSON.stringify(await batchLine(line))}\n`;
    if (!process.stdout.write(out)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
  return 0;
}

export const command: Command = {
  name: 'extract',
  summary: 'extract events and actors from a report (or JSON lines with --batch)',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, batch: { type: 'boolean' }, published: { type: 'string' } },
    });
    if (values.batch) return runBatch();
    const file = positionals[0];
    if (!file) {
      process.stderr.write(usage);
      return 2;
    }
    const published = values.published ?? null;
    // loaded here, not at the top: the readers (HTML, PDF, feeds) cost start-up that --batch never needs
    const { documentFromText, readFile } = await import('../../ingest/index.js');
    const docs =
      file === '-'
        ? [documentFromText(await readStdin(), published ? { published } : {}, 'stdin')]
        : await readFile(file);
    const doc = docs[0];
    if (!doc) throw new Error(`${file}: no document in it`);
    const meta = published ? { ...doc.meta, published } : doc.meta;
    process.stdout.write(`${JSON.stringify(extract({ text: doc.text, meta }), null, 2)}\n`);
    return 0;
  },
};

/** Reading inputs from disk: extension → expected format, folders walked in sorted order. */
import { readFile as readBytes, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { IngestedDocument } from '../domain/index.js';
import { parseDay } from './dates.js';
import type { DocumentFormat } from './document.js';
import { IngestError, type IngestFailure, isIngestFailure } from './failure.js';
import { documentsFromBytes } from './formats.js';

export const EXTENSION_FORMATS: Record<string, DocumentFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

/** Reads one file into documents and per-item failures; throws `IngestError` when the file itself fails. */
export async function readFileItems(path: string): Promise<(IngestedDocument | IngestFailure)[]> {
  const extension = extname(path).toLowerCase();
  const format = EXTENSION_FORMATS[extension];
  if (!format) {
    const known = Object.keys(EXTENSION_FORMATS).join(' ');
    throw new IngestError(`unsupported file type "${extension || '(none)'}" (known: ${known})`);
  }
  let buffer: Buffer;
  try {
    buffer = await readBytes(path);
  } catch (err) {
    throw new IngestError(describeFsError(err));
  }
  const items = await documentsFromBytes(buffer, format, { origin: path });
  return format === 'feed' ? items : items.map((item) => withDateFromName(item, path));
}

/** Saved reports are often named by date ("wire-2020-03-25-kabul.txt"): the fallback when the text gives none. */
function withDateFromName(item: IngestedDocument | IngestFailure, path: string): IngestedDocument | IngestFailure {
  if (isIngestFailure(item) || item.meta.published) return item;
  const fromName = /(?:^|\D)(\d{4}-\d{2}-\d{2})(?:\D|$)/.exec(basename(path))?.[1];
  return { ...item, meta: { ...item.meta, published: parseDay(fromName) } };
}

/**
 * The documents in one file (a feed gives several). Throws with a one-line reason when none can be read.
 * @example const [doc] = await readFile('reports/attack.md');
 */
export async function readFile(path: string): Promise<IngestedDocument[]> {
  const items = await readFileItems(path).catch((err: unknown) => {
    throw new IngestError(`${path}: ${err instanceof Error ? err.message : String(err)}`);
  });
  const documents = items.filter((x): x is IngestedDocument => !isIngestFailure(x));
  const firstFailure = items.find(isIngestFailure);
  if (!documents.length && firstFailure) throw new IngestError(`${firstFailure.input}: ${firstFailure.error}`);
  return documents;
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return err instanceof Error ? err.message : String(err);
}

/**
 * Every file under `dir`, depth first, entries sorted by name; hidden entries skipped and
 * symlinked folders visited once.
 * @example for await (const path of walkFiles('corpus')) console.log(path)
 */
export async function* walkFiles(dir: string, seen = new Set<string>()): AsyncGenerator<string> {
  const real = await realpath(dir);
  if (seen.has(real)) return;
  seen.add(real);
  const names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) yield* walkFiles(path, seen);
    else if (info?.isFile()) yield path;
  }
}

/**
 * The batch driver: files, folders and URLs in, one document or one failure out per item, in
 * input order. A bad input never stops the batch.
 */
import { stat } from 'node:fs/promises';
import type { IngestedDocument } from '../domain/index.js';
import { IngestError, type IngestFailure, toFailure } from './failure.js';
import { type FetchOptions, fetchUrl } from './fetch.js';
import { describeFsError, readFileItems, walkFiles } from './files.js';
import { documentsFromBytes, formatForResponse } from './formats.js';
import { describeKind, sniff } from './sniff.js';

type Item = IngestedDocument | IngestFailure;

/** Fetches a URL and reads the body by what it is: page, PDF or feed. */
export async function readUrlItems(url: string, opts: FetchOptions): Promise<Item[]> {
  const { body, contentType, finalUrl } = await fetchUrl(url, opts);
  const format = formatForResponse(contentType, body);
  if (!format) {
    const found = describeKind(sniff(body), body);
    throw new IngestError(`unsupported content type "${contentType || 'none'}" (${found})`);
  }
  return documentsFromBytes(body, format, { origin: finalUrl, url: finalUrl, contentType });
}

async function* itemsOf(input: string, read: () => Promise<Item[]>): AsyncGenerator<Item> {
  try {
    yield* await read();
  } catch (err) {
    yield toFailure(input, err);
  }
}

/**
 * @example
 * for await (const item of readInputs(['reports/', 'https://example.org/feed.xml'], {})) {
 *   if (isIngestFailure(item)) console.error(`${item.input}: ${item.error}`);
 *   else console.log(item.meta.title);
 * }
 */
export async function* readInputs(inputs: string[], opts: FetchOptions = {}): AsyncGenerator<Item> {
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      yield* itemsOf(input, () => readUrlItems(input, opts));
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
      yield { input, error: 'unsupported URL scheme (only http and https are fetched)' };
      continue;
    }
    const info = await stat(input).catch((err: unknown) => err as Error);
    if (info instanceof Error) {
      yield { input, error: describeFsError(info) };
    } else if (info.isDirectory()) {
      for await (const path of walkFiles(input)) yield* itemsOf(path, () => readFileItems(path));
    } else {
      yield* itemsOf(input, () => readFileItems(input));
    }
  }
}

/**
 * How many inputs `readInputs` will read: files in folders count one each, URLs and files one each.
 * A feed yields several documents, so this is a lower bound, good for a progress estimate.
 * @example await countInputs(['corpus/', 'https://example.org/a']) // → 41
 */
export async function countInputs(inputs: string[]): Promise<number> {
  let n = 0;
  for (const input of inputs) {
    const info = /^[a-z][a-z0-9+.-]*:\/\//i.test(input) ? null : await stat(input).catch(() => null);
    if (info?.isDirectory()) for await (const _ of walkFiles(input)) n++;
    else n++;
  }
  return n;
}

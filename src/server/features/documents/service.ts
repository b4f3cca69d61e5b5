/** Bringing new documents in through the API: pasted text, HTML, a URL (page, PDF or feed) or uploaded files. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { type DocumentOutcome, processDocument, processInputs } from '../../../app/process-documents.js';
import type { NewDocument } from '../../../domain/index.js';
import { documentFromHtml, documentFromText } from '../../../ingest/index.js';
import type { Store } from '../../../store/index.js';

export async function ingestNewDocument(
  store: Store,
  body: NewDocument,
  allowPrivate: boolean,
): Promise<DocumentOutcome[]> {
  if (body.url !== undefined) return collect(processInputs(store, [body.url], { allowPrivate }));
  const meta = { title: body.title ?? null, published: body.published ?? null, publisher: body.publisher ?? null };
  const doc =
    body.html !== undefined
      ? documentFromHtml(body.html, { origin: 'api:html' })
      : documentFromText(body.text ?? '', meta, 'api:text');
  if (body.html !== undefined) Object.assign(doc.meta, stripNulls(meta));
  // Pasted content has no address of its own: name it by its hash, so that two different pastes are two
  // documents rather than "versions" of one another.
  doc.origin = `${doc.origin}:${doc.contentHash.slice(0, 16)}`;
  if (!doc.text.trim()) return [{ kind: 'failed', input: doc.origin, error: 'the document has no text' }];
  return [await processDocument(store, doc)];
}

/** Uploaded files go through the same readers as files on disk, so their formats are sniffed the same way. */
export async function ingestUploads(
  store: Store,
  files: AsyncIterable<{ filename: string; toBuffer(): Promise<Buffer> }>,
): Promise<DocumentOutcome[]> {
  const dir = await mkdtemp(join(tmpdir(), 'vigil-upload-'));
  try {
    const paths: string[] = [];
    for await (const f of files) {
      const name = basename(f.filename || 'upload.txt').replace(/[^\w.-]+/g, '_');
      const path = join(dir, `${paths.length}-${extname(name) ? name : `${name}.txt`}`);
      await writeFile(path, await f.toBuffer());
      paths.push(path);
    }
    const outcomes = await collect(processInputs(store, paths, { allowPrivate: false }));
    // Report the name the user uploaded, not our temporary path.
    return outcomes.map((o) => ({ ...o, input: o.input.replace(`${dir}/`, '').replace(/^\d+-/, '') }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const stripNulls = (o: Record<string, string | null>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null));

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

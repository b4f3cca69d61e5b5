/** Files and folders through readInputs/readFile: every format, folder walking, and every bad input. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeImageOnlyPdf, writePdf } from '../../scripts/minimal-pdf.mjs';
import { IngestedDocument } from '../domain/index.js';
import { ARTICLE_HTML } from './html-fixtures.js';
import { type IngestFailure, isIngestFailure, readFile, readInputs } from './index.js';

const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));
const PDF = writePdf({
  title: 'Bridge closed',
  date: '2024-05-02',
  paragraphs: ['The bridge was closed after a bomb threat.'],
});
let dir = '';

async function collect(inputs: string[]): Promise<(IngestedDocument | IngestFailure)[]> {
  const out = [];
  for await (const item of readInputs(inputs, {})) out.push(item);
  return out;
}

/** Bad inputs: file name, content, and the failure it must produce. */
const BAD_FILES: [string, Buffer | string, string | RegExp][] = [
  ['binary.txt', Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 7, 8]), 'not plain text: content looks like binary data'],
  [
    'photo.txt',
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    'not plain text: content looks like PNG image',
  ],
  ['renamed-pdf.html', PDF, 'not HTML: content looks like a PDF'],
  ['page.pdf', '<!doctype html><html><body><p>Hello</p></body></html>', 'not a PDF: content looks like HTML'],
  ['empty.txt', '', 'empty file'],
  ['blank.md', '  \n\n\t\n', 'empty file'],
  ['words.rss', 'just words, no markup', 'not XML: expected an RSS/Atom feed, found plain text'],
  [
    'sitemap.xml',
    '<?xml version="1.0"?><urlset><url><loc>https://x.org/</loc></url></urlset>',
    'XML but not an RSS/Atom feed',
  ],
  [
    'nothing.html',
    '<html><body><script>track()</script><div class="ad"></div></body></html>',
    'HTML page has no readable text',
  ],
  ['scan.pdf', writeImageOnlyPdf(), 'no text layer (scanned PDF?)'],
  ['truncated.pdf', PDF.subarray(0, 200), /^unreadable PDF \(.+\)$/],
  ['notes.docx', 'whatever', /^unsupported file type "\.docx" \(known: \.txt .+\)$/],
];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vigil-ingest-'));
  await mkdir(join(dir, 'bad'));
  for (const [name, content] of BAD_FILES) await writeFile(join(dir, 'bad', name), content);
  await mkdir(join(dir, 'corpus', 'b-sub', 'deeper'), { recursive: true });
  await mkdir(join(dir, 'corpus', '.hidden'));
  await writeFile(join(dir, 'corpus', 'c.txt'), 'Third\n\nText of the third file.');
  await writeFile(join(dir, 'corpus', 'a.md'), '# First\n\nText of the first file.');
  await writeFile(join(dir, 'corpus', 'b-sub', 'deeper', 'd.pdf'), PDF);
  await writeFile(join(dir, 'corpus', 'b-sub', 'b.html'), '<title>Second</title><p>Text of the second file.</p>');
  await writeFile(join(dir, 'corpus', '.hidden', 'x.txt'), 'never read');
  await writeFile(join(dir, 'corpus', '.DS_Store'), Buffer.from([0, 0, 0, 1]));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readInputs on files', () => {
  it.each([
    ['wire.txt', 'txt', 'Car bomb kills five in northern town', '2024-01-12'],
    ['report.md', 'md', 'Ambush on a supply convoy in the Sahel', '2024-02-18'],
  ])('reads %s as %s with its title and date', async (name, format, title, published) => {
    const [doc] = (await collect([join(FIXTURES, name)])) as IngestedDocument[];
    expect(doc).toMatchObject({ format, origin: join(FIXTURES, name), meta: { title, published } });
  });

  it('reads an HTML file with its title and date', async () => {
    await writeFile(join(dir, 'article.htm'), ARTICLE_HTML);
    const [doc] = (await collect([join(dir, 'article.htm')])) as IngestedDocument[];
    expect(doc).toMatchObject({
      format: 'html',
      meta: { title: 'Gunmen attack checkpoint near Tal Afar', published: '2024-03-04' },
    });
  });

  it('reads a PDF with its Info metadata', async () => {
    await writeFile(join(dir, 'bridge.pdf'), PDF);
    const [doc] = (await collect([join(dir, 'bridge.pdf')])) as IngestedDocument[];
    expect(doc).toMatchObject({ format: 'pdf', text: 'The bridge was closed after a bomb threat.' });
    expect(doc?.meta).toMatchObject({ title: 'Bridge closed', published: '2024-05-02' });
  });

  it.each([
    ['wire-2020-03-25-kabul.txt', 'Temple attack\n\nKABUL, March 25 (Wire) - Gunmen stormed a temple.', '2020-03-25'],
    ['2021-08-26.md', '# Airport bombing\n\nA bomber struck the gate.', '2021-08-26'],
    ['wire-2020-03-25.txt', 'Temple attack\n\nPublished: 2020-03-26\n\nGunmen stormed a temple.', '2020-03-26'],
    ['report-20200325.txt', 'Temple attack\n\nGunmen stormed a temple.', null],
  ])('falls back to a date in the file name: %s', async (name, content, published) => {
    await writeFile(join(dir, name), content);
    const [doc] = (await collect([join(dir, name)])) as IngestedDocument[];
    expect(doc?.meta.published).toBe(published);
  });

  it('splits feed files into one document per item', async () => {
    const items = await collect([join(FIXTURES, 'news.rss'), join(FIXTURES, 'alerts.atom')]);
    expect(items.map((x) => (x as IngestedDocument).origin)).toEqual([
      `${join(FIXTURES, 'news.rss')}#wire-1001`,
      `${join(FIXTURES, 'news.rss')}#wire-1002`,
      `${join(FIXTURES, 'alerts.atom')}#urn:uuid:alert-1`,
      `${join(FIXTURES, 'alerts.atom')}#urn:uuid:alert-2`,
    ]);
  });

  it('walks a folder recursively in sorted order, skipping hidden entries', async () => {
    const items = (await collect([join(dir, 'corpus')])) as IngestedDocument[];
    expect(items.map((d) => d.origin.slice(dir.length + 1))).toEqual([
      'corpus/a.md',
      'corpus/b-sub/b.html',
      'corpus/b-sub/deeper/d.pdf',
      'corpus/c.txt',
    ]);
    expect(items.map((d) => d.meta.title)).toEqual(['First', 'Second', 'Bridge closed', 'Third']);
  });

  it.each(BAD_FILES)('fails on %s with a one-line reason', async (name, _, error) => {
    const [item] = await collect([join(dir, 'bad', name)]);
    expect(isIngestFailure(item)).toBe(true);
    expect((item as IngestFailure).input).toBe(join(dir, 'bad', name));
    expect((item as IngestFailure).error).toMatch(error);
    expect((item as IngestFailure).error).not.toContain('\n');
  });

  it('keeps going after failures: a folder of bad files yields one failure per file', async () => {
    const items = await collect([join(dir, 'bad'), join(dir, 'missing.txt'), join(FIXTURES, 'wire.txt')]);
    expect(items.filter(isIngestFailure)).toHaveLength(BAD_FILES.length + 1);
    expect(items.at(-2)).toEqual({ input: join(dir, 'missing.txt'), error: 'no such file or directory' });
    expect(items.at(-1)).toHaveProperty('format', 'txt');
  });

  it('gives the same contentHash to the same text saved differently', async () => {
    await writeFile(join(dir, 'same.txt'), 'Raid on a village\n\nThe raid began\nat dawn.\n');
    await writeFile(join(dir, 'same.md'), '# Raid on a village\n\nThe raid   began at dawn.');
    const [txt, md] = (await collect([join(dir, 'same.txt'), join(dir, 'same.md')])) as IngestedDocument[];
    expect(txt?.contentHash).toBe(md?.contentHash);
    expect(txt?.text).not.toBe(md?.text);
  });
});

describe('every document matches the domain schema', () => {
  it('validates with the IngestedDocument zod schema', async () => {
    const items = await collect([FIXTURES, join(dir, 'corpus')]);
    expect(items.length).toBeGreaterThan(8);
    for (const item of items) expect(IngestedDocument.parse(item)).toEqual(item);
  });
});

describe('readFile', () => {
  it('returns the documents of one file', async () => {
    const docs = await readFile(join(FIXTURES, 'news.rss'));
    expect(docs.map((d) => d.meta.title)).toEqual(['Drone strike on a weapons depot', 'Kidnapped engineers released']);
  });

  it.each([
    ['missing.txt', 'no such file or directory'],
    ['bad/empty.txt', 'empty file'],
    ['bad/scan.pdf', 'no text layer (scanned PDF?)'],
  ])('throws "%s: reason" for %s', async (name, reason) => {
    await expect(readFile(join(dir, name))).rejects.toThrow(`${join(dir, name)}: ${reason}`);
  });
});

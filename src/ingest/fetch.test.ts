/** Real HTTP on 127.0.0.1: the fetcher's safety rules and the URL path of readInputs. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePdf } from '../../scripts/minimal-pdf.mjs';
import type { IngestedDocument } from '../domain/index.js';
import { refusalReason } from './address-policy.js';
import { isIngestFailure } from './failure.js';
import { type FetchOptions, fetchUrl } from './fetch.js';
import { readInputs } from './read-inputs.js';

const ARTICLE = `<html><head><title>Convoy hit | Local Wire</title><meta property="og:site_name" content="Local Wire"></head>
<body><nav>Home World</nav><article><p>${'A roadside bomb struck an aid convoy on the southern highway, killing a driver. '.repeat(4)}</p></article></body></html>`;
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>
<item><title>One</title><guid>1</guid><description>First item text.</description></item>
<item><title>Two</title><guid>2</guid><description>Second item text.</description></item></channel></rss>`;

let server: Server;
let base = '';
let hits = 0;

/** Routes of the test server: path → [status, headers, body] or a special behaviour. */
function respond(path: string): [number, Record<string, string>, Buffer | string] | 'hang' {
  const port = (server.address() as AddressInfo).port;
  const chain = /^\/chain\/(\d+)$/.exec(path);
  if (chain) {
    const left = Number(chain[1]);
    return left > 0 ? [302, { location: `/chain/${left - 1}` }, ''] : [200, { 'content-type': 'text/html' }, ARTICLE];
  }
  const routes: Record<string, [number, Record<string, string>, Buffer | string]> = {
    '/page': [200, { 'content-type': 'text/html; charset=utf-8' }, ARTICLE],
    '/feed': [200, { 'content-type': 'application/rss+xml' }, FEED],
    '/report': [
      200,
      { 'content-type': 'application/octet-stream' },
      writePdf({ title: 'R', paragraphs: ['PDF body.'] }),
    ],
    '/notes': [200, { 'content-type': 'text/plain' }, 'Field notes\n\nThe bridge was closed on Tuesday.'],
    '/gzip': [200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }, gzipSync(ARTICLE)],
    '/big': [200, { 'content-type': 'text/plain' }, 'x'.repeat(100_000)],
    '/image': [200, { 'content-type': 'image/png' }, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])],
    '/fake-feed': [200, { 'content-type': 'application/rss+xml' }, 'this is not xml at all'],
    '/redirect': [301, { location: '/page' }, ''],
    '/redirect-private': [302, { location: `http://127.0.0.2:${port}/page` }, ''],
    '/redirect-file': [302, { location: 'file:///etc/passwd' }, ''],
    '/error': [500, {}, 'boom'],
  };
  if (path === '/slow') return 'hang';
  return routes[path] ?? [404, {}, 'not here'];
}

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    const route = respond(req.url ?? '/');
    if (route === 'hang') return; // never answers: the client's deadline must end it
    const [status, headers, body] = route;
    res.writeHead(status, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const local = { allowPrivate: true };
/** Allows exactly the test server's address, refusing every other non-public one as by default. */
const onlyTestServer = { refuseAddress: (a: string) => (a === '127.0.0.1' ? null : refusalReason(a)) };

describe('fetchUrl refuses non-public destinations by default', () => {
  it.each([
    ['the test server by IP', () => `${base}/page`, /refused to fetch 127\.0\.0\.1: loopback/],
    [
      'localhost (resolved by DNS)',
      () => base.replace('127.0.0.1', 'localhost'),
      /refused to fetch localhost \(.+\): loopback/,
    ],
    ['IPv6 loopback', () => 'http://[::1]/', /loopback/],
    ['IPv4-mapped IPv6 loopback', () => 'http://[::ffff:127.0.0.1]/', /loopback/],
    ['a decimal IPv4 spelling', () => 'http://2130706433/', /loopback/],
    ['a hex IPv4 spelling', () => 'http://0x7f.0.0.1/', /loopback/],
    ['cloud metadata (link-local)', () => 'http://169.254.169.254/latest/meta-data', /link-local/],
    ['a private network', () => 'http://10.0.0.1/', /private/],
    ['carrier-grade NAT', () => 'http://100.64.0.1/', /carrier-grade-nat/],
    ['a non-http scheme', () => 'file:///etc/passwd', /only http and https/],
  ])('%s', async (_, url, message) => {
    const before = hits;
    await expect(fetchUrl(url(), {})).rejects.toThrow(message);
    expect(hits).toBe(before);
  });
});

describe('fetchUrl with allowPrivate against a real local server', () => {
  it('fetches a page and reports the final URL after a redirect', async () => {
    const { body, contentType, finalUrl } = await fetchUrl(`${base}/redirect`, local);
    expect(body.toString()).toBe(ARTICLE);
    expect(contentType).toMatch(/text\/html/);
    expect(finalUrl).toBe(`${base}/page`);
  });

  it('decompresses gzip bodies', async () => {
    expect((await fetchUrl(`${base}/gzip`, local)).body.toString()).toBe(ARTICLE);
  });

  it('follows five redirects but not six', async () => {
    expect((await fetchUrl(`${base}/chain/5`, local)).finalUrl).toBe(`${base}/chain/0`);
    await expect(fetchUrl(`${base}/chain/6`, local)).rejects.toThrow(/too many redirects/);
  });

  it.each([
    [
      'a redirect to another loopback address',
      '/redirect-private',
      onlyTestServer,
      /refused to fetch 127\.0\.0\.2: loopback/,
    ],
    ['a redirect to a file: URL', '/redirect-file', local, /only http and https URLs are fetched, not file:/],
    ['HTTP 404', '/missing', local, /^HTTP 404 Not Found$/],
    ['HTTP 500', '/error', local, /^HTTP 500 Internal Server Error$/],
    ['a body over the size cap', '/big', { ...local, maxBytes: 10_000 }, /larger than the 10000-byte limit/],
    ['a server that never answers', '/slow', { ...local, timeoutMs: 300 }, /timed out after 0\.3 s/],
  ])('refuses %s', async (_, path, opts, message) => {
    await expect(fetchUrl(`${base}${path}`, opts)).rejects.toThrow(message);
  });

  it('reports a closed port as connection refused', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(fetchUrl(`http://127.0.0.1:${port}/`, local)).rejects.toThrow(/connection refused/);
  });
});

describe('readInputs on URLs', () => {
  const read = async (paths: string[], opts: FetchOptions = local) => {
    const out = [];
    for await (const item of readInputs(
      paths.map((p) => `${base}${p}`),
      opts,
    ))
      out.push(item);
    return out;
  };

  it.each([
    ['a page', '/page', 'html', 1],
    ['a feed, one document per item', '/feed', 'feed', 2],
    ['a PDF sent as octet-stream (sniffed)', '/report', 'pdf', 1],
    ['plain text', '/notes', 'txt', 1],
  ])('reads %s', async (_, path, format, count) => {
    const items = (await read([path])) as IngestedDocument[];
    expect(items.filter(isIngestFailure)).toEqual([]);
    expect(items).toHaveLength(count);
    for (const doc of items) expect(doc.format).toBe(format);
  });

  it('fills page metadata and feed origins from the URL', async () => {
    const [page, firstItem] = (await read(['/page', '/feed'])) as IngestedDocument[];
    expect(page?.meta).toMatchObject({ title: 'Convoy hit', publisher: 'Local Wire', url: `${base}/page` });
    expect(page?.text).not.toContain('Home World');
    expect(firstItem?.origin).toBe(`${base}/feed#1`);
    expect(firstItem?.meta.publisher).toBe('Local Wire');
  });

  it('turns every bad URL into a one-line failure and goes on', async () => {
    const items = await read(['/image', '/fake-feed', '/missing', '/page']);
    expect(items.slice(0, 3)).toEqual([
      { input: `${base}/image`, error: 'unsupported content type "image/png" (PNG image)' },
      { input: `${base}/fake-feed`, error: 'not XML: expected an RSS/Atom feed, found plain text' },
      { input: `${base}/missing`, error: 'HTTP 404 Not Found' },
    ]);
    expect(items[3]).toHaveProperty('format', 'html');
  });

  it('refuses the local server without allowPrivate', async () => {
    const [item] = await read(['/page'], {});
    expect(item).toEqual({
      input: `${base}/page`,
      error: 'refused to fetch 127.0.0.1: loopback address (allowPrivate permits it)',
    });
  });
});

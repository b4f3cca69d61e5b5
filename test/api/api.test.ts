/**
 * The API end to end on a real SQLite file loaded with the sample corpus: what `npm start` serves.
 */
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentDetail, EventDetail, Page, StoredEvent } from '../../src/domain/index.js';
import { type SampleApp, startSampleApp } from '../support/sample-app.js';

let sample: SampleApp;
let app: FastifyInstance;

beforeAll(async () => {
  sample = await startSampleApp('api');
  app = sample.app;
});

afterAll(() => sample?.close());

const get = async <T>(url: string): Promise<T> => {
  const res = await app.inject({ method: 'GET', url });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json() as T;
};

describe('GET /api/events on the sample corpus', () => {
  it('serves at least 10 events on the first page, each dated, placed and with evidence in its document', async () => {
    const page = await get<Page<StoredEvent>>('/api/events?limit=50');
    const complete = page.items.filter((e) => e.date && e.place);
    expect(complete.length).toBeGreaterThanOrEqual(10);
    for (const e of complete.slice(0, 10)) {
      const detail = await get<EventDetail>(`/api/events/${e.id}`);
      expect(detail.evidence.length).toBeGreaterThan(0);
      const ev = detail.evidence[0]!;
      const doc = await get<DocumentDetail>(`/api/documents/${ev.documentId}`);
      expect(doc.text.slice(ev.start, ev.end)).toBe(ev.text);
    }
  });

  it('pages with an accurate total', async () => {
    const all = await get<Page<StoredEvent>>('/api/events?limit=1000');
    const first = await get<Page<StoredEvent>>('/api/events?limit=3&offset=0');
    const second = await get<Page<StoredEvent>>('/api/events?limit=3&offset=3');
    expect(first.total).toBe(all.items.length);
    expect(first.items).toHaveLength(3);
    expect(second.items.map((e) => e.id)).not.toContain(first.items[0]!.id);
  });

  it.each([
    ['country', 'country=AF', (e: StoredEvent) => e.place?.country === 'AF'],
    ['type class', 'type=attack', (e: StoredEvent) => e.type.startsWith('attack.')],
    [
      'date range',
      'from=2021-01-01&to=2021-12-31',
      (e: StoredEvent) => !!e.date && e.date.end >= '2021-01-01' && e.date.start <= '2021-12-31',
    ],
    ['review status', 'status=proposed', (e: StoredEvent) => e.status === 'proposed'],
  ])('filters by %s', async (_name, qs, holds) => {
    const page = await get<Page<StoredEvent>>(`/api/events?${qs}&limit=1000`);
    expect(page.items.length).toBeGreaterThan(0);
    for (const e of page.items) expect(holds(e), JSON.stringify(e)).toBe(true);
  });

  it('rejects a malformed filter with a message naming it', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/events?from=last-tuesday' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('from');
  });

  it('answers 404 for an unknown event', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/events/ev_nope' });
    expect(res.statusCode).toBe(404);
  });
});

describe('entities, search, OpenAPI', () => {
  it('lists entities and opens one with its events', async () => {
    const page = await get<Page<{ id: string; eventCount: number }>>('/api/entities?limit=100');
    expect(page.total).toBeGreaterThan(0);
    const busiest = [...page.items].sort((a, b) => b.eventCount - a.eventCount)[0]!;
    const one = await get<{ events: unknown[] }>(`/api/entities/${busiest.id}`);
    expect(one.events.length).toBe(busiest.eventCount);
  });

  it('finds documents by full text', async () => {
    const hits = await get<{ kind: string }[]>('/api/search?q=Kabul');
    expect(hits.some((h) => h.kind === 'document')).toBe(true);
  });

  it('serves an OpenAPI document naming the routes', async () => {
    const doc = await get<{ openapi: string; paths: Record<string, unknown> }>('/openapi.json');
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/events', '/api/events/{id}', '/api/search']));
  });
});

describe('POST /api/documents', () => {
  const text =
    'Police in Peshawar said on 4 March 2022 that a suicide bomber killed at least 56 people at a Shia mosque in the old city.';

  it('ingests pasted text, then finds the same content unchanged', async () => {
    const post = () =>
      app.inject({
        method: 'POST',
        url: '/api/documents',
        payload: { text, published: '2022-03-05', title: 'Peshawar' },
      });
    const first = (await post()).json();
    expect(first.results[0]).toMatchObject({ kind: 'saved', status: 'created' });
    const again = (await post()).json();
    expect(again.results[0]).toMatchObject({
      kind: 'saved',
      status: 'unchanged',
      documentId: first.results[0].documentId,
    });
  });

  it('stores HTML as sanitised text', async () => {
    const html =
      '<html><head><title>Test page</title></head><body><article><h1>Blast</h1><p>An explosion hit a market in Quetta on Monday, officials said. <script>alert(1)</script><img src=x onerror="alert(2)"></p><p>Police said two people were hurt.</p></article></body></html>';
    const res = (await app.inject({ method: 'POST', url: '/api/documents', payload: { html } })).json();
    const doc = await get<DocumentDetail>(`/api/documents/${res.results[0].documentId}`);
    expect(doc.text).toContain('Quetta');
    expect(doc.text).not.toMatch(/<script|onerror|alert\(/);
  });

  it('requires exactly one of text, html or url', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/documents', payload: { text: 'a', html: '<p>b</p>' } });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('exactly one');
  });

  it('refuses to fetch a loopback URL', async () => {
    const local = createHttpServer((_req, res) => res.end('<p>secret</p>')).listen(0, '127.0.0.1');
    await new Promise((r) => local.once('listening', r));
    try {
      const url = `http://127.0.0.1:${(local.address() as AddressInfo).port}/`;
      const res = (await app.inject({ method: 'POST', url: '/api/documents', payload: { url } })).json();
      expect(res.failed).toBe(1);
      expect(res.results[0].error).toMatch(/private|loopback/i);
    } finally {
      local.close();
    }
  });

  it('accepts uploaded files and reports a bad one by its name', async () => {
    const boundary = '----vigiltest';
    const part = (name: string, body: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n${body}\r\n`;
    const payload = `${part('note.txt', 'Gunmen killed two guards in Kunduz on 3 May 2021, police said.')}${part('empty.txt', '')}--${boundary}--\r\n`;
    const res = await app.inject({
      method: 'POST',
      url: '/api/documents/upload',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.failed).toBe(1);
    expect(body.results.find((r: { kind: string }) => r.kind === 'failed').input).toContain('empty.txt');
  });
});

describe('pasting two different texts', () => {
  it('stores two documents, not two versions of one', async () => {
    const post = (text: string) => app.inject({ method: 'POST', url: '/api/documents', payload: { text } });
    const a = (await post('Gunmen attacked a checkpoint in Ghazni on 2 June 2021, police said.')).json();
    const b = (await post('A bomb exploded near a bus in Quetta on 9 June 2021, officials said.')).json();
    expect(a.results[0].status).toBe('created');
    expect(b.results[0].status).toBe('created');
  });
});

describe('actors and what the reports say links them', () => {
  it('shows ISKP’s leader from the NDS statement, with the document that says so', async () => {
    const page = await get<Page<{ id: string; name: string }>>('/api/entities?q=ISKP&limit=10');
    const iskp = page.items.find((e) => /khorasan/i.test(e.name));
    expect(iskp, JSON.stringify(page.items)).toBeDefined();
    const detail = await get<{ relations: { type: string; direction: string; name: string; documentId: string }[] }>(
      `/api/entities/${iskp!.id}`,
    );
    const leaders = detail.relations.filter((r) => r.type === 'leader_of' && r.direction === 'incoming');
    expect(leaders.map((r) => r.name)).toContain('Abdullah Orakzai');
  });
});

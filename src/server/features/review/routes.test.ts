/**
 * The review API on a real SQLite store loaded with the sample corpus, through Fastify inject:
 * every decision, its history entry, undo, and corrections surviving re-extraction.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSyntheticEvents } from '../../../../test/e2e/synthetic.js';
import { type SampleApp, startSampleApp } from '../../../../test/support/sample-app.js';
import type { EntityDetail, EntitySummary, EventDetail, Page, StoredEvent } from '../../../domain/index.js';
import { type Store, saveDocument } from '../../../store/index.js';
import { makeDoc, makeEvent, makeExtraction } from '../../../store/testing/fixtures.js';

let sample: SampleApp;
let store: Store;
let app: FastifyInstance;
let events: StoredEvent[];

beforeAll(async () => {
  sample = await startSampleApp('review');
  ({ store, app } = sample);
  events = (await call<Page<StoredEvent>>('GET', '/api/events?limit=1000&sort=date')).items;
});

afterAll(() => sample?.close());

async function call<T>(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, status = 200): Promise<T> {
  const res = await app.inject({ method, url, payload: payload as object, headers: { 'x-vigil-user': 'ana' } });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
  return res.json() as T;
}

/** A fresh event for each test, so tests do not see each other's decisions. */
let used = 0;
const nextEvent = (pred: (e: StoredEvent) => boolean = () => true): StoredEvent => {
  const e = events.slice(used).find(pred);
  if (!e) throw new Error('the sample corpus ran out of events for this test');
  used = events.indexOf(e) + 1;
  return e;
};

describe('review decisions', () => {
  it('has events to review', () => {
    expect(events.length).toBeGreaterThan(6);
  });

  it.each([
    ['confirm', 'confirmed'],
    ['reject', 'rejected'],
  ])('%s sets the status and records who did it', async (action, status) => {
    const e = nextEvent();
    const after = await call<EventDetail>('POST', `/api/events/${e.id}/${action}`);
    expect(after.status).toBe(status);
    expect(after.history.at(-1)).toMatchObject({ user: 'ana' });
  });

  it('edits a date and a place, keeping the value before in the history', async () => {
    const e = nextEvent();
    const place = {
      name: 'Bagram',
      admin2: null,
      admin1: 'Parwan',
      country: 'AF',
      lat: 34.95,
      lon: 69.26,
      precision: 'point',
      text: 'Bagram',
    };
    const date = { start: '2021-01-05', end: '2021-01-05', precision: 'day', text: 'Jan 5' };
    const after = await call<EventDetail>('POST', `/api/events/${e.id}/edit`, { date, place });
    expect(after.date).toEqual(date);
    expect(after.place).toEqual(place);
    expect(after.status).toBe('edited');
    const entry = after.history.at(-1)!;
    expect(entry.user).toBe('ana');
    expect(entry.before).toMatchObject({ date: e.date });
  });

  it('refuses a malformed patch with 400', async () => {
    const e = nextEvent();
    await call('POST', `/api/events/${e.id}/edit`, { date: { start: 'yesterday' } }, 400);
    await call('PATCH', `/api/events/${e.id}`, { colour: 'red' }, 400);
  });

  it('merges two events, shows both claims, and undoes the merge', async () => {
    const a = nextEvent();
    const b = nextEvent((x) => x.documentIds[0] !== a.documentIds[0]);
    const merged = await call<EventDetail>('POST', `/api/events/${a.id}/merge`, { otherId: b.id });
    expect(merged.documentIds).toEqual(expect.arrayContaining([...a.documentIds, ...b.documentIds]));
    expect((await call<EventDetail>('GET', `/api/events/${b.id}`)).status).toBe('merged');
    const decision = merged.history.find((h) => h.action === 'merge')!;
    const undone = await call<EventDetail>('POST', `/api/events/${a.id}/undo`, { decisionId: decision.id });
    expect(undone.documentIds).not.toEqual(expect.arrayContaining(b.documentIds));
    expect((await call<EventDetail>('GET', `/api/events/${b.id}`)).status).not.toBe('merged');
  });

  it('splits a merged event back apart by document', async () => {
    const a = nextEvent();
    const b = nextEvent((x) => x.documentIds[0] !== a.documentIds[0]);
    await call('POST', `/api/events/${a.id}/merge`, { otherId: b.id });
    const split = await call<{ eventId: string; ids: string[] }>('POST', `/api/events/${a.id}/split`, {
      documentIds: [b.documentIds[0]],
    });
    expect(split.ids).toContain(a.id);
    const left = await call<EventDetail>('GET', `/api/events/${a.id}`);
    expect(left.documentIds).not.toContain(b.documentIds[0]);
  });

  it('links related events', async () => {
    const a = nextEvent();
    const b = nextEvent();
    const after = await call<EventDetail>('POST', `/api/events/${a.id}/related`, { otherId: b.id });
    expect(after.related ?? []).toContain(b.id);
  });

  it('answers 404 for an unknown event and 409 for merging an event into itself', async () => {
    await call('POST', '/api/events/ev_nope/confirm', undefined, 404);
    const e = nextEvent();
    await call('POST', `/api/events/${e.id}/merge`, { otherId: e.id }, 409);
  });

  it('suggests duplicates with reasons and scores', async () => {
    const e = events[0]!;
    const list = await call<{ eventId: string; reasons: string[]; score: number }[]>(
      'GET',
      `/api/events/${e.id}/duplicates`,
    );
    for (const c of list) {
      expect(c.reasons.length).toBeGreaterThan(0);
      expect(c.score).toBeGreaterThan(0);
    }
  });
});

describe('re-extraction', () => {
  it('keeps an analyst’s correction', async () => {
    const e = nextEvent((x) => x.documentIds.length === 1);
    const date = { start: '2019-07-04', end: '2019-07-04', precision: 'day', text: 'corrected' };
    await call('POST', `/api/events/${e.id}/edit`, { date });
    const r = await call<{ eventIds: string[] }>('POST', `/api/documents/${e.documentIds[0]}/reextract`);
    expect(r.eventIds.length).toBeGreaterThan(0);
    const after = await call<EventDetail>('GET', `/api/events/${e.id}`);
    expect(after.date).toEqual(date);
  });

  it('answers 404 for an unknown document', async () => {
    await call('POST', '/api/documents/doc_nope/reextract', undefined, 404);
  });
});

describe('actor aliases', () => {
  it('adds and removes an alias', async () => {
    // Named actors of our own, whatever the extractor finds in the sample corpus.
    await seedSyntheticEvents(store, 5);
    const page = await call<Page<{ id: string }>>('GET', '/api/entities?limit=1&q=Harakat');
    const id = page.items[0]!.id;
    const added = await call<EntityDetail>('POST', `/api/entities/${id}/aliases`, { alias: 'The Test Front' });
    expect(added.aliases).toContain('The Test Front');
    const removed = await call<EntityDetail>('POST', `/api/entities/${id}/aliases/remove`, { alias: 'The Test Front' });
    expect(removed.aliases).not.toContain('The Test Front');
  });
});

describe('splitting an actor', () => {
  /** One commander the extractor took for one person, under a different name in each report. */
  async function saveReport(text: string, mention: string): Promise<void> {
    const doc = makeDoc(text);
    const entity = { id: 'q1', type: 'person' as const, name: 'Qari Zia', aliases: [mention], country: 'AF' };
    const actor = { role: 'perpetrator' as const, entity: 'q1', name: 'Qari Zia', mention, kind: 'person' as const };
    await saveDocument(store.db, doc, makeExtraction(doc, [makeEvent(doc, text, { actors: [actor] })], [entity]));
  }

  it('moves a name and its events to a new actor, and undoes it', async () => {
    await saveReport('Qari Zia ur Rahman led fighters into Kunar on Tuesday.', 'Qari Zia ur Rahman');
    await saveReport('Qari Ziauddin ordered the ambush in Badakhshan.', 'Qari Ziauddin');
    const page = await call<Page<EntitySummary>>('GET', '/api/entities?limit=5&q=Qari%20Zia');
    expect(page.items).toHaveLength(1);
    const id = page.items[0]!.id;
    const split = await call<{ newEntityId: string; decisionId: number }>('POST', `/api/entities/${id}/split`, {
      aliases: ['Qari Ziauddin'],
      name: 'Qari Ziauddin (Badakhshan)',
    });
    const moved = await call<EntityDetail>('GET', `/api/entities/${split.newEntityId}`);
    expect(moved).toMatchObject({ name: 'Qari Ziauddin (Badakhshan)', type: 'person', country: 'AF', eventCount: 1 });
    expect(moved.aliases).toEqual(['Qari Ziauddin']);
    expect(await call<EntityDetail>('GET', `/api/entities/${id}`)).toMatchObject({
      aliases: ['Qari Zia ur Rahman'],
      eventCount: 1,
    });
    const undone = await call<EntityDetail>('POST', `/api/entities/${id}/undo`, { decisionId: split.decisionId });
    expect(undone).toMatchObject({ eventCount: 2, aliases: ['Qari Zia ur Rahman', 'Qari Ziauddin'] });
  });

  it.each([
    ['an unknown actor', 'ent_nope', { aliases: ['x'] }, 404],
    ['a name the actor does not have', null, { aliases: ['Mullah Omar'] }, 409],
    ['every name', null, { aliases: ['Qari Zia', 'Qari Zia ur Rahman', 'Qari Ziauddin'] }, 409],
    ['no names', null, { aliases: [] }, 400],
  ])('refuses %s', async (_, given, body, status) => {
    const id = given ?? (await call<Page<EntitySummary>>('GET', '/api/entities?limit=1&q=Qari%20Zia')).items[0]!.id;
    await call('POST', `/api/entities/${id}/split`, body, status);
  });
});

import { expect, it } from 'vitest';
import {
  clearFailure,
  getDocument,
  getEvent,
  listDocuments,
  listEntities,
  listFailures,
  recordFailure,
  saveDocument,
} from './index.js';
import { actor, makeDoc, makeEvent, makeExtraction, org } from './testing/fixtures.js';
import { describeStores } from './testing/stores.js';

const TEXT = 'Gunmen attacked a checkpoint in Kabul on Friday. Five soldiers were killed, officials said.';

describeStores('documents', (open) => {
  it('creates, then reports the same content as unchanged without writing', async () => {
    const { db } = await open();
    const doc = makeDoc(TEXT, { title: 'Checkpoint attack', publisher: 'Pajhwok' });
    const x = makeExtraction(doc, [makeEvent(doc, 'Gunmen attacked a checkpoint in Kabul on Friday.')]);
    const first = await saveDocument(db, doc, x, { user: 'test' });
    expect(first.status).toBe('created');
    expect(first.eventIds).toHaveLength(1);
    expect(first.documentId).toMatch(/^doc_/);
    expect(first.eventIds[0]).toMatch(/^ev_/);
    const again = await saveDocument(db, doc, x);
    expect(again).toEqual({ documentId: first.documentId, status: 'unchanged', eventIds: first.eventIds });
    const page = await listDocuments(db, { limit: 10, offset: 0 });
    expect(page.total).toBe(1);
    const detail = await getDocument(db, first.documentId);
    expect(detail).toMatchObject({
      title: 'Checkpoint attack',
      publisher: 'Pajhwok',
      version: 1,
      text: TEXT,
      eventIds: first.eventIds,
    });
    expect(await getDocument(db, 'doc_missing')).toBeNull();
  });

  it('stores changed content from the same origin as a new version', async () => {
    const { db } = await open();
    const v1 = makeDoc(TEXT, {}, 'https://example.org/a');
    const v2 = makeDoc(`${TEXT} Updated: a sixth died.`, {}, 'https://example.org/a');
    await saveDocument(db, v1, makeExtraction(v1, []));
    const second = await saveDocument(db, v2, makeExtraction(v2, []));
    expect(second.status).toBe('new-version');
    expect((await getDocument(db, second.documentId))?.version).toBe(2);
    expect((await listDocuments(db, { limit: 10, offset: 0 })).total).toBe(2);
  });

  it('writes nothing when any part of the save fails', async () => {
    const { db } = await open();
    const doc = makeDoc(TEXT);
    const good = makeEvent(doc, 'Gunmen attacked a checkpoint in Kabul on Friday.', {
      actors: [actor('TTP', 'perpetrator', 'e1')],
    });
    // The second event names an entity the extraction never defines: the actor row breaks a foreign key.
    const dangling = makeEvent(doc, 'Five soldiers were killed, officials said.', {
      type: 'attack.other',
      actors: [actor('Ghost', 'perpetrator', 'ent_nowhere')],
    });
    await expect(saveDocument(db, doc, makeExtraction(doc, [good, dangling], [org('e1', 'TTP')]))).rejects.toThrow();
    expect((await listDocuments(db, { limit: 10, offset: 0 })).total).toBe(0);
    expect((await listEntities(db, { limit: 10, offset: 0 })).total).toBe(0);
    expect(await db.selectFrom('sentences').selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('event_claims').selectAll().execute()).toEqual([]);
    // …and the same document saves cleanly once fixed.
    const fixed = await saveDocument(db, doc, makeExtraction(doc, [good], [org('e1', 'TTP')]));
    expect(fixed.status).toBe('created');
    expect((await getEvent(db, fixed.eventIds[0] as string))?.actors[0]?.entity).toMatch(/^ent_/);
  });

  it('reports a racing save of the same content as unchanged', async () => {
    const { db } = await open();
    const doc = makeDoc(TEXT);
    const x = makeExtraction(doc, [makeEvent(doc, 'Gunmen attacked a checkpoint in Kabul on Friday.')]);
    const results = await Promise.all([saveDocument(db, doc, x), saveDocument(db, doc, x), saveDocument(db, doc, x)]);
    expect(results.map((r) => r.status).sort()).toEqual(['created', 'unchanged', 'unchanged']);
    expect(new Set(results.map((r) => r.eventIds.join()))).toHaveProperty('size', 1);
  });

  it('keeps, lists and clears ingest failures', async () => {
    const { db } = await open();
    await recordFailure(db, 'a.pdf', 'no text layer');
    await recordFailure(db, 'b.html', 'HTTP 404');
    await recordFailure(db, 'a.pdf', 'still no text layer');
    const failures = await listFailures(db);
    expect(failures.map((f) => [f.input, f.error]).sort()).toEqual([
      ['a.pdf', 'still no text layer'],
      ['b.html', 'HTTP 404'],
    ]);
    await clearFailure(db, 'a.pdf');
    expect((await listFailures(db)).map((f) => f.input)).toEqual(['b.html']);
  });
});

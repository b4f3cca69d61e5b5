/** Scale: 10,000 events stay correctly counted and filtered (timings are in `npm run bench:store`). */
import { expect, it } from 'vitest';
import { listEvents, saveDocument } from './index.js';
import { bulkDocument, DOCS, EVENTS_PER_DOC } from './testing/bulk.js';
import { describeStores } from './testing/stores.js';

describeStores('10,000 events', (open) => {
  it('are saved and paged through filters with exact totals', { timeout: 120_000 }, async () => {
    const { db } = await open();
    for (let d = 0; d < DOCS; d++) {
      const { doc, extraction } = bulkDocument(d);
      await saveDocument(db, doc, extraction);
    }
    expect((await listEvents(db, { limit: 1, offset: 0 })).total).toBe(DOCS * EVENTS_PER_DOC);
    expect((await listEvents(db, { type: 'attack', country: 'PK', limit: 1, offset: 0 })).total).toBe(1250);
    const june = await listEvents(db, {
      from: '2023-06-01',
      to: '2023-06-30',
      sort: '-killed',
      limit: 50,
      offset: 100,
    });
    expect(june.items.length).toBeGreaterThan(0);
    for (const e of june.items) expect(e.date?.start.startsWith('2023-06')).toBe(true);
    expect((await listEvents(db, { q: 'incident', limit: 50, offset: 0 })).items).toHaveLength(50);
  });
});

import { expect, it } from 'vitest';
import type { EventQuery } from '../domain/index.js';
import { type Db, listEvents, saveDocument, search } from './index.js';
import { actor, killed, makeDoc, makeEvent, makeExtraction, org, place } from './testing/fixtures.js';
import { describeStores } from './testing/stores.js';

/** Three documents, four events, chosen so that every filter separates them differently. */
async function seed(db: Db) {
  const a = makeDoc('A suicide bomber struck a mosque in Peshawar. Twelve worshippers died.', { publisher: 'Dawn' });
  const b = makeDoc('Gunmen ambushed a convoy near Jalalabad. Police arrested two suspects in Kabul.', {
    publisher: 'Pajhwok',
  });
  const c = makeDoc('Drone strike hit a compound in North Waziristan, killing four militants.', {
    publisher: 'Reuters',
  });
  const ids: Record<string, string> = {};
  ids.bombing = (
    await saveDocument(
      db,
      a,
      makeExtraction(
        a,
        [
          makeEvent(a, 'A suicide bomber struck a mosque in Peshawar.', {
            type: 'attack.suicide',
            date: { start: '2024-01-10', end: '2024-01-10', precision: 'day', text: '' },
            place: place('Peshawar', 'PK', 'Khyber Pakhtunkhwa'),
            casualties: killed(12),
            certainty: 'confirmed',
            actors: [actor('Tehrik-i-Taliban Pakistan', 'perpetrator', 'e1')],
            attribution: { source: 'police', via: 'Dawn' },
          }),
        ],
        [org('e1', 'Tehrik-i-Taliban Pakistan', ['TTP'], 'PK')],
      ),
    )
  ).eventIds[0] as string;
  const bSaved = await saveDocument(
    db,
    b,
    makeExtraction(b, [
      makeEvent(b, 'Gunmen ambushed a convoy near Jalalabad.', {
        date: { start: '2024-02-01', end: '2024-02-03', precision: 'range', text: '' },
        place: place('Jalalabad', 'AF', 'Nangarhar'),
        casualties: killed(3),
        actors: [actor('gunmen')],
      }),
      makeEvent(b, 'Police arrested two suspects in Kabul.', {
        type: 'arrest.arrest',
        date: { start: '2024-02-05', end: '2024-02-05', precision: 'day', text: '' },
        certainty: 'claimed',
      }),
    ]),
  );
  [ids.ambush, ids.arrest] = bSaved.eventIds as [string, string];
  ids.drone = (
    await saveDocument(
      db,
      c,
      makeExtraction(c, [
        makeEvent(c, 'Drone strike hit a compound in North Waziristan, killing four militants.', {
          type: 'airstrike.drone',
          date: null,
          place: place('North Waziristan', 'PK', 'Khyber Pakhtunkhwa'),
          casualties: killed(4),
        }),
      ]),
    )
  ).eventIds[0] as string;
  return ids as Record<'bombing' | 'ambush' | 'arrest' | 'drone', string>;
}

describeStores('events', (open) => {
  it('filters by every EventQuery field', async () => {
    const { db } = await open();
    const ids = await seed(db);
    const cases: [Partial<EventQuery>, string[]][] = [
      [{}, [ids.arrest, ids.ambush, ids.bombing, ids.drone]],
      [{ from: '2024-02-02' }, [ids.arrest, ids.ambush]],
      [{ to: '2024-01-31' }, [ids.bombing]],
      [{ type: 'attack' }, [ids.ambush, ids.bombing]],
      [{ type: 'attack.suicide,airstrike' }, [ids.bombing, ids.drone]],
      [{ actor: 'TTP' }, [ids.bombing]],
      [{ actor: 'tehrik i taliban pakistan' }, [ids.bombing]],
      [{ actor: 'Gunmen' }, [ids.ambush]],
      [{ country: 'pk' }, [ids.bombing, ids.drone]],
      [{ place: 'nangarhar' }, [ids.ambush]],
      [{ place: 'Peshawar' }, [ids.bombing]],
      [{ source: 'pajhwok' }, [ids.arrest, ids.ambush]],
      [{ source: 'Police' }, [ids.bombing]],
      [{ certainty: 'confirmed,claimed' }, [ids.arrest, ids.bombing]],
      [{ status: 'rejected' }, []],
      [{ q: 'mosque' }, [ids.bombing]],
      [{ q: 'arrested suspects' }, [ids.arrest]],
      [{ country: 'PK', type: 'attack' }, [ids.bombing]],
    ];
    for (const [query, expected] of cases) {
      const page = await listEvents(db, { ...query, limit: 50, offset: 0 });
      expect({ query, ids: page.items.map((e) => e.id) }).toEqual({ query, ids: expected });
      expect(page.total).toBe(expected.length);
    }
    const actorId = (await listEvents(db, { actor: 'TTP', limit: 1, offset: 0 })).items[0]?.actors[0]?.entity as string;
    expect((await listEvents(db, { actor: actorId, limit: 5, offset: 0 })).total).toBe(1);
  });

  it('sorts and pages with an exact total', async () => {
    const { db } = await open();
    const ids = await seed(db);
    const killedDesc = await listEvents(db, { sort: '-killed', limit: 50, offset: 0 });
    expect(killedDesc.items.map((e) => e.id)).toEqual([ids.bombing, ids.drone, ids.ambush, ids.arrest]);
    const byDate = await listEvents(db, { sort: 'date', limit: 2, offset: 1 });
    expect(byDate.items.map((e) => e.id)).toEqual([ids.ambush, ids.arrest]);
    expect(byDate.total).toBe(4);
  });

  it('searches sentences, events and entities', async () => {
    const { db } = await open();
    await seed(db);
    const hits = await search(db, 'taliban');
    expect(hits.map((h) => h.kind)).toEqual(['entity', 'event']);
    const docs = await search(db, 'convoy');
    expect(docs).toEqual([
      expect.objectContaining({ kind: 'document', snippet: 'Gunmen ambushed a convoy near Jalalabad.' }),
    ]);
    expect(await search(db, '"; drop table')).toEqual([]);
  });
});

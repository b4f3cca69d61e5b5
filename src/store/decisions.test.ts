import { expect, it } from 'vitest';
import {
  type Db,
  editEvent,
  findDuplicateCandidates,
  getDocument,
  getEvent,
  linkRelated,
  listEvents,
  mergeEvents,
  reextractDocument,
  saveDocument,
  setEventStatus,
  splitEvent,
  undoDecision,
} from './index.js';
import { actor, killed, makeDoc, makeEvent, makeExtraction, place } from './testing/fixtures.js';
import { describeStores } from './testing/stores.js';

const TASS = 'A bomb exploded at a market in Kabul, killing five people, TASS reported.';
const PAJHWOK = 'Seven people were killed when a bomb went off in a Kabul market, Pajhwok said.';

/** Two outlets reporting one bombing with different death tolls. */
async function twoReports(db: Db) {
  const docs = [makeDoc(TASS, { publisher: 'TASS' }), makeDoc(PAJHWOK, { publisher: 'Pajhwok' })] as const;
  const ids: string[] = [];
  for (const [doc, n, source] of [
    [docs[0], 5, 'TASS'],
    [docs[1], 7, 'Pajhwok'],
  ] as const) {
    const event = makeEvent(doc, doc.text, {
      type: 'attack.explosive',
      casualties: killed(n),
      attribution: { source, via: null },
      actors: [actor('unknown attackers')],
    });
    ids.push((await saveDocument(db, doc, makeExtraction(doc, [event]))).eventIds[0] as string);
  }
  return { docs, a: ids[0] as string, b: ids[1] as string };
}

describeStores('decisions', (open) => {
  it('merges two reports, keeps both claims and shows the lowest figure as disputed', async () => {
    const { db } = await open();
    const { a, b } = await twoReports(db);
    expect((await findDuplicateCandidates(db, a))[0]).toMatchObject({
      eventId: b,
      reasons: ['same day', 'same place: Kabul', 'shared actors: unknown attackers', 'same type class: attack'],
    });
    const merged = await mergeEvents(db, a, b, 'ana');
    expect(merged.claims.map((c) => [c.source, c.casualties.killed?.min])).toEqual([
      ['TASS', 5],
      ['Pajhwok', 7],
    ]);
    expect(merged.casualties.killed).toEqual({ min: 5, max: 5 });
    expect(merged.figures).toEqual({
      rule: 'acled-conservative',
      disputed: true,
      note: 'killed: 5 (TASS) vs 7 (Pajhwok); lowest shown',
    });
    expect(merged.documentIds).toHaveLength(2);
    expect(merged.evidence).toHaveLength(2);
    expect((await getEvent(db, b))?.status).toBe('merged');
    expect((await listEvents(db, { limit: 10, offset: 0 })).items.map((e) => e.id)).toEqual([a]);
    expect((await listEvents(db, { q: 'Pajhwok', limit: 10, offset: 0 })).items.map((e) => e.id)).toEqual([a]);
    expect((await getDocument(db, (await getEvent(db, b))?.documentIds[0] as string))?.eventIds).toEqual([a]);
    expect(await findDuplicateCandidates(db, a)).toEqual([]);
    // Undo restores two separate events.
    const mergeDecision = merged.history.find((h) => h.action === 'merge')?.id as number;
    await undoDecision(db, mergeDecision, 'ana');
    expect((await listEvents(db, { limit: 10, offset: 0 })).total).toBe(2);
    expect((await getEvent(db, a))?.figures.disputed).toBe(false);
    await expect(undoDecision(db, mergeDecision, 'ana')).rejects.toThrow(/already undone/);
  });

  it('splits a merged claim back out', async () => {
    const { db } = await open();
    const { a, b } = await twoReports(db);
    const pajhwokDoc = (await getEvent(db, b))?.documentIds[0] as string;
    await mergeEvents(db, a, b, 'ana');
    const out = await splitEvent(db, a, [pajhwokDoc], 'ana');
    expect(out.ids).toEqual([a, b]);
    expect((await getEvent(db, a))?.claims).toHaveLength(1);
    expect((await getEvent(db, b))?.status).toBe('proposed');
    await expect(splitEvent(db, a, [a], 'ana')).rejects.toThrow(/cannot be moved out/);
  });

  it('edits, sets status, undoes an edit and records history', async () => {
    const { db } = await open();
    const { a, b } = await twoReports(db);
    const edited = await editEvent(
      db,
      a,
      { casualties: killed(6), place: place('Kabul city', 'AF'), sourceGrade: 'B' },
      'ana',
    );
    expect(edited.casualties.killed).toEqual({ min: 6, max: 6 });
    expect(edited.status).toBe('edited');
    expect(edited.sourceGrade).toBe('B');
    expect(edited.figures.rule).toBe('analyst');
    const confirmed = await setEventStatus(db, a, 'confirmed', 'bob');
    expect(confirmed.status).toBe('confirmed');
    expect(confirmed.history.map((h) => [h.action, h.user])).toEqual([
      ['edit', 'ana'],
      ['status', 'bob'],
    ]);
    expect(confirmed.history[0]?.before).toMatchObject({ casualties: killed(5) });
    await undoDecision(db, confirmed.history[0]?.id as number, 'ana');
    const undone = await getEvent(db, a);
    expect(undone?.casualties.killed).toEqual({ min: 5, max: 5 });
    expect(undone?.place?.name).toBe('Kabul');
    expect(undone?.status).toBe('confirmed');
    await expect(editEvent(db, a, { type: 'nope' } as never, 'ana')).rejects.toThrow();
    await linkRelated(db, a, b, 'ana');
    expect((await getEvent(db, b))?.related).toEqual([a]);
    expect((await listEvents(db, { status: 'confirmed', limit: 5, offset: 0 })).total).toBe(1);
  });

  it('keeps analyst corrections when the document is re-extracted', async () => {
    const { db } = await open();
    const doc = makeDoc('Militants attacked a police post in Ghazni. Separately, a bomb exploded in Kandahar.');
    const first = [
      makeEvent(doc, 'Militants attacked a police post in Ghazni.', { place: place('Ghazni'), casualties: killed(2) }),
      makeEvent(doc, 'Separately, a bomb exploded in Kandahar.', {
        type: 'attack.explosive',
        place: place('Kandahar'),
      }),
    ];
    const saved = await saveDocument(db, doc, makeExtraction(doc, first));
    const [ghazni, kandahar] = saved.eventIds as [string, string];
    await editEvent(db, ghazni, { casualties: killed(3) }, 'ana');
    await setEventStatus(db, kandahar, 'rejected', 'ana');
    // A better extractor: new confidence and a weapon, the same facts, so the same ids.
    const second = first.map((e) => ({ ...e, confidence: 0.95, weapons: ['rifle'], casualties: killed(4) }));
    const again = await reextractDocument(db, saved.documentId, makeExtraction(doc, second));
    expect(again.eventIds).toEqual(saved.eventIds);
    const g = await getEvent(db, ghazni);
    expect(g).toMatchObject({ confidence: 0.95, weapons: ['rifle'], status: 'edited' });
    expect(g?.casualties.killed).toEqual({ min: 3, max: 3 });
    expect(g?.claims[0]?.casualties.killed).toEqual({ min: 4, max: 4 });
    expect((await getEvent(db, kandahar))?.status).toBe('rejected');
    // An event the extractor no longer finds stays if an analyst decided on it.
    await reextractDocument(db, saved.documentId, makeExtraction(doc, [second[1] as (typeof second)[number]]));
    expect((await getEvent(db, ghazni))?.casualties.killed).toEqual({ min: 3, max: 3 });
  });

  it('drops an undecided event the re-extraction no longer finds', async () => {
    const { db } = await open();
    const doc = makeDoc('Rockets hit Kabul airport. Nobody was hurt.');
    const event = makeEvent(doc, 'Rockets hit Kabul airport.', { type: 'attack.indirect_fire' });
    const saved = await saveDocument(db, doc, makeExtraction(doc, [event]));
    await reextractDocument(db, saved.documentId, makeExtraction(doc, []));
    expect(await getEvent(db, saved.eventIds[0] as string)).toBeNull();
    expect((await getDocument(db, saved.documentId))?.eventIds).toEqual([]);
  });
});

import { expect, it } from 'vitest';
import type { EventActor, ExtractedEntity, ExtractionResult } from '../domain/index.js';
import {
  addAlias,
  type Db,
  getEntity,
  getEvent,
  listEntities,
  listEvents,
  reextractDocument,
  StoreConflictError,
  StoreNotFoundError,
  saveDocument,
  splitEntity,
  undoDecision,
} from './index.js';
import { makeDoc, makeEvent, makeExtraction } from './testing/fixtures.js';
import { describeStores } from './testing/stores.js';

const HELMAND = 'Mullah Abdullah ordered a raid on a police post in Helmand.';
const WAZIRISTAN = 'Abdullah Mehsud led an ambush on an army convoy in Waziristan.';

/** One person named "Abdullah" in the extractor's eyes, mentioned under another name in each report. */
function report(text: string, mention: string): { extraction: ExtractionResult; save: (db: Db) => Promise<string> } {
  const doc = makeDoc(text);
  const entity: ExtractedEntity = { id: 'p1', type: 'person', name: 'Abdullah', aliases: [mention], country: 'AF' };
  const actor: EventActor = { role: 'perpetrator', entity: 'p1', name: 'Abdullah', mention, kind: 'person' };
  const extraction = makeExtraction(doc, [makeEvent(doc, text, { actors: [actor] })], [entity]);
  return {
    extraction,
    save: async (db) => (await saveDocument(db, doc, extraction)).documentId,
  };
}

async function twoAbdullahs(db: Db) {
  const helmand = report(HELMAND, 'Mullah Abdullah');
  const waziristan = report(WAZIRISTAN, 'Abdullah Mehsud');
  const docs = { helmand: await helmand.save(db), waziristan: await waziristan.save(db) };
  const events = await listEvents(db, { limit: 10, offset: 0 });
  const byPlace = (word: string) => events.items.find((e) => e.actors[0]?.mention.includes(word))?.id as string;
  const abdullah = (await listEntities(db, { q: 'abdullah', limit: 5, offset: 0 })).items;
  expect(abdullah).toHaveLength(1); // the extractor's grouping: one person
  return {
    id: abdullah[0]?.id as string,
    docs,
    extractions: { helmand: helmand.extraction, waziristan: waziristan.extraction },
    events: { helmand: byPlace('Mullah'), waziristan: byPlace('Mehsud') },
  };
}

const actorOf = async (db: Db, eventId: string) => (await getEvent(db, eventId))?.actors[0]?.entity;

describeStores('entity split', (open) => {
  it('moves names and the events that used them to a new actor of the same type and country', async () => {
    const { db } = await open();
    const t = await twoAbdullahs(db);
    const { newEntityId } = await splitEntity(db, t.id, ['mullah abdullah'], 'ana', { name: 'Abdullah of Helmand' });
    const moved = await getEntity(db, newEntityId);
    expect(moved).toMatchObject({ name: 'Abdullah of Helmand', type: 'person', country: 'AF', eventCount: 1 });
    expect(moved?.aliases).toEqual(['Mullah Abdullah']);
    expect(moved?.aliasSources).toEqual([{ alias: 'Mullah Abdullah', documentId: t.docs.helmand }]);
    expect(await getEntity(db, t.id)).toMatchObject({ aliases: ['Abdullah Mehsud'], eventCount: 1 });
    expect(await actorOf(db, t.events.helmand)).toBe(newEntityId);
    expect(await actorOf(db, t.events.waziristan)).toBe(t.id);
    expect((await listEvents(db, { actor: newEntityId, limit: 5, offset: 0 })).items.map((e) => e.id)).toEqual([
      t.events.helmand,
    ]);
  });

  it('survives re-extraction of both documents', async () => {
    const { db } = await open();
    const t = await twoAbdullahs(db);
    const { newEntityId } = await splitEntity(db, t.id, ['Mullah Abdullah'], 'ana');
    await reextractDocument(db, t.docs.helmand, t.extractions.helmand);
    await reextractDocument(db, t.docs.waziristan, t.extractions.waziristan);
    expect(await actorOf(db, t.events.helmand)).toBe(newEntityId);
    expect(await actorOf(db, t.events.waziristan)).toBe(t.id);
    // The extractor still calls him "Abdullah" with that alias; the old actor does not learn it back.
    expect((await getEntity(db, t.id))?.aliases).toEqual(['Abdullah Mehsud']);
    expect(await getEntity(db, newEntityId)).toMatchObject({ name: 'Mullah Abdullah', aliases: [], eventCount: 1 });
  });

  it('is undone: names, events and the old name come back, the new actor folds into the old one', async () => {
    const { db } = await open();
    const t = await twoAbdullahs(db);
    // Moving the actor's own name: it takes a remaining one, and gets it back on undo.
    const { newEntityId, decisionId } = await splitEntity(db, t.id, ['Abdullah', 'Mullah Abdullah'], 'ana', {
      name: 'Mullah Abdullah',
    });
    expect(await getEntity(db, t.id)).toMatchObject({ name: 'Abdullah Mehsud', aliases: [] });
    expect((await getEntity(db, newEntityId))?.aliases).toEqual(['Abdullah']);
    await addAlias(db, newEntityId, 'Abdullah Akhund', 'ana'); // learned after the split: kept on undo
    await undoDecision(db, decisionId, 'bob');
    const back = await getEntity(db, t.id);
    expect(back).toMatchObject({ name: 'Abdullah', eventCount: 2 });
    expect(back?.aliases).toEqual(['Abdullah Akhund', 'Abdullah Mehsud', 'Mullah Abdullah']);
    expect(await actorOf(db, t.events.helmand)).toBe(t.id);
    expect((await listEntities(db, { q: 'abdullah', limit: 5, offset: 0 })).total).toBe(1);
    await reextractDocument(db, t.docs.helmand, t.extractions.helmand);
    expect(await actorOf(db, t.events.helmand)).toBe(t.id);
    await expect(undoDecision(db, decisionId, 'bob')).rejects.toThrow(/already undone/);
    // Split again after the undo: a fresh actor, not the folded one.
    const again = await splitEntity(db, t.id, ['Mullah Abdullah'], 'ana');
    expect(again.newEntityId).not.toBe(newEntityId);
    expect(await actorOf(db, t.events.helmand)).toBe(again.newEntityId);
  });

  it('refuses unknown actors, names it does not have, and moving every name', async () => {
    const { db } = await open();
    const t = await twoAbdullahs(db);
    await expect(splitEntity(db, 'ent_nope', ['x'], 'ana')).rejects.toThrow(/no entity ent_nope/);
    await expect(splitEntity(db, t.id, ['Abu Bakr'], 'ana')).rejects.toThrow(/"Abu Bakr" is not a name of Abdullah/);
    await expect(splitEntity(db, t.id, ['Abdullah', 'Abdullah Mehsud', 'Mullah Abdullah'], 'ana')).rejects.toThrow(
      /cannot move every name/,
    );
    await expect(splitEntity(db, t.id, [], 'ana')).rejects.toThrow(/at least one name/);
    expect((await listEntities(db, { limit: 5, offset: 0 })).total).toBe(1); // nothing was written
    await expect(splitEntity(db, 'ent_nope', ['x'], 'ana')).rejects.toBeInstanceOf(StoreNotFoundError);
    await expect(splitEntity(db, t.id, ['Abu Bakr'], 'ana')).rejects.toBeInstanceOf(StoreConflictError);
  });
});

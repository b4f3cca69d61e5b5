import { expect, it } from 'vitest';
import type { ExtractedEntity } from '../domain/index.js';
import {
  addAlias,
  type Db,
  getEntity,
  getEvent,
  listEntities,
  listEvents,
  mergeEntities,
  removeAlias,
  saveDocument,
  undoDecision,
} from './index.js';
import { actor, makeDoc, makeEvent, makeExtraction, org } from './testing/fixtures.js';
import { describeStores } from './testing/stores.js';

/** Saves one document whose single event names `entity` as perpetrator; returns stored ids. */
async function saveMention(db: Db, text: string, entity: ExtractedEntity) {
  const doc = makeDoc(text);
  const event = makeEvent(doc, text, { actors: [actor(entity.name, 'perpetrator', entity.id)] });
  const saved = await saveDocument(db, doc, makeExtraction(doc, [event], [entity]));
  const stored = await getEvent(db, saved.eventIds[0] as string);
  return {
    documentId: saved.documentId,
    eventId: saved.eventIds[0] as string,
    entityId: stored?.actors[0]?.entity as string,
  };
}

describeStores('entities', (open) => {
  it('resolves names and aliases case- and diacritics-insensitively when the type agrees', async () => {
    const { db } = await open();
    const first = await saveMention(
      db,
      'Tehrik-i-Taliban Pakistan attacked a post.',
      org('x1', 'Tehrik-i-Taliban Pakistan', ['TTP'], 'PK'),
    );
    const second = await saveMention(
      db,
      'The Pakistani Taliban (ttp) attacked a school.',
      org('x1', 'Pakistani Taliban', ['ttp']),
    );
    const third = await saveMention(
      db,
      'TEHRĪK-I-ṬĀLIBĀN PĀKISTĀN attacked a bus.',
      org('x9', 'TEHRĪK-I-ṬĀLIBĀN PĀKISTĀN', []),
    );
    const person = await saveMention(db, 'A man named TTP was arrested.', {
      id: 'p1',
      type: 'person',
      name: 'TTP',
      aliases: [],
      country: null,
    });
    expect(second.entityId).toBe(first.entityId);
    expect(third.entityId).toBe(first.entityId);
    expect(person.entityId).not.toBe(first.entityId);
    const detail = await getEntity(db, first.entityId);
    expect(detail?.name).toBe('Tehrik-i-Taliban Pakistan');
    expect(detail?.eventCount).toBe(3);
    expect(detail?.aliasSources).toEqual(
      expect.arrayContaining([
        { alias: 'TTP', documentId: first.documentId },
        { alias: 'Pakistani Taliban', documentId: second.documentId },
      ]),
    );
    expect(detail?.aliases).not.toContain('TEHRĪK-I-ṬĀLIBĀN PĀKISTĀN'); // same folded name: nothing new learned
    const page = await listEntities(db, { q: 'pakistani', limit: 10, offset: 0 });
    expect(page.items.map((e) => [e.id, e.eventCount])).toEqual([[first.entityId, 3]]);
    expect((await listEntities(db, { type: 'person', limit: 10, offset: 0 })).total).toBe(1);
  });

  it('merges entities, moves their events and aliases, and undoes it', async () => {
    const { db } = await open();
    const ttp = await saveMention(db, 'TTP fighters attacked a checkpoint.', org('a', 'TTP'));
    const jua = await saveMention(db, 'Jamaat-ul-Ahrar attacked a court.', org('b', 'Jamaat-ul-Ahrar', ['JuA']));
    await mergeEntities(db, ttp.entityId, jua.entityId, 'ana');
    expect((await getEvent(db, jua.eventId))?.actors[0]?.entity).toBe(ttp.entityId);
    expect((await listEvents(db, { actor: 'JuA', limit: 5, offset: 0 })).total).toBe(2); // both events are now TTP's
    expect((await getEntity(db, ttp.entityId))?.aliases.sort()).toEqual(['Jamaat-ul-Ahrar', 'JuA']);
    expect((await listEntities(db, { limit: 10, offset: 0 })).total).toBe(1);
    // A later document naming the merged entity lands on the kept one.
    const later = await saveMention(db, 'Jamaat ul Ahrar claimed the blast.', org('c', 'Jamaat ul Ahrar'));
    expect(later.entityId).toBe(ttp.entityId);
    const decision = await db
      .selectFrom('decisions')
      .select('id')
      .where('action', '=', 'entity-merge')
      .executeTakeFirstOrThrow();
    await undoDecision(db, decision.id, 'ana');
    expect((await getEvent(db, jua.eventId))?.actors[0]?.entity).toBe(jua.entityId);
    expect((await getEntity(db, jua.entityId))?.aliases).toEqual(['JuA']);
  });

  it('adds and removes analyst aliases', async () => {
    const { db } = await open();
    const isk = await saveMention(db, 'Islamic State Khorasan claimed it.', org('a', 'Islamic State Khorasan'));
    await addAlias(db, isk.entityId, 'ISIS-K', 'ana');
    expect((await getEntity(db, isk.entityId))?.aliasSources).toEqual([{ alias: 'ISIS-K', documentId: null }]);
    expect((await listEvents(db, { actor: 'isis k', limit: 5, offset: 0 })).total).toBe(1);
    await removeAlias(db, isk.entityId, 'isis-k', 'ana');
    expect((await getEntity(db, isk.entityId))?.aliases).toEqual([]);
    const removal = await db
      .selectFrom('decisions')
      .select('id')
      .where('action', '=', 'alias-remove')
      .executeTakeFirstOrThrow();
    await undoDecision(db, removal.id, 'ana');
    expect((await getEntity(db, isk.entityId))?.aliases).toEqual(['ISIS-K']);
    await expect(removeAlias(db, isk.entityId, 'nope', 'ana')).rejects.toThrow(/no alias/);
    // A removed alias is not learned again from a later document.
    const jam = await saveMention(db, 'Jamaat ul Ahrar struck.', org('j', 'Jamaat ul Ahrar', ['JuA']));
    await removeAlias(db, jam.entityId, 'JuA', 'ana');
    await saveMention(db, 'JuA struck again.', org('j', 'Jamaat ul Ahrar', ['JuA']));
    expect((await getEntity(db, jam.entityId))?.aliases).toEqual([]);
  });
});

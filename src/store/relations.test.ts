import { expect, it } from 'vitest';
import type { ExtractedEntity } from '../domain/index.js';
import { getEntity, listEntities, mergeEntities, reextractDocument, saveDocument } from './index.js';
import { makeDoc, makeExtraction, org } from './testing/fixtures.js';
import { describeStores } from './testing/stores.js';

const TEXT = 'Afghan intelligence arrested ISKP leader Abdullah Orakzai in Kabul.';
const person = (id: string, name: string, aliases: string[] = []): ExtractedEntity => ({
  id,
  type: 'person',
  name,
  aliases,
  country: null,
});
const leadership = { type: 'leader_of' as const, subject: 'p1', object: 'o1', rule: 'test.leader' };

async function saveLeader(db: Parameters<typeof saveDocument>[0], text = TEXT) {
  const doc = makeDoc(text);
  const evidence = { text, start: 0, end: text.length };
  const extraction = {
    ...makeExtraction(doc, [], [person('p1', 'Abdullah Orakzai', ['Aslam Farooqi']), org('o1', 'ISKP', ['ISIS-K'])]),
    relations: [{ ...leadership, evidence }],
  };
  const saved = await saveDocument(db, doc, extraction);
  const byName = async (q: string) => (await listEntities(db, { q, limit: 5, offset: 0 })).items[0]!.id;
  return { saved, extraction, leader: await byName('orakzai'), group: await byName('iskp') };
}

describeStores('entity relations', (open) => {
  it('keeps a relation with its sentence and shows it from both ends', async () => {
    const { db } = await open();
    const { saved, leader, group } = await saveLeader(db);
    const fromLeader = (await getEntity(db, leader))!.relations;
    expect(fromLeader).toEqual([
      {
        type: 'leader_of',
        direction: 'outgoing',
        entityId: group,
        name: 'ISKP',
        documentId: saved.documentId,
        text: TEXT,
      },
    ]);
    const fromGroup = (await getEntity(db, group))!.relations;
    expect(fromGroup).toMatchObject([
      { type: 'leader_of', direction: 'incoming', entityId: leader, name: 'Abdullah Orakzai' },
    ]);
  });

  it('replaces a document’s relations on re-extraction', async () => {
    const { db } = await open();
    const { saved, extraction, group } = await saveLeader(db);
    await reextractDocument(db, saved.documentId, { ...extraction, relations: [] });
    expect((await getEntity(db, group))!.relations).toEqual([]);
  });

  it('follows an analyst’s merge of the group', async () => {
    const { db } = await open();
    const { leader, group } = await saveLeader(db);
    const other = makeDoc('Daesh Khorasan fighters attacked a checkpoint.');
    await saveDocument(db, other, makeExtraction(other, [], [org('o2', 'Daesh Khorasan')]));
    const daesh = (await listEntities(db, { q: 'daesh khorasan', limit: 1, offset: 0 })).items[0]!.id;
    await mergeEntities(db, daesh, group, 'ana');
    expect((await getEntity(db, leader))!.relations).toMatchObject([{ direction: 'outgoing', entityId: daesh }]);
    expect((await getEntity(db, daesh))!.relations).toMatchObject([{ direction: 'incoming', entityId: leader }]);
  });

  it('skips a relation whose entity the extraction did not include', async () => {
    const { db } = await open();
    const doc = makeDoc('A commander of an unnamed group was seen.');
    const extraction = {
      ...makeExtraction(doc, [], [person('p1', 'Qari Zahid')]),
      relations: [{ ...leadership, evidence: { text: doc.text, start: 0, end: doc.text.length } }],
    };
    await saveDocument(db, doc, extraction);
    const id = (await listEntities(db, { q: 'zahid', limit: 1, offset: 0 })).items[0]!.id;
    expect((await getEntity(db, id))!.relations).toEqual([]);
  });
});

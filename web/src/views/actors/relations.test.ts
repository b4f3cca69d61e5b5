import { describe, expect, it } from 'vitest';
import type { EntityRelation } from '../../../../src/domain/api.js';
import { groupRelations } from './RelationsPanel.js';

const rel = (type: EntityRelation['type'], direction: EntityRelation['direction'], name: string): EntityRelation => ({
  type,
  direction,
  entityId: `ent_${name}`,
  name,
  documentId: 'doc_1',
  text: '…',
});

describe('groupRelations', () => {
  it.each([
    ['nothing', [], []],
    ['a leader seen from the group', [rel('leader_of', 'incoming', 'Orakzai')], ['Leaders']],
    ['a person leading a group', [rel('leader_of', 'outgoing', 'ISKP')], ['Leader of']],
    [
      'several, in vocabulary order',
      [rel('leader_of', 'incoming', 'A'), rel('member_of', 'outgoing', 'B'), rel('member_of', 'incoming', 'C')],
      ['Member of', 'Members', 'Leaders'],
    ],
  ])('%s', (_name, relations, labels) => {
    expect(groupRelations(relations as EntityRelation[]).map(([label]) => label)).toEqual(labels);
  });
});

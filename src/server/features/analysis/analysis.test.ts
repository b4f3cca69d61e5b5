import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SampleApp, startSampleApp } from '../../../../test/support/sample-app.js';
import type { EventActor } from '../../../domain/index.js';
import type { CompactEvents, Network } from './schema.js';
import { buildNetwork } from './service.js';

const actor = (entity: string | null, name = entity ?? 'gunmen'): EventActor => ({
  role: 'perpetrator',
  entity,
  name,
  mention: name,
  kind: entity ? 'organization' : 'group',
});

describe('buildNetwork', () => {
  it.each([
    ['no events', [], 0, []],
    ['one actor alone', [[actor('a')]], 1, []],
    [
      'a pair twice',
      [
        [actor('a'), actor('b')],
        [actor('b'), actor('a')],
      ],
      2,
      [['a', 'b', 2]],
    ],
    [
      'a trio',
      [[actor('a'), actor('b'), actor('c')]],
      3,
      [
        ['a', 'b', 1],
        ['a', 'c', 1],
        ['b', 'c', 1],
      ],
    ],
    ['unnamed groups are left out', [[actor('a'), actor(null)]], 1, []],
    ['an actor twice in one event counts once', [[actor('a'), actor('a'), actor('b')]], 2, [['a', 'b', 1]]],
  ])('%s', (_name, eventActors, nodeCount, edges) => {
    const net = buildNetwork(eventActors.map((actors) => ({ actors })));
    expect(net.nodes).toHaveLength(nodeCount);
    expect(net.edges.map((e) => [e.source, e.target, e.weight])).toEqual(edges);
  });
});

describe('analysis API on the sample corpus', () => {
  let sample: SampleApp;
  let app: FastifyInstance;
  beforeAll(async () => {
    sample = await startSampleApp('analysis');
    app = sample.app;
  });
  afterAll(() => sample?.close());

  it('gives every matching event in compact form, with the same total as the table', async () => {
    const compact = (await app.inject('/api/analysis/events?country=AF')).json() as CompactEvents;
    const table = (await app.inject('/api/events?country=AF&limit=1')).json() as { total: number };
    expect(compact.total).toBe(table.total);
    expect(compact.items).toHaveLength(table.total);
    expect(compact.truncated).toBe(false);
  });

  it('builds a network whose nodes are actors with events', async () => {
    const res = await app.inject('/api/network');
    expect(res.statusCode).toBe(200);
    const net = res.json() as Network;
    for (const n of net.nodes) expect(n.eventCount).toBeGreaterThan(0);
    const ids = new Set(net.nodes.map((n) => n.id));
    for (const e of net.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it('rejects a bad filter with 400', async () => {
    expect((await app.inject('/api/network?from=yesterday')).statusCode).toBe(400);
  });
});

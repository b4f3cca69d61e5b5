/** Analysis: the actor network and compact events for the map and timeline, under the events filters. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { EventQuery } from '../../../domain/index.js';
import type { ServerDeps } from '../../app.js';
import { CompactEvents, Network } from './schema.js';
import { analysisService } from './service.js';

const Filters = EventQuery.omit({ limit: true, offset: true });

export default async function routes(app: FastifyInstance, { store }: ServerDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const analysis = analysisService(store);
  r.get(
    '/api/network',
    {
      schema: {
        tags: ['analysis'],
        summary: 'Actors linked through shared events, weighted by the number of events',
        querystring: Filters,
        response: { 200: Network },
      },
    },
    (req) => analysis.network(req.query),
  );
  r.get(
    '/api/analysis/events',
    {
      schema: {
        tags: ['analysis'],
        summary: 'Every matching event in a compact form, for maps and timelines',
        querystring: Filters,
        response: { 200: CompactEvents },
      },
    },
    (req) => analysis.compactEvents(req.query),
  );
}

/** Read access to events: list with filters and paging, one event with evidence, claims and history. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EventDetail, EventQuery, page, StoredEvent } from '../../../domain/index.js';
import { getEvent, listEvents } from '../../../store/index.js';
import type { ServerDeps } from '../../app.js';
import { notFound } from '../http.js';

export default async function routes(app: FastifyInstance, { store }: ServerDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/events',
    { schema: { tags: ['events'], querystring: EventQuery, response: { 200: page(StoredEvent) } } },
    async (req) => listEvents(store.db, req.query),
  );
  r.get(
    '/api/events/:id',
    { schema: { tags: ['events'], params: z.object({ id: z.string() }), response: { 200: EventDetail } } },
    async (req) => (await getEvent(store.db, req.params.id)) ?? notFound(`event ${req.params.id}`),
  );
}

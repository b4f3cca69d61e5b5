/** Read access to entities (organizations, people, places) with their aliases and events. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EntityDetail, EntityKind, EntitySummary, page } from '../../../domain/index.js';
import { getEntity, listEntities } from '../../../store/index.js';
import type { ServerDeps } from '../../app.js';
import { notFound } from '../http.js';

const EntityQuery = z.object({
  q: z.string().optional(),
  type: EntityKind.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export default async function routes(app: FastifyInstance, { store }: ServerDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/entities',
    { schema: { tags: ['entities'], querystring: EntityQuery, response: { 200: page(EntitySummary) } } },
    async (req) => listEntities(store.db, req.query),
  );
  r.get(
    '/api/entities/:id',
    { schema: { tags: ['entities'], params: z.object({ id: z.string() }), response: { 200: EntityDetail } } },
    async (req) => (await getEntity(store.db, req.params.id)) ?? notFound(`entity ${req.params.id}`),
  );
}

/** One search box over documents (full text), events and actors. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SearchHit } from '../../../domain/index.js';
import { search } from '../../../store/index.js';
import type { ServerDeps } from '../../app.js';

export default async function routes(app: FastifyInstance, { store }: ServerDeps): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/search',
    {
      schema: {
        tags: ['search'],
        querystring: z.object({
          q: z.string().min(1, 'give a search text in q'),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: z.array(SearchHit) },
      },
    },
    async (req) => search(store.db, req.query.q, req.query.limit),
  );
}

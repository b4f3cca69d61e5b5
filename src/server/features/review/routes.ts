/**
 * Review: confirm, reject, edit, merge, split, link and undo events; duplicate suggestions;
 * re-extraction of a document; alias, merge and split decisions on actors, and their undo. The acting
 * user comes from the `x-vigil-user` header until authentication exists.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EntityDetail, EventDetail, EventPatch } from '../../../domain/index.js';
import type { ServerDeps } from '../../app.js';
import { DecisionBody, EntitySplitBody, EntitySplitResult } from './schema.js';
import { reviewService } from './service.js';

const IdParams = z.object({ id: z.string().min(1) });
const OtherBody = z.object({ otherId: z.string().min(1) });
const Duplicate = z.object({ eventId: z.string(), reasons: z.array(z.string()), score: z.number() });

/** `x-vigil-user: ana` → "ana"; no header → "analyst". */
export const userOf = (req: FastifyRequest): string => {
  const raw = req.headers['x-vigil-user'];
  const name = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 80);
  return name || 'analyst';
};

export default async function routes(app: FastifyInstance, { store }: ServerDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const review = reviewService(store);
  const event = (summary: string, body?: z.ZodTypeAny) => ({
    schema: { tags: ['review'], summary, params: IdParams, ...(body ? { body } : {}), response: { 200: EventDetail } },
  });

  r.post('/api/events/:id/confirm', event('Confirm a proposed event'), (req) =>
    review.confirm(req.params.id, userOf(req)),
  );
  r.post('/api/events/:id/reject', event('Reject an event'), (req) => review.reject(req.params.id, userOf(req)));
  r.post('/api/events/:id/reopen', event('Put an event back in the review queue'), (req) =>
    review.reopen(req.params.id, userOf(req)),
  );
  r.post('/api/events/:id/edit', event('Correct fields of an event', EventPatch), (req) =>
    review.edit(req.params.id, req.body as EventPatch, userOf(req)),
  );
  r.patch('/api/events/:id', event('Correct fields of an event', EventPatch), (req) =>
    review.edit(req.params.id, req.body as EventPatch, userOf(req)),
  );
  r.post('/api/events/:id/merge', event('Merge another event into this one', OtherBody), (req) =>
    review.merge(req.params.id, (req.body as z.infer<typeof OtherBody>).otherId, userOf(req)),
  );
  r.post('/api/events/:id/related', event('Link another event as related', OtherBody), (req) =>
    review.related(req.params.id, (req.body as z.infer<typeof OtherBody>).otherId, userOf(req)),
  );
  r.post('/api/events/:id/undo', event('Undo one decision', z.object({ decisionId: z.number().int() })), (req) =>
    review.undo(req.params.id, (req.body as { decisionId: number }).decisionId, userOf(req)),
  );
  r.post(
    '/api/events/:id/split',
    {
      schema: {
        tags: ['review'],
        summary: 'Move the claims of some documents to a new event',
        params: IdParams,
        body: z.object({ documentIds: z.array(z.string()).min(1) }),
        response: { 200: z.object({ eventId: z.string(), ids: z.array(z.string()) }) },
      },
    },
    (req) => review.split(req.params.id, req.body.documentIds, userOf(req)),
  );
  r.get(
    '/api/events/:id/duplicates',
    {
      schema: {
        tags: ['review'],
        summary: 'Likely duplicates, with reasons',
        params: IdParams,
        response: { 200: z.array(Duplicate) },
      },
    },
    (req) => review.duplicates(req.params.id),
  );
  r.post(
    '/api/documents/:id/reextract',
    {
      schema: {
        tags: ['review'],
        summary: 'Extract a stored document again, keeping analysts’ decisions',
        params: IdParams,
        response: { 200: z.object({ documentId: z.string(), eventIds: z.array(z.string()) }) },
      },
    },
    (req) => review.reextract(req.params.id),
  );

  const entity = (summary: string, body: z.ZodTypeAny) => ({
    schema: { tags: ['review'], summary, params: IdParams, body, response: { 200: EntityDetail } },
  });
  const AliasBody = z.object({ alias: z.string().trim().min(1) });
  r.post('/api/entities/:id/aliases', entity('Add an alias to an actor', AliasBody), (req) =>
    review.addAlias(req.params.id, (req.body as z.infer<typeof AliasBody>).alias, userOf(req)),
  );
  r.post('/api/entities/:id/aliases/remove', entity('Remove an alias from an actor', AliasBody), (req) =>
    review.removeAlias(req.params.id, (req.body as z.infer<typeof AliasBody>).alias, userOf(req)),
  );
  r.post('/api/entities/:id/merge', entity('Merge another actor into this one', OtherBody), (req) =>
    review.mergeEntities(req.params.id, (req.body as z.infer<typeof OtherBody>).otherId, userOf(req)),
  );
  r.post(
    '/api/entities/:id/split',
    {
      schema: {
        tags: ['review'],
        summary: 'Move some names of an actor, and the events that used them, to a new actor',
        params: IdParams,
        body: EntitySplitBody,
        response: { 200: EntitySplitResult },
      },
    },
    (req) => review.splitEntity(req.params.id, req.body.aliases, req.body.name, userOf(req)),
  );
  r.post('/api/entities/:id/undo', entity('Undo one decision on an actor (split, merge, alias)', DecisionBody), (req) =>
    review.undoEntity(req.params.id, (req.body as z.infer<typeof DecisionBody>).decisionId, userOf(req)),
  );
}

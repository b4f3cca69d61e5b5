/** Documents: list, read one (clean text and the events drawn from it), add new ones. */
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DocumentDetail, NewDocument, page, StoredDocument } from '../../../domain/index.js';
import { getDocument, listDocuments } from '../../../store/index.js';
import type { ServerDeps } from '../../app.js';
import { badRequest, notFound } from '../http.js';
import { ingestNewDocument, ingestUploads } from './service.js';

const Outcome = z.union([
  z.object({
    kind: z.literal('saved'),
    input: z.string(),
    documentId: z.string(),
    status: z.enum(['created', 'unchanged', 'new-version']),
    eventIds: z.array(z.string()),
  }),
  z.object({ kind: z.literal('failed'), input: z.string(), error: z.string() }),
]);
const IngestResponse = z.object({ results: z.array(Outcome), failed: z.number() });

export default async function routes(app: FastifyInstance, { store, allowPrivate }: ServerDeps): Promise<void> {
  await app.register(fastifyMultipart, { limits: { fileSize: 25 * 1024 * 1024, files: 50 } });
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/documents',
    {
      schema: {
        tags: ['documents'],
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(1000).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: page(StoredDocument) },
      },
    },
    async (req) => listDocuments(store.db, req.query),
  );
  r.get(
    '/api/documents/:id',
    { schema: { tags: ['documents'], params: z.object({ id: z.string() }), response: { 200: DocumentDetail } } },
    async (req) => (await getDocument(store.db, req.params.id)) ?? notFound(`document ${req.params.id}`),
  );
  r.post(
    '/api/documents',
    { schema: { tags: ['documents'], body: NewDocument, response: { 200: IngestResponse } } },
    async (req) => summarise(await ingestNewDocument(store, req.body, allowPrivate)),
  );
  r.post(
    '/api/documents/upload',
    { schema: { tags: ['documents'], consumes: ['multipart/form-data'], response: { 200: IngestResponse } } },
    async (req) => {
      if (!req.isMultipart()) badRequest('send the files as multipart/form-data');
      return summarise(await ingestUploads(store, req.files()));
    },
  );
}

const summarise = (results: z.infer<typeof Outcome>[]) => ({
  results,
  failed: results.filter((o) => o.kind === 'failed').length,
});

/**
 * The HTTP server: JSON API under /api (zod-validated, described at /openapi.json) and the web app at /.
 * Features are vertical slices registered from ./features/index.ts; each gets the store.
 */
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { projectPath } from '../project-path.js';
import type { Store } from '../store/index.js';
import { FEATURES } from './features/index.js';

export interface ServerOptions {
  store: Store;
  /** let POST /api/documents fetch URLs on private or loopback addresses (off by default). */
  allowPrivate?: boolean;
  /** folder with the built web app; defaults to dist/web. */
  webRoot?: string;
  logger?: boolean;
}

export interface ServerDeps {
  store: Store;
  allowPrivate: boolean;
}

const DEFAULT_WEB_ROOT = projectPath('dist', 'web');

// The web app draws with inline styles (Leaflet, vis-timeline); everything else comes from this origin only.
const CSP =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export async function createServer(opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: 25 * 1024 * 1024 });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((err, req, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = err.validation.map(
        (v) => `${v.instancePath.replace(/^\//, '').replaceAll('/', '.') || '(root)'}: ${v.message}`,
      );
      return reply.code(400).send({ error: 'invalid request', where: err.validationContext, issues });
    }
    const status = (err as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) req.log.error(err);
    return reply.code(status).send({ error: status >= 500 ? 'internal error' : (err as Error).message });
  });
  app.addHook('onSend', async (_req, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (String(reply.getHeader('content-type') ?? '').startsWith('text/html'))
      reply.header('content-security-policy', CSP);
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Vigil API', version: '0.1.0', description: 'Sourced events and actors from security reporting.' },
    },
    transform: jsonSchemaTransform,
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const deps: ServerDeps = { store: opts.store, allowPrivate: opts.allowPrivate ?? false };
  for (const feature of FEATURES) await app.register(async (scope) => feature(scope, deps));
  app.get('/api/health', { schema: { hide: true } }, async () => ({ ok: true, database: opts.store.dialect }));

  await registerWebApp(app, opts.webRoot ?? DEFAULT_WEB_ROOT);
  return app;
}

async function registerWebApp(app: FastifyInstance, root: string): Promise<void> {
  const built = existsSync(`${root}/index.html`);
  if (built) await app.register(fastifyStatic, { root, wildcard: false });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.method !== 'GET') {
      return reply.code(404).send({ error: `no route ${req.method} ${req.url.split('?')[0]}` });
    }
    if (built) return reply.sendFile('index.html');
    return reply
      .type('text/html')
      .send(
        '<!doctype html><title>Vigil</title><p>The web app is not built. Run <code>npm run build</code>; the API is at <a href="/api/events">/api/events</a>.</p>',
      );
  });
}

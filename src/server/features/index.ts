/** The server's feature slices, registered in this order. Each is `routes(app, deps)`. */
import type { FastifyInstance } from 'fastify';
import type { ServerDeps } from '../app.js';
import analysis from './analysis/routes.js';
import documents from './documents/routes.js';
import entities from './entities/routes.js';
import events from './events/routes.js';
import review from './review/routes.js';
import search from './search/routes.js';

export type Feature = (app: FastifyInstance, deps: ServerDeps) => Promise<void>;

export const FEATURES: Feature[] = [events, entities, documents, search, review, analysis];

/** The domain model: one import for every layer (`import { ExtractedEvent } from '../domain/index.js'`). */

export * from './api.js';
export * from './contract.js';
export * from './document.js';
export * from './event-types.js';
export * from './vocabularies.js';

/** Text ids with a kind prefix (`doc_…`, `ev_…`, `ent_…`), derived from content where that keeps them stable. */
import { createHash, randomBytes } from 'node:crypto';
import { eventClass } from '../../domain/index.js';

export const shortHash = (input: string, length = 12): string =>
  createHash('sha256').update(input).digest('hex').slice(0, length);

/** One document id per content: `documentId('9f86d0…')` → `doc_3c2a…`. */
export const documentId = (contentHash: string): string => `doc_${shortHash(contentHash, 16)}`;

/**
 * Stable machine event id: the same fact in the same text gets the same id on every extraction.
 * `nth` separates two events of one class starting in the same sentence (rare; 0 for the first).
 */
export function machineEventId(contentHash: string, typeCode: string, firstEvidenceStart: number, nth = 0): string {
  const key = `${contentHash}|${eventClass(typeCode)}|${firstEvidenceStart}${nth ? `|${nth}` : ''}`;
  return `ev_${shortHash(key)}`;
}

/** New entity id from its type and folded name, so two stores learning the same name agree. */
export const entityId = (type: string, nameKey: string): string => `ent_${shortHash(`${type}|${nameKey}`)}`;

export const randomId = (prefix: string): string => `${prefix}_${randomBytes(6).toString('hex')}`;

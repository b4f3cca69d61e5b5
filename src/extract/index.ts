/**
 * The extraction engine: a report in, the events and actors it states out.
 * `extract({ text, meta })` is pure and synchronous once the knowledge tables are loaded.
 */
import type { DocumentMeta, ExtractionResult } from '../domain/index.js';
import { layer } from './annotated.js';
import { defaultKnowledge } from './default-knowledge.js';
import type { Knowledge } from './knowledge-port.js';
import { PIPELINE } from './pipeline.js';

export type { Knowledge } from './knowledge-port.js';
export { tableKnowledge } from './knowledge-port.js';
export { PIPELINE, STAGES } from './pipeline.js';

/**
 * @example extract({ text: 'A bomb exploded in Kabul on 3 May 2021.', meta }).events[0]?.type // → 'attack.explosive'
 */
export function extract(
  doc: { text: string; meta: DocumentMeta },
  knowledge: Knowledge = defaultKnowledge(),
): ExtractionResult {
  const annotated = PIPELINE.run(doc.text, doc.meta, { knowledge });
  return {
    document: { ...doc.meta, text: doc.text },
    events: layer(annotated, 'events'),
    entities: [...layer(annotated, 'entities'), ...layer(annotated, 'relationEntities')],
    relations: layer(annotated, 'relations'),
    warnings: [...new Set(annotated.warnings)],
  };
}

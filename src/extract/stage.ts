/**
 * A stage reads the layers it `requires` and returns the layers it `assigns` (and perhaps
 * warnings); it never mutates the document it is given.
 */
import type { AnnotatedDoc, LayerName, Layers } from './annotated.js';
import type { Knowledge } from './knowledge-port.js';

export interface StageContext {
  knowledge: Knowledge;
}

export interface StageOutput {
  layers: Partial<Layers>;
  warnings?: string[];
}

export interface Stage {
  id: string;
  requires: readonly LayerName[];
  assigns: readonly LayerName[];
  run(doc: AnnotatedDoc, ctx: StageContext): StageOutput;
}

/** `defineStage({...})` only checks the shape at compile time; it exists to keep stage files uniform. */
export const defineStage = (stage: Stage): Stage => stage;

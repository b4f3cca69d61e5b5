/**
 * Assembling and running an ordered list of stages. Assembly fails loudly when a stage needs a
 * layer that no earlier stage assigns, or when two stages assign the same layer.
 */
import type { DocumentMeta } from '../domain/index.js';
import type { AnnotatedDoc, LayerName, Layers } from './annotated.js';
import type { Stage, StageContext } from './stage.js';

export interface Pipeline {
  stages: readonly Stage[];
  run(text: string, meta: DocumentMeta, ctx: StageContext): AnnotatedDoc;
}

/**
 * `assemble([sentences, tokens])` → a runnable pipeline; `assemble([tokens])` throws
 * ("stage tokens requires sentences, which no earlier stage assigns").
 */
export function assemble(stages: readonly Stage[]): Pipeline {
  const assigned = new Set<LayerName>();
  for (const stage of stages) {
    for (const need of stage.requires)
      if (!assigned.has(need)) throw new Error(`stage ${stage.id} requires ${need}, which no earlier stage assigns`);
    for (const out of stage.assigns) {
      if (assigned.has(out)) throw new Error(`stage ${stage.id} assigns ${out}, which an earlier stage assigned`);
      assigned.add(out);
    }
  }
  return {
    stages,
    run(text, meta, ctx) {
      // One layers object grows stage by stage (each layer is written once, so no stage sees a
      // layer change under it); copying it after every stage cost more than some stages.
      const layers: Partial<Layers> = {};
      let doc: AnnotatedDoc = { text, clean: blankControls(text), meta, layers, warnings: [] };
      for (const stage of stages) {
        const out = stage.run(doc, ctx);
        for (const key of Object.keys(out.layers))
          if (!stage.assigns.includes(key as LayerName))
            throw new Error(`stage ${stage.id} returned ${key}, which it does not declare`);
        Object.assign(layers, out.layers);
        if (out.warnings?.length) doc = { ...doc, warnings: [...doc.warnings, ...out.warnings] };
      }
      return doc;
    },
  };
}

/**
 * Control characters (but not tab/newline) become spaces, so that offsets into the clean text
 * are offsets into the original: `blankControls('a\u0000b')` → "a b".
 */
export function blankControls(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: blanking them is the point
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, ' ');
}

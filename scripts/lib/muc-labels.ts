/**
 * BIO labels of MUC-4 role fillers, shared by the tagger's training script and the learner
 * experiments: each gold filler string is labelled wherever it occurs in its document (the scorer
 * compares strings, not positions), the first occurrence winning where two overlap.
 */
import type { AnnotatedDoc } from '../../src/extract/annotated.js';
import { layer } from '../../src/extract/annotated.js';

export const ROLES = ['PerpInd', 'PerpOrg', 'Target', 'Victim', 'Weapon'] as const;
export const LABELS = ['O', ...ROLES.flatMap((r) => [`B-${r}`, `I-${r}`])];

/** `labelFillers(doc, templates)` → one label index (into LABELS) per token of doc. */
export function labelFillers(doc: AnnotatedDoc, templates: Record<string, [string, number][][]>[]): number[] {
  const tokens = layer(doc, 'tokens');
  const labels = new Array<number>(tokens.length).fill(0);
  const startAt = new Map(tokens.map((t, i) => [t.start, i]));
  for (const t of templates)
    for (const role of ROLES)
      for (const entity of t[role] ?? [])
        for (const [mention] of entity) {
          if (!mention) continue;
          for (let at = doc.text.indexOf(mention); at >= 0; at = doc.text.indexOf(mention, at + 1)) {
            const first = startAt.get(at);
            if (first === undefined) continue;
            let last = first;
            while ((tokens[last]?.end ?? Infinity) < at + mention.length) last++;
            if (tokens[last]?.end !== at + mention.length) continue;
            if (labels.slice(first, last + 1).some((l) => l !== 0)) continue;
            labels[first] = LABELS.indexOf(`B-${role}`);
            for (let k = first + 1; k <= last; k++) labels[k] = LABELS.indexOf(`I-${role}`);
          }
        }
  return labels;
}

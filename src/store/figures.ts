/**
 * Figure rules: which casualty figures an event shows when its sources disagree. Named and
 * swappable; every claim keeps its own figures regardless (see SourceClaim).
 */
import { CASUALTY_KINDS, type Casualties, type Count } from '../domain/index.js';

/** One source's figures with the name they are quoted under ("TASS"). */
export interface LabelledFigures {
  label: string;
  casualties: Casualties;
}

export interface FigureOutcome {
  casualties: Casualties;
  disputed: boolean;
  note: string | null;
}

export interface FigureRule {
  id: string;
  description: string;
  pick(claims: LabelledFigures[]): FigureOutcome;
}

/** "5", "at least 5", "5–7". */
export const formatCount = (c: Count): string =>
  c.max === null ? `at least ${c.min}` : c.max === c.min ? `${c.min}` : `${c.min}–${c.max}`;

const compareCounts = (a: Count, b: Count): number =>
  a.min - b.min || (a.max ?? Number.POSITIVE_INFINITY) - (b.max ?? Number.POSITIVE_INFINITY);

function byExtreme(id: string, description: string, which: 'lowest' | 'highest'): FigureRule {
  return {
    id,
    description,
    pick(claims) {
      const casualties = Object.fromEntries(CASUALTY_KINDS.map((k) => [k, null])) as Casualties;
      const notes: string[] = [];
      for (const kind of CASUALTY_KINDS) {
        const reported = claims.flatMap((c) =>
          c.casualties[kind] ? [{ label: c.label, count: c.casualties[kind] }] : [],
        );
        if (reported.length === 0) continue;
        const sorted = [...reported].sort((a, b) => compareCounts(a.count, b.count));
        const chosen = which === 'lowest' ? sorted[0] : sorted[sorted.length - 1];
        casualties[kind] = chosen ? { ...chosen.count } : null;
        const labelsByValue = new Map<string, string[]>();
        for (const r of sorted) {
          const key = formatCount(r.count);
          labelsByValue.set(key, [...(labelsByValue.get(key) ?? []), r.label]);
        }
        if (labelsByValue.size > 1) {
          const parts = [...labelsByValue].map(([value, labels]) => `${value} (${[...new Set(labels)].join(', ')})`);
          notes.push(`${kind}: ${parts.join(' vs ')}`);
        }
      }
      const disputed = notes.length > 0;
      return { casualties, disputed, note: disputed ? `${notes.join('; ')}; ${which} shown` : null };
    },
  };
}

export const FIGURE_RULES: Record<string, FigureRule> = {
  'acled-conservative': byExtreme(
    'acled-conservative',
    "The lowest figure any source reports (ACLED's conservative practice).",
    'lowest',
  ),
  'highest-reported': byExtreme('highest-reported', 'The highest figure any source reports.', 'highest'),
};

export const DEFAULT_FIGURE_RULE = 'acled-conservative';

/** `pickFigures([{label:'TASS',casualties}, …]).note` → "killed: 5 (TASS) vs 7 (Pajhwok); lowest shown" */
export function pickFigures(claims: LabelledFigures[], ruleId = DEFAULT_FIGURE_RULE): FigureOutcome & { rule: string } {
  const rule = FIGURE_RULES[ruleId];
  if (!rule) throw new Error(`unknown figure rule "${ruleId}" (known: ${Object.keys(FIGURE_RULES).join(', ')})`);
  return { rule: rule.id, ...rule.pick(claims) };
}

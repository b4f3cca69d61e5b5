/**
 * A filler string as the MUC-4 scorer compares it (../shared/tools/score-muc4.mjs): lower case,
 * punctuation and the articles a/an/the removed, spaces collapsed. Training labels must match it.
 * @example normalizeFiller('The FMLN guerrillas.') // → "fmln guerrillas"
 */
export const normalizeFiller = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[!-/:-@[-`{-~]/g, '')
    .replace(/\b(a|an|the)\b/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');

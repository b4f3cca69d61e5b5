/** Demonyms → ISO2, from data/nationalities.json ("salvadoran" → "SV", "afghan" → "AF"). */

import { wordTable } from '../lexicons/word-table.js';
import { readDataFile } from './data-file.js';

/**
 * Keys are normalised (lower case, see normalizeName). Ethnic names that reports use for a
 * country's people ("baloch", "pashtun") map to the country where the group mostly lives.
 * @example NATIONALITIES.pakistani // → 'PK'
 */
export const NATIONALITIES: Readonly<Record<string, string>> = wordTable(
  readDataFile<{ demonyms: Record<string, string> }>('nationalities.json').demonyms,
);

import { readFileSync } from 'node:fs';

/**
 * Reads a JSON file of ./data. Read from disk rather than imported, so the 14 MB gazetteer is
 * parsed only when first needed and never bundled into the web app.
 * @example readDataFile<{ actors: unknown[] }>('actors.json')
 */
export function readDataFile<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8')) as T;
}

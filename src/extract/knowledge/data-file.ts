import { readFileSync } from 'node:fs';
import { projectPath } from '../../project-path.js';

/**
 * Reads a JSON file of ./data. Read from disk rather than imported, so the 14 MB gazetteer is
 * parsed only when first needed and never bundled into the web app.
 * @example readDataFile<{ actors: unknown[] }>('actors.json')
 */
export function readDataFile<T>(file: string): T {
  return JSON.parse(readFileSync(projectPath('src', 'extract', 'knowledge', 'data', file), 'utf8')) as T;
}

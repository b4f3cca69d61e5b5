// Which copy of the `vigil` command to run: the compiled one in dist/cli/ (scripts/build-cli.mjs)
// while it is newer than every file under src/, else none (the sources run through tsx).
// VIGIL_FROM_SOURCE=1 always chooses the sources.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const compiled = new URL('../dist/cli/main.js', import.meta.url);

/** The URL of the compiled CLI when it is current, else null. */
export function currentCompiledCli() {
  if (process.env.VIGIL_FROM_SOURCE === '1') return null;
  let builtAt;
  try {
    builtAt = statSync(compiled).mtimeMs;
  } catch {
    return null;
  }
  const sources = fileURLToPath(new URL('../src/', import.meta.url));
  for (const entry of readdirSync(sources, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    if (statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs > builtAt) return null;
  }
  return compiled;
}

#!/usr/bin/env node
// The `vigil` command. `npm run build` compiles it into dist/cli/ (scripts/build-cli.mjs); that copy
// runs while it is newer than every file under src/. Otherwise — a fresh clone, or sources edited
// since the build — the TypeScript sources run through tsx's loader, so a stale copy never runs.
// VIGIL_FROM_SOURCE=1 always runs the sources.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const compiled = new URL('../dist/cli/main.js', import.meta.url);

function compiledIsCurrent() {
  if (process.env.VIGIL_FROM_SOURCE === '1') return false;
  let builtAt;
  try {
    builtAt = statSync(compiled).mtimeMs;
  } catch {
    return false;
  }
  const sources = fileURLToPath(new URL('../src/', import.meta.url));
  for (const entry of readdirSync(sources, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    if (statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs > builtAt) return false;
  }
  return true;
}

let main;
if (compiledIsCurrent()) ({ main } = await import(compiled.href));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
